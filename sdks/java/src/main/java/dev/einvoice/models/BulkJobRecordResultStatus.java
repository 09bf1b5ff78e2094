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
public final class BulkJobRecordResultStatus {
  /** {@code pending} */
  public static final BulkJobRecordResultStatus PENDING = new BulkJobRecordResultStatus("pending");

  /** {@code generated} */
  public static final BulkJobRecordResultStatus GENERATED =
      new BulkJobRecordResultStatus("generated");

  /** {@code replayed} */
  public static final BulkJobRecordResultStatus REPLAYED =
      new BulkJobRecordResultStatus("replayed");

  /** {@code queued} */
  public static final BulkJobRecordResultStatus QUEUED = new BulkJobRecordResultStatus("queued");

  /** {@code failed} */
  public static final BulkJobRecordResultStatus FAILED = new BulkJobRecordResultStatus("failed");

  private static final Map<String, BulkJobRecordResultStatus> KNOWN;

  static {
    Map<String, BulkJobRecordResultStatus> m = new LinkedHashMap<>();
    m.put(PENDING.value, PENDING);
    m.put(GENERATED.value, GENERATED);
    m.put(REPLAYED.value, REPLAYED);
    m.put(QUEUED.value, QUEUED);
    m.put(FAILED.value, FAILED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private BulkJobRecordResultStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static BulkJobRecordResultStatus of(String value) {
    BulkJobRecordResultStatus known = KNOWN.get(value);
    return known != null ? known : new BulkJobRecordResultStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<BulkJobRecordResultStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BulkJobRecordResultStatus
        && ((BulkJobRecordResultStatus) o).value.equals(value);
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
