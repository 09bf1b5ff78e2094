// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code 1} breakdown, {@code 2} transshipment, {@code 3} others, {@code 4} first time.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class UpdateEwbVehicleRequestReasonCode {
  /** {@code 1} */
  public static final UpdateEwbVehicleRequestReasonCode V1 =
      new UpdateEwbVehicleRequestReasonCode("1");

  /** {@code 2} */
  public static final UpdateEwbVehicleRequestReasonCode V2 =
      new UpdateEwbVehicleRequestReasonCode("2");

  /** {@code 3} */
  public static final UpdateEwbVehicleRequestReasonCode V3 =
      new UpdateEwbVehicleRequestReasonCode("3");

  /** {@code 4} */
  public static final UpdateEwbVehicleRequestReasonCode V4 =
      new UpdateEwbVehicleRequestReasonCode("4");

  private static final Map<String, UpdateEwbVehicleRequestReasonCode> KNOWN;

  static {
    Map<String, UpdateEwbVehicleRequestReasonCode> m = new LinkedHashMap<>();
    m.put(V1.value, V1);
    m.put(V2.value, V2);
    m.put(V3.value, V3);
    m.put(V4.value, V4);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private UpdateEwbVehicleRequestReasonCode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static UpdateEwbVehicleRequestReasonCode of(String value) {
    UpdateEwbVehicleRequestReasonCode known = KNOWN.get(value);
    return known != null ? known : new UpdateEwbVehicleRequestReasonCode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<UpdateEwbVehicleRequestReasonCode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpdateEwbVehicleRequestReasonCode
        && ((UpdateEwbVehicleRequestReasonCode) o).value.equals(value);
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
