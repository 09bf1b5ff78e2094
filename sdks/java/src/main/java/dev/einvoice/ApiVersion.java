// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice;

/** The dated API version this SDK was generated for (the spec's info.x-api-version). */
public final class ApiVersion {
  /** Sent in {@code Einvoice-Version} unless {@code ClientOptions.apiVersion} says otherwise. */
  public static final String VALUE = "2026-12-05";

  private ApiVersion() {}
}
