// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why it is disabled: {@code manual} (through the API) or {@code failing} (automatically, after
 * every attempt failed for the configured period, 5 days by default). Null when enabled.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class WebhookEndpointWithSecretDisabledReason {
  /** {@code manual} */
  public static final WebhookEndpointWithSecretDisabledReason MANUAL =
      new WebhookEndpointWithSecretDisabledReason("manual");

  /** {@code failing} */
  public static final WebhookEndpointWithSecretDisabledReason FAILING =
      new WebhookEndpointWithSecretDisabledReason("failing");

  private static final Map<String, WebhookEndpointWithSecretDisabledReason> KNOWN;

  static {
    Map<String, WebhookEndpointWithSecretDisabledReason> m = new LinkedHashMap<>();
    m.put(MANUAL.value, MANUAL);
    m.put(FAILING.value, FAILING);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private WebhookEndpointWithSecretDisabledReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static WebhookEndpointWithSecretDisabledReason of(String value) {
    WebhookEndpointWithSecretDisabledReason known = KNOWN.get(value);
    return known != null ? known : new WebhookEndpointWithSecretDisabledReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<WebhookEndpointWithSecretDisabledReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookEndpointWithSecretDisabledReason
        && ((WebhookEndpointWithSecretDisabledReason) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
