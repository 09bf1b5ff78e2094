// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code 5} in transit (with {@code consignmentStatus} {@code T}).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExtendEwbRequestTransMode {
  /** {@code 1} */
  public static final ExtendEwbRequestTransMode V1 = new ExtendEwbRequestTransMode("1");

  /** {@code 2} */
  public static final ExtendEwbRequestTransMode V2 = new ExtendEwbRequestTransMode("2");

  /** {@code 3} */
  public static final ExtendEwbRequestTransMode V3 = new ExtendEwbRequestTransMode("3");

  /** {@code 4} */
  public static final ExtendEwbRequestTransMode V4 = new ExtendEwbRequestTransMode("4");

  /** {@code 5} */
  public static final ExtendEwbRequestTransMode V5 = new ExtendEwbRequestTransMode("5");

  private static final Map<String, ExtendEwbRequestTransMode> KNOWN;

  static {
    Map<String, ExtendEwbRequestTransMode> m = new LinkedHashMap<>();
    m.put(V1.value, V1);
    m.put(V2.value, V2);
    m.put(V3.value, V3);
    m.put(V4.value, V4);
    m.put(V5.value, V5);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExtendEwbRequestTransMode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExtendEwbRequestTransMode of(String value) {
    ExtendEwbRequestTransMode known = KNOWN.get(value);
    return known != null ? known : new ExtendEwbRequestTransMode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExtendEwbRequestTransMode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtendEwbRequestTransMode
        && ((ExtendEwbRequestTransMode) o).value.equals(value);
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
