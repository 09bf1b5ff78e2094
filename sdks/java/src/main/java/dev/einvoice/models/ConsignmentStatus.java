// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code M} in movement, {@code T} in transit.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ConsignmentStatus {
  /** {@code M} */
  public static final ConsignmentStatus IN_MOVEMENT = new ConsignmentStatus("M");

  /** {@code T} */
  public static final ConsignmentStatus IN_TRANSIT = new ConsignmentStatus("T");

  private static final Map<String, ConsignmentStatus> KNOWN;

  static {
    Map<String, ConsignmentStatus> m = new LinkedHashMap<>();
    m.put(IN_MOVEMENT.value, IN_MOVEMENT);
    m.put(IN_TRANSIT.value, IN_TRANSIT);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ConsignmentStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ConsignmentStatus of(String value) {
    ConsignmentStatus known = KNOWN.get(value);
    return known != null ? known : new ConsignmentStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ConsignmentStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsignmentStatus && ((ConsignmentStatus) o).value.equals(value);
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
