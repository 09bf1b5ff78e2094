// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code M} in movement, {@code T} in transit.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExtendEwbRequestConsignmentStatus {
  /** {@code M} */
  public static final ExtendEwbRequestConsignmentStatus M =
      new ExtendEwbRequestConsignmentStatus("M");

  /** {@code T} */
  public static final ExtendEwbRequestConsignmentStatus T =
      new ExtendEwbRequestConsignmentStatus("T");

  private static final Map<String, ExtendEwbRequestConsignmentStatus> KNOWN;

  static {
    Map<String, ExtendEwbRequestConsignmentStatus> m = new LinkedHashMap<>();
    m.put(M.value, M);
    m.put(T.value, T);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExtendEwbRequestConsignmentStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExtendEwbRequestConsignmentStatus of(String value) {
    ExtendEwbRequestConsignmentStatus known = KNOWN.get(value);
    return known != null ? known : new ExtendEwbRequestConsignmentStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExtendEwbRequestConsignmentStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtendEwbRequestConsignmentStatus
        && ((ExtendEwbRequestConsignmentStatus) o).value.equals(value);
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
