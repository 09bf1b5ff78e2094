// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pending} waiting for its next attempt; {@code succeeded}; {@code dead} the whole schedule
 * failed (dead-letter queue).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class DeliveryStatus {
  /** {@code pending} */
  public static final DeliveryStatus PENDING = new DeliveryStatus("pending");

  /** {@code succeeded} */
  public static final DeliveryStatus SUCCEEDED = new DeliveryStatus("succeeded");

  /** {@code dead} */
  public static final DeliveryStatus DEAD = new DeliveryStatus("dead");

  private static final Map<String, DeliveryStatus> KNOWN;

  static {
    Map<String, DeliveryStatus> m = new LinkedHashMap<>();
    m.put(PENDING.value, PENDING);
    m.put(SUCCEEDED.value, SUCCEEDED);
    m.put(DEAD.value, DEAD);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private DeliveryStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static DeliveryStatus of(String value) {
    DeliveryStatus known = KNOWN.get(value);
    return known != null ? known : new DeliveryStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<DeliveryStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeliveryStatus && ((DeliveryStatus) o).value.equals(value);
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
