// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code 1} road, {@code 2} rail, {@code 3} air, {@code 4} ship.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class TransMode {
  /** {@code 1} */
  public static final TransMode ROAD = new TransMode("1");

  /** {@code 2} */
  public static final TransMode RAIL = new TransMode("2");

  /** {@code 3} */
  public static final TransMode AIR = new TransMode("3");

  /** {@code 4} */
  public static final TransMode SHIP = new TransMode("4");

  private static final Map<String, TransMode> KNOWN;

  static {
    Map<String, TransMode> m = new LinkedHashMap<>();
    m.put(ROAD.value, ROAD);
    m.put(RAIL.value, RAIL);
    m.put(AIR.value, AIR);
    m.put(SHIP.value, SHIP);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private TransMode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static TransMode of(String value) {
    TransMode known = KNOWN.get(value);
    return known != null ? known : new TransMode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<TransMode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransMode && ((TransMode) o).value.equals(value);
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
