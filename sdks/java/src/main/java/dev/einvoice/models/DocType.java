// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code INV} invoice, {@code CRN} credit note, {@code DBN} debit note.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class DocType {
  /** {@code INV} */
  public static final DocType INV = new DocType("INV");

  /** {@code CRN} */
  public static final DocType CRN = new DocType("CRN");

  /** {@code DBN} */
  public static final DocType DBN = new DocType("DBN");

  private static final Map<String, DocType> KNOWN;

  static {
    Map<String, DocType> m = new LinkedHashMap<>();
    m.put(INV.value, INV);
    m.put(CRN.value, CRN);
    m.put(DBN.value, DBN);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private DocType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static DocType of(String value) {
    DocType known = KNOWN.get(value);
    return known != null ? known : new DocType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<DocType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocType && ((DocType) o).value.equals(value);
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
