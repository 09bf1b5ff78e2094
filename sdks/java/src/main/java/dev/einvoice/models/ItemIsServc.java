// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Y} for a service (SAC code), {@code N} for goods.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ItemIsServc {
  /** {@code Y} */
  public static final ItemIsServc YES = new ItemIsServc("Y");

  /** {@code N} */
  public static final ItemIsServc NO = new ItemIsServc("N");

  private static final Map<String, ItemIsServc> KNOWN;

  static {
    Map<String, ItemIsServc> m = new LinkedHashMap<>();
    m.put(YES.value, YES);
    m.put(NO.value, NO);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ItemIsServc(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ItemIsServc of(String value) {
    ItemIsServc known = KNOWN.get(value);
    return known != null ? known : new ItemIsServc(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ItemIsServc> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemIsServc && ((ItemIsServc) o).value.equals(value);
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
