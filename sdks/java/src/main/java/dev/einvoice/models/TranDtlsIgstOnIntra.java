// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Y} for an intra-state supply on which IGST is charged (e.g. supplies under section 7(5)).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class TranDtlsIgstOnIntra {
  /** {@code Y} */
  public static final TranDtlsIgstOnIntra YES = new TranDtlsIgstOnIntra("Y");

  /** {@code N} */
  public static final TranDtlsIgstOnIntra NO = new TranDtlsIgstOnIntra("N");

  private static final Map<String, TranDtlsIgstOnIntra> KNOWN;

  static {
    Map<String, TranDtlsIgstOnIntra> m = new LinkedHashMap<>();
    m.put(YES.value, YES);
    m.put(NO.value, NO);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private TranDtlsIgstOnIntra(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static TranDtlsIgstOnIntra of(String value) {
    TranDtlsIgstOnIntra known = KNOWN.get(value);
    return known != null ? known : new TranDtlsIgstOnIntra(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<TranDtlsIgstOnIntra> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TranDtlsIgstOnIntra && ((TranDtlsIgstOnIntra) o).value.equals(value);
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
