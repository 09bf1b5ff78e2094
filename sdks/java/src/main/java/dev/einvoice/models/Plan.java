// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rate-limit plan: {@code developer} 10 requests/s, {@code standard} 100 requests/s, {@code custom}
 * as agreed.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class Plan {
  /** {@code developer} */
  public static final Plan DEVELOPER = new Plan("developer");

  /** {@code standard} */
  public static final Plan STANDARD = new Plan("standard");

  /** {@code custom} */
  public static final Plan CUSTOM = new Plan("custom");

  private static final Map<String, Plan> KNOWN;

  static {
    Map<String, Plan> m = new LinkedHashMap<>();
    m.put(DEVELOPER.value, DEVELOPER);
    m.put(STANDARD.value, STANDARD);
    m.put(CUSTOM.value, CUSTOM);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private Plan(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static Plan of(String value) {
    Plan known = KNOWN.get(value);
    return known != null ? known : new Plan(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<Plan> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Plan && ((Plan) o).value.equals(value);
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
