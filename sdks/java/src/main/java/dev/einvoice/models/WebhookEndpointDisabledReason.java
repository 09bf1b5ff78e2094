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
public final class WebhookEndpointDisabledReason {
  /** {@code manual} */
  public static final WebhookEndpointDisabledReason MANUAL =
      new WebhookEndpointDisabledReason("manual");

  /** {@code failing} */
  public static final WebhookEndpointDisabledReason FAILING =
      new WebhookEndpointDisabledReason("failing");

  private static final Map<String, WebhookEndpointDisabledReason> KNOWN;

  static {
    Map<String, WebhookEndpointDisabledReason> m = new LinkedHashMap<>();
    m.put(MANUAL.value, MANUAL);
    m.put(FAILING.value, FAILING);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private WebhookEndpointDisabledReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static WebhookEndpointDisabledReason of(String value) {
    WebhookEndpointDisabledReason known = KNOWN.get(value);
    return known != null ? known : new WebhookEndpointDisabledReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<WebhookEndpointDisabledReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookEndpointDisabledReason
        && ((WebhookEndpointDisabledReason) o).value.equals(value);
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
