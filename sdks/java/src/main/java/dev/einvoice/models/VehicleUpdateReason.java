// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why Part-B changes (NIC {@code reasonCode}): {@code 1} breakdown, {@code 2} transshipment, {@code
 * 3} others, {@code 4} first time.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class VehicleUpdateReason {
  /** {@code 1} */
  public static final VehicleUpdateReason BREAKDOWN = new VehicleUpdateReason("1");

  /** {@code 2} */
  public static final VehicleUpdateReason TRANSSHIPMENT = new VehicleUpdateReason("2");

  /** {@code 3} */
  public static final VehicleUpdateReason OTHERS = new VehicleUpdateReason("3");

  /** {@code 4} */
  public static final VehicleUpdateReason FIRST_TIME = new VehicleUpdateReason("4");

  private static final Map<String, VehicleUpdateReason> KNOWN;

  static {
    Map<String, VehicleUpdateReason> m = new LinkedHashMap<>();
    m.put(BREAKDOWN.value, BREAKDOWN);
    m.put(TRANSSHIPMENT.value, TRANSSHIPMENT);
    m.put(OTHERS.value, OTHERS);
    m.put(FIRST_TIME.value, FIRST_TIME);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private VehicleUpdateReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static VehicleUpdateReason of(String value) {
    VehicleUpdateReason known = KNOWN.get(value);
    return known != null ? known : new VehicleUpdateReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<VehicleUpdateReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VehicleUpdateReason && ((VehicleUpdateReason) o).value.equals(value);
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
