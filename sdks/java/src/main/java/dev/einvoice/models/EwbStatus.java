// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code part_a} generated without vehicle (no validity yet); {@code active}; {@code cancelled};
 * {@code expired}.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class EwbStatus {
  /** {@code part_a} */
  public static final EwbStatus PART_A = new EwbStatus("part_a");

  /** {@code active} */
  public static final EwbStatus ACTIVE = new EwbStatus("active");

  /** {@code cancelled} */
  public static final EwbStatus CANCELLED = new EwbStatus("cancelled");

  /** {@code expired} */
  public static final EwbStatus EXPIRED = new EwbStatus("expired");

  private static final Map<String, EwbStatus> KNOWN;

  static {
    Map<String, EwbStatus> m = new LinkedHashMap<>();
    m.put(PART_A.value, PART_A);
    m.put(ACTIVE.value, ACTIVE);
    m.put(CANCELLED.value, CANCELLED);
    m.put(EXPIRED.value, EXPIRED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private EwbStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static EwbStatus of(String value) {
    EwbStatus known = KNOWN.get(value);
    return known != null ? known : new EwbStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<EwbStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EwbStatus && ((EwbStatus) o).value.equals(value);
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
