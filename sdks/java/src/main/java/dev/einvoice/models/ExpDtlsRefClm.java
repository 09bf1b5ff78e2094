// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Y} when a refund is claimed.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExpDtlsRefClm {
  /** {@code Y} */
  public static final ExpDtlsRefClm YES = new ExpDtlsRefClm("Y");

  /** {@code N} */
  public static final ExpDtlsRefClm NO = new ExpDtlsRefClm("N");

  private static final Map<String, ExpDtlsRefClm> KNOWN;

  static {
    Map<String, ExpDtlsRefClm> m = new LinkedHashMap<>();
    m.put(YES.value, YES);
    m.put(NO.value, NO);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExpDtlsRefClm(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExpDtlsRefClm of(String value) {
    ExpDtlsRefClm known = KNOWN.get(value);
    return known != null ? known : new ExpDtlsRefClm(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExpDtlsRefClm> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpDtlsRefClm && ((ExpDtlsRefClm) o).value.equals(value);
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
