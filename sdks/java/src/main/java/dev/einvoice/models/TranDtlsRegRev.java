// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Y} when tax is payable on reverse charge.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class TranDtlsRegRev {
  /** {@code Y} */
  public static final TranDtlsRegRev YES = new TranDtlsRegRev("Y");

  /** {@code N} */
  public static final TranDtlsRegRev NO = new TranDtlsRegRev("N");

  private static final Map<String, TranDtlsRegRev> KNOWN;

  static {
    Map<String, TranDtlsRegRev> m = new LinkedHashMap<>();
    m.put(YES.value, YES);
    m.put(NO.value, NO);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private TranDtlsRegRev(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static TranDtlsRegRev of(String value) {
    TranDtlsRegRev known = KNOWN.get(value);
    return known != null ? known : new TranDtlsRegRev(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<TranDtlsRegRev> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TranDtlsRegRev && ((TranDtlsRegRev) o).value.equals(value);
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
