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
public final class UsageGranularity {
  /** {@code day} */
  public static final UsageGranularity DAY = new UsageGranularity("day");

  /** {@code month} */
  public static final UsageGranularity MONTH = new UsageGranularity("month");

  private static final Map<String, UsageGranularity> KNOWN;

  static {
    Map<String, UsageGranularity> m = new LinkedHashMap<>();
    m.put(DAY.value, DAY);
    m.put(MONTH.value, MONTH);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private UsageGranularity(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static UsageGranularity of(String value) {
    UsageGranularity known = KNOWN.get(value);
    return known != null ? known : new UsageGranularity(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<UsageGranularity> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UsageGranularity && ((UsageGranularity) o).value.equals(value);
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
