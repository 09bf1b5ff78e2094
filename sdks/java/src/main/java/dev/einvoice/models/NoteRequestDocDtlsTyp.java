// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code CRN} credit note, {@code DBN} debit note.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class NoteRequestDocDtlsTyp {
  /** {@code CRN} */
  public static final NoteRequestDocDtlsTyp CRN = new NoteRequestDocDtlsTyp("CRN");

  /** {@code DBN} */
  public static final NoteRequestDocDtlsTyp DBN = new NoteRequestDocDtlsTyp("DBN");

  private static final Map<String, NoteRequestDocDtlsTyp> KNOWN;

  static {
    Map<String, NoteRequestDocDtlsTyp> m = new LinkedHashMap<>();
    m.put(CRN.value, CRN);
    m.put(DBN.value, DBN);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private NoteRequestDocDtlsTyp(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static NoteRequestDocDtlsTyp of(String value) {
    NoteRequestDocDtlsTyp known = KNOWN.get(value);
    return known != null ? known : new NoteRequestDocDtlsTyp(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<NoteRequestDocDtlsTyp> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteRequestDocDtlsTyp && ((NoteRequestDocDtlsTyp) o).value.equals(value);
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
