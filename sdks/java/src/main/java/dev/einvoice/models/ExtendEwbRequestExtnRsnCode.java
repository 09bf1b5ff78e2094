// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code 1} natural calamity, {@code 2} law and order, {@code 4} transshipment, {@code 5} accident,
 * {@code 99} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExtendEwbRequestExtnRsnCode {
  /** {@code 1} */
  public static final ExtendEwbRequestExtnRsnCode V1 = new ExtendEwbRequestExtnRsnCode("1");

  /** {@code 2} */
  public static final ExtendEwbRequestExtnRsnCode V2 = new ExtendEwbRequestExtnRsnCode("2");

  /** {@code 4} */
  public static final ExtendEwbRequestExtnRsnCode V4 = new ExtendEwbRequestExtnRsnCode("4");

  /** {@code 5} */
  public static final ExtendEwbRequestExtnRsnCode V5 = new ExtendEwbRequestExtnRsnCode("5");

  /** {@code 99} */
  public static final ExtendEwbRequestExtnRsnCode V99 = new ExtendEwbRequestExtnRsnCode("99");

  private static final Map<String, ExtendEwbRequestExtnRsnCode> KNOWN;

  static {
    Map<String, ExtendEwbRequestExtnRsnCode> m = new LinkedHashMap<>();
    m.put(V1.value, V1);
    m.put(V2.value, V2);
    m.put(V4.value, V4);
    m.put(V5.value, V5);
    m.put(V99.value, V99);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExtendEwbRequestExtnRsnCode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExtendEwbRequestExtnRsnCode of(String value) {
    ExtendEwbRequestExtnRsnCode known = KNOWN.get(value);
    return known != null ? known : new ExtendEwbRequestExtnRsnCode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExtendEwbRequestExtnRsnCode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtendEwbRequestExtnRsnCode
        && ((ExtendEwbRequestExtnRsnCode) o).value.equals(value);
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
