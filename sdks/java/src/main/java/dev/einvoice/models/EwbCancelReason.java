// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why an e-way bill is cancelled (NIC {@code cancelRsnCode}): {@code 1} duplicate, {@code 2} order
 * cancelled, {@code 3} data entry mistake, {@code 4} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class EwbCancelReason {
  /** {@code 1} */
  public static final EwbCancelReason DUPLICATE = new EwbCancelReason("1");

  /** {@code 2} */
  public static final EwbCancelReason ORDER_CANCELLED = new EwbCancelReason("2");

  /** {@code 3} */
  public static final EwbCancelReason DATA_ENTRY_MISTAKE = new EwbCancelReason("3");

  /** {@code 4} */
  public static final EwbCancelReason OTHERS = new EwbCancelReason("4");

  private static final Map<String, EwbCancelReason> KNOWN;

  static {
    Map<String, EwbCancelReason> m = new LinkedHashMap<>();
    m.put(DUPLICATE.value, DUPLICATE);
    m.put(ORDER_CANCELLED.value, ORDER_CANCELLED);
    m.put(DATA_ENTRY_MISTAKE.value, DATA_ENTRY_MISTAKE);
    m.put(OTHERS.value, OTHERS);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private EwbCancelReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static EwbCancelReason of(String value) {
    EwbCancelReason known = KNOWN.get(value);
    return known != null ? known : new EwbCancelReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<EwbCancelReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EwbCancelReason && ((EwbCancelReason) o).value.equals(value);
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
