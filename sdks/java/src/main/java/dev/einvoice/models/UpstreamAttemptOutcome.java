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
public final class UpstreamAttemptOutcome {
  /** {@code success} */
  public static final UpstreamAttemptOutcome SUCCESS = new UpstreamAttemptOutcome("success");

  /** {@code nic_error} */
  public static final UpstreamAttemptOutcome NIC_ERROR = new UpstreamAttemptOutcome("nic_error");

  /** {@code timeout} */
  public static final UpstreamAttemptOutcome TIMEOUT = new UpstreamAttemptOutcome("timeout");

  /** {@code connection_error} */
  public static final UpstreamAttemptOutcome CONNECTION_ERROR =
      new UpstreamAttemptOutcome("connection_error");

  /** {@code http_error} */
  public static final UpstreamAttemptOutcome HTTP_ERROR = new UpstreamAttemptOutcome("http_error");

  /** {@code circuit_open} */
  public static final UpstreamAttemptOutcome CIRCUIT_OPEN =
      new UpstreamAttemptOutcome("circuit_open");

  /** {@code reconciled} */
  public static final UpstreamAttemptOutcome RECONCILED = new UpstreamAttemptOutcome("reconciled");

  private static final Map<String, UpstreamAttemptOutcome> KNOWN;

  static {
    Map<String, UpstreamAttemptOutcome> m = new LinkedHashMap<>();
    m.put(SUCCESS.value, SUCCESS);
    m.put(NIC_ERROR.value, NIC_ERROR);
    m.put(TIMEOUT.value, TIMEOUT);
    m.put(CONNECTION_ERROR.value, CONNECTION_ERROR);
    m.put(HTTP_ERROR.value, HTTP_ERROR);
    m.put(CIRCUIT_OPEN.value, CIRCUIT_OPEN);
    m.put(RECONCILED.value, RECONCILED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private UpstreamAttemptOutcome(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static UpstreamAttemptOutcome of(String value) {
    UpstreamAttemptOutcome known = KNOWN.get(value);
    return known != null ? known : new UpstreamAttemptOutcome(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<UpstreamAttemptOutcome> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpstreamAttemptOutcome && ((UpstreamAttemptOutcome) o).value.equals(value);
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
