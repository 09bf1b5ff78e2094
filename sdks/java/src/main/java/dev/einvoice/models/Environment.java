// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sandbox} routes to the built-in IRP simulator; {@code production} to the configured GSPs.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class Environment {
  /** {@code sandbox} */
  public static final Environment SANDBOX = new Environment("sandbox");

  /** {@code production} */
  public static final Environment PRODUCTION = new Environment("production");

  private static final Map<String, Environment> KNOWN;

  static {
    Map<String, Environment> m = new LinkedHashMap<>();
    m.put(SANDBOX.value, SANDBOX);
    m.put(PRODUCTION.value, PRODUCTION);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private Environment(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static Environment of(String value) {
    Environment known = KNOWN.get(value);
    return known != null ? known : new Environment(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<Environment> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Environment && ((Environment) o).value.equals(value);
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
