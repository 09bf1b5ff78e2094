// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code irn:write}, {@code ewb:write}, {@code notes:write} or {@code read}.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class Scope {
  /** {@code irn:write} */
  public static final Scope IRN_WRITE = new Scope("irn:write");

  /** {@code ewb:write} */
  public static final Scope EWB_WRITE = new Scope("ewb:write");

  /** {@code notes:write} */
  public static final Scope NOTES_WRITE = new Scope("notes:write");

  /** {@code read} */
  public static final Scope READ = new Scope("read");

  private static final Map<String, Scope> KNOWN;

  static {
    Map<String, Scope> m = new LinkedHashMap<>();
    m.put(IRN_WRITE.value, IRN_WRITE);
    m.put(EWB_WRITE.value, EWB_WRITE);
    m.put(NOTES_WRITE.value, NOTES_WRITE);
    m.put(READ.value, READ);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private Scope(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static Scope of(String value) {
    Scope known = KNOWN.get(value);
    return known != null ? known : new Scope(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<Scope> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope && ((Scope) o).value.equals(value);
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
