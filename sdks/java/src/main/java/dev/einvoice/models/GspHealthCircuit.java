// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code half_open}: the next call is a probe (the circuit was open for {@code
 * GSP_HALF_OPEN_AFTER_MS}).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class GspHealthCircuit {
  /** {@code closed} */
  public static final GspHealthCircuit CLOSED = new GspHealthCircuit("closed");

  /** {@code open} */
  public static final GspHealthCircuit OPEN = new GspHealthCircuit("open");

  /** {@code half_open} */
  public static final GspHealthCircuit HALF_OPEN = new GspHealthCircuit("half_open");

  private static final Map<String, GspHealthCircuit> KNOWN;

  static {
    Map<String, GspHealthCircuit> m = new LinkedHashMap<>();
    m.put(CLOSED.value, CLOSED);
    m.put(OPEN.value, OPEN);
    m.put(HALF_OPEN.value, HALF_OPEN);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private GspHealthCircuit(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static GspHealthCircuit of(String value) {
    GspHealthCircuit known = KNOWN.get(value);
    return known != null ? known : new GspHealthCircuit(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<GspHealthCircuit> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GspHealthCircuit && ((GspHealthCircuit) o).value.equals(value);
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
