// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why an IRN is cancelled (NIC {@code CnlRsn}): {@code 1} duplicate, {@code 2} data entry mistake,
 * {@code 3} order cancelled, {@code 4} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class CancelReason {
  /** {@code 1} */
  public static final CancelReason DUPLICATE = new CancelReason("1");

  /** {@code 2} */
  public static final CancelReason DATA_ENTRY_MISTAKE = new CancelReason("2");

  /** {@code 3} */
  public static final CancelReason ORDER_CANCELLED = new CancelReason("3");

  /** {@code 4} */
  public static final CancelReason OTHERS = new CancelReason("4");

  private static final Map<String, CancelReason> KNOWN;

  static {
    Map<String, CancelReason> m = new LinkedHashMap<>();
    m.put(DUPLICATE.value, DUPLICATE);
    m.put(DATA_ENTRY_MISTAKE.value, DATA_ENTRY_MISTAKE);
    m.put(ORDER_CANCELLED.value, ORDER_CANCELLED);
    m.put(OTHERS.value, OTHERS);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private CancelReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static CancelReason of(String value) {
    CancelReason known = KNOWN.get(value);
    return known != null ? known : new CancelReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<CancelReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CancelReason && ((CancelReason) o).value.equals(value);
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
