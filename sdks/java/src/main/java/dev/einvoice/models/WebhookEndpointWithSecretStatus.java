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
public final class WebhookEndpointWithSecretStatus {
  /** {@code enabled} */
  public static final WebhookEndpointWithSecretStatus ENABLED =
      new WebhookEndpointWithSecretStatus("enabled");

  /** {@code disabled} */
  public static final WebhookEndpointWithSecretStatus DISABLED =
      new WebhookEndpointWithSecretStatus("disabled");

  private static final Map<String, WebhookEndpointWithSecretStatus> KNOWN;

  static {
    Map<String, WebhookEndpointWithSecretStatus> m = new LinkedHashMap<>();
    m.put(ENABLED.value, ENABLED);
    m.put(DISABLED.value, DISABLED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private WebhookEndpointWithSecretStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static WebhookEndpointWithSecretStatus of(String value) {
    WebhookEndpointWithSecretStatus known = KNOWN.get(value);
    return known != null ? known : new WebhookEndpointWithSecretStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<WebhookEndpointWithSecretStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookEndpointWithSecretStatus
        && ((WebhookEndpointWithSecretStatus) o).value.equals(value);
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
