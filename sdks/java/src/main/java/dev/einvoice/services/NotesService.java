// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.NoteRequest;

/**
 * Operations of the {@code notes} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class NotesService {
  private final ClientContext ctx;

  public NotesService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest generateRequest(NoteRequest body) {
    return ApiRequest.builder("POST", "/v1/notes")
        .operationId("generateNote")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public IrnDocument generate(NoteRequest body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public IrnDocument generate(NoteRequest body, RequestOptions options) {
    return generateWithResponse(body, options).data();
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public ApiResponse<IrnDocument> generateWithResponse(NoteRequest body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public ApiResponse<IrnDocument> generateWithResponse(NoteRequest body, RequestOptions options) {
    return ctx.execute(generateRequest(body), IrnDocument.class, options);
  }
}
