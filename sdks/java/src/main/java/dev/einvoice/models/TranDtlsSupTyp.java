// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Supply type. {@code B2B}; {@code SEZWP}/{@code SEZWOP} supply to SEZ with/without payment; {@code
 * EXPWP}/{@code EXPWOP} export with/without payment; {@code DEXP} deemed export.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class TranDtlsSupTyp {
  /** {@code B2B} */
  public static final TranDtlsSupTyp B2_B = new TranDtlsSupTyp("B2B");

  /** {@code SEZWP} */
  public static final TranDtlsSupTyp SEZWP = new TranDtlsSupTyp("SEZWP");

  /** {@code SEZWOP} */
  public static final TranDtlsSupTyp SEZWOP = new TranDtlsSupTyp("SEZWOP");

  /** {@code EXPWP} */
  public static final TranDtlsSupTyp EXPWP = new TranDtlsSupTyp("EXPWP");

  /** {@code EXPWOP} */
  public static final TranDtlsSupTyp EXPWOP = new TranDtlsSupTyp("EXPWOP");

  /** {@code DEXP} */
  public static final TranDtlsSupTyp DEXP = new TranDtlsSupTyp("DEXP");

  private static final Map<String, TranDtlsSupTyp> KNOWN;

  static {
    Map<String, TranDtlsSupTyp> m = new LinkedHashMap<>();
    m.put(B2_B.value, B2_B);
    m.put(SEZWP.value, SEZWP);
    m.put(SEZWOP.value, SEZWOP);
    m.put(EXPWP.value, EXPWP);
    m.put(EXPWOP.value, EXPWOP);
    m.put(DEXP.value, DEXP);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private TranDtlsSupTyp(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static TranDtlsSupTyp of(String value) {
    TranDtlsSupTyp known = KNOWN.get(value);
    return known != null ? known : new TranDtlsSupTyp(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<TranDtlsSupTyp> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TranDtlsSupTyp && ((TranDtlsSupTyp) o).value.equals(value);
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
