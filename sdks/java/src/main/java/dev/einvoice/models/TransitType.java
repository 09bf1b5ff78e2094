// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where goods in transit are (with {@code consignmentStatus} {@code T}): {@code R} road, {@code W}
 * warehouse, {@code O} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class TransitType {
  /** {@code R} */
  public static final TransitType ROAD = new TransitType("R");

  /** {@code W} */
  public static final TransitType WAREHOUSE = new TransitType("W");

  /** {@code O} */
  public static final TransitType OTHERS = new TransitType("O");

  private static final Map<String, TransitType> KNOWN;

  static {
    Map<String, TransitType> m = new LinkedHashMap<>();
    m.put(ROAD.value, ROAD);
    m.put(WAREHOUSE.value, WAREHOUSE);
    m.put(OTHERS.value, OTHERS);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private TransitType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static TransitType of(String value) {
    TransitType known = KNOWN.get(value);
    return known != null ? known : new TransitType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<TransitType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitType && ((TransitType) o).value.equals(value);
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
