// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ready}: the GSTINs run at {@code frozen_time}. {@code advancing} is reserved for an
 * advance that is still being applied.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class TestClockStatus {
  /** {@code ready} */
  public static final TestClockStatus READY = new TestClockStatus("ready");

  /** {@code advancing} */
  public static final TestClockStatus ADVANCING = new TestClockStatus("advancing");

  private static final Map<String, TestClockStatus> KNOWN;

  static {
    Map<String, TestClockStatus> m = new LinkedHashMap<>();
    m.put(READY.value, READY);
    m.put(ADVANCING.value, ADVANCING);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private TestClockStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static TestClockStatus of(String value) {
    TestClockStatus known = KNOWN.get(value);
    return known != null ? known : new TestClockStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<TestClockStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TestClockStatus && ((TestClockStatus) o).value.equals(value);
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
