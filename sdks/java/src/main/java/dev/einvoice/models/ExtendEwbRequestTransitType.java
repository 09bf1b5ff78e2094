// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * With {@code T}: {@code R} road, {@code W} warehouse, {@code O} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExtendEwbRequestTransitType {
  /** {@code R} */
  public static final ExtendEwbRequestTransitType R = new ExtendEwbRequestTransitType("R");

  /** {@code W} */
  public static final ExtendEwbRequestTransitType W = new ExtendEwbRequestTransitType("W");

  /** {@code O} */
  public static final ExtendEwbRequestTransitType O = new ExtendEwbRequestTransitType("O");

  private static final Map<String, ExtendEwbRequestTransitType> KNOWN;

  static {
    Map<String, ExtendEwbRequestTransitType> m = new LinkedHashMap<>();
    m.put(R.value, R);
    m.put(W.value, W);
    m.put(O.value, O);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExtendEwbRequestTransitType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExtendEwbRequestTransitType of(String value) {
    ExtendEwbRequestTransitType known = KNOWN.get(value);
    return known != null ? known : new ExtendEwbRequestTransitType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExtendEwbRequestTransitType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtendEwbRequestTransitType
        && ((ExtendEwbRequestTransitType) o).value.equals(value);
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
