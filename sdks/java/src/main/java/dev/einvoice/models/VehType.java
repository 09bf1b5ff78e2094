// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code R} regular, {@code O} over-dimensional cargo.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class VehType {
  /** {@code R} */
  public static final VehType REGULAR = new VehType("R");

  /** {@code O} */
  public static final VehType OVER_DIMENSIONAL_CARGO = new VehType("O");

  private static final Map<String, VehType> KNOWN;

  static {
    Map<String, VehType> m = new LinkedHashMap<>();
    m.put(REGULAR.value, REGULAR);
    m.put(OVER_DIMENSIONAL_CARGO.value, OVER_DIMENSIONAL_CARGO);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private VehType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static VehType of(String value) {
    VehType known = KNOWN.get(value);
    return known != null ? known : new VehType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<VehType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VehType && ((VehType) o).value.equals(value);
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
