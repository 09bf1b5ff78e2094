// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code disabled}: no new deliveries; pending ones wait until it is enabled again. Same as {@code
 * enabled}.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class WebhookEndpointStatus {
  /** {@code enabled} */
  public static final WebhookEndpointStatus ENABLED = new WebhookEndpointStatus("enabled");

  /** {@code disabled} */
  public static final WebhookEndpointStatus DISABLED = new WebhookEndpointStatus("disabled");

  private static final Map<String, WebhookEndpointStatus> KNOWN;

  static {
    Map<String, WebhookEndpointStatus> m = new LinkedHashMap<>();
    m.put(ENABLED.value, ENABLED);
    m.put(DISABLED.value, DISABLED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private WebhookEndpointStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static WebhookEndpointStatus of(String value) {
    WebhookEndpointStatus known = KNOWN.get(value);
    return known != null ? known : new WebhookEndpointStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<WebhookEndpointStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookEndpointStatus && ((WebhookEndpointStatus) o).value.equals(value);
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
