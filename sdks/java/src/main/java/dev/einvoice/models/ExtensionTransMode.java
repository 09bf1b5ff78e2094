// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Transport mode of an extension (NIC {@code transMode}): {@code 1} road, {@code 2} rail, {@code 3}
 * air, {@code 4} ship, {@code 5} in transit (with {@code consignmentStatus} {@code T}).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExtensionTransMode {
  /** {@code 1} */
  public static final ExtensionTransMode ROAD = new ExtensionTransMode("1");

  /** {@code 2} */
  public static final ExtensionTransMode RAIL = new ExtensionTransMode("2");

  /** {@code 3} */
  public static final ExtensionTransMode AIR = new ExtensionTransMode("3");

  /** {@code 4} */
  public static final ExtensionTransMode SHIP = new ExtensionTransMode("4");

  /** {@code 5} */
  public static final ExtensionTransMode IN_TRANSIT = new ExtensionTransMode("5");

  private static final Map<String, ExtensionTransMode> KNOWN;

  static {
    Map<String, ExtensionTransMode> m = new LinkedHashMap<>();
    m.put(ROAD.value, ROAD);
    m.put(RAIL.value, RAIL);
    m.put(AIR.value, AIR);
    m.put(SHIP.value, SHIP);
    m.put(IN_TRANSIT.value, IN_TRANSIT);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExtensionTransMode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExtensionTransMode of(String value) {
    ExtensionTransMode known = KNOWN.get(value);
    return known != null ? known : new ExtensionTransMode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExtensionTransMode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensionTransMode && ((ExtensionTransMode) o).value.equals(value);
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
