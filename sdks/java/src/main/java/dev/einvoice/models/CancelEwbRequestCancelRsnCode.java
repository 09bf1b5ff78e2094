// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code 1} duplicate, {@code 2} order cancelled, {@code 3} data entry mistake, {@code 4} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class CancelEwbRequestCancelRsnCode {
  /** {@code 1} */
  public static final CancelEwbRequestCancelRsnCode V1 = new CancelEwbRequestCancelRsnCode("1");

  /** {@code 2} */
  public static final CancelEwbRequestCancelRsnCode V2 = new CancelEwbRequestCancelRsnCode("2");

  /** {@code 3} */
  public static final CancelEwbRequestCancelRsnCode V3 = new CancelEwbRequestCancelRsnCode("3");

  /** {@code 4} */
  public static final CancelEwbRequestCancelRsnCode V4 = new CancelEwbRequestCancelRsnCode("4");

  private static final Map<String, CancelEwbRequestCancelRsnCode> KNOWN;

  static {
    Map<String, CancelEwbRequestCancelRsnCode> m = new LinkedHashMap<>();
    m.put(V1.value, V1);
    m.put(V2.value, V2);
    m.put(V3.value, V3);
    m.put(V4.value, V4);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private CancelEwbRequestCancelRsnCode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static CancelEwbRequestCancelRsnCode of(String value) {
    CancelEwbRequestCancelRsnCode known = KNOWN.get(value);
    return known != null ? known : new CancelEwbRequestCancelRsnCode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<CancelEwbRequestCancelRsnCode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CancelEwbRequestCancelRsnCode
        && ((CancelEwbRequestCancelRsnCode) o).value.equals(value);
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
