// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code queued}: waiting for a server to (re)start it; {@code running}: a server is relaying its
 * records (or will resume them after a restart); {@code completed}: every record has an outcome.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class BulkJobStatus {
  /** {@code queued} */
  public static final BulkJobStatus QUEUED = new BulkJobStatus("queued");

  /** {@code running} */
  public static final BulkJobStatus RUNNING = new BulkJobStatus("running");

  /** {@code completed} */
  public static final BulkJobStatus COMPLETED = new BulkJobStatus("completed");

  private static final Map<String, BulkJobStatus> KNOWN;

  static {
    Map<String, BulkJobStatus> m = new LinkedHashMap<>();
    m.put(QUEUED.value, QUEUED);
    m.put(RUNNING.value, RUNNING);
    m.put(COMPLETED.value, COMPLETED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private BulkJobStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static BulkJobStatus of(String value) {
    BulkJobStatus known = KNOWN.get(value);
    return known != null ? known : new BulkJobStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<BulkJobStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BulkJobStatus && ((BulkJobStatus) o).value.equals(value);
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
