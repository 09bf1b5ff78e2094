// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class IrnDocumentCancelReason {
  /** {@code 1} */
  public static final IrnDocumentCancelReason V1 = new IrnDocumentCancelReason("1");

  /** {@code 2} */
  public static final IrnDocumentCancelReason V2 = new IrnDocumentCancelReason("2");

  /** {@code 3} */
  public static final IrnDocumentCancelReason V3 = new IrnDocumentCancelReason("3");

  /** {@code 4} */
  public static final IrnDocumentCancelReason V4 = new IrnDocumentCancelReason("4");

  private static final Map<String, IrnDocumentCancelReason> KNOWN;

  static {
    Map<String, IrnDocumentCancelReason> m = new LinkedHashMap<>();
    m.put(V1.value, V1);
    m.put(V2.value, V2);
    m.put(V3.value, V3);
    m.put(V4.value, V4);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private IrnDocumentCancelReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static IrnDocumentCancelReason of(String value) {
    IrnDocumentCancelReason known = KNOWN.get(value);
    return known != null ? known : new IrnDocumentCancelReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<IrnDocumentCancelReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IrnDocumentCancelReason
        && ((IrnDocumentCancelReason) o).value.equals(value);
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
