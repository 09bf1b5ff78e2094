// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code operational}, {@code degraded} (slow or failing some calls), {@code down}. New values may
 * be added.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class HealthState {
  /** {@code operational} */
  public static final HealthState OPERATIONAL = new HealthState("operational");

  /** {@code degraded} */
  public static final HealthState DEGRADED = new HealthState("degraded");

  /** {@code down} */
  public static final HealthState DOWN = new HealthState("down");

  private static final Map<String, HealthState> KNOWN;

  static {
    Map<String, HealthState> m = new LinkedHashMap<>();
    m.put(OPERATIONAL.value, OPERATIONAL);
    m.put(DEGRADED.value, DEGRADED);
    m.put(DOWN.value, DOWN);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private HealthState(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static HealthState of(String value) {
    HealthState known = KNOWN.get(value);
    return known != null ? known : new HealthState(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<HealthState> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthState && ((HealthState) o).value.equals(value);
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
