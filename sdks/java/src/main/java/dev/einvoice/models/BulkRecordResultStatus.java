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
public final class BulkRecordResultStatus {
  /** {@code generated} */
  public static final BulkRecordResultStatus GENERATED = new BulkRecordResultStatus("generated");

  /** {@code replayed} */
  public static final BulkRecordResultStatus REPLAYED = new BulkRecordResultStatus("replayed");

  /** {@code queued} */
  public static final BulkRecordResultStatus QUEUED = new BulkRecordResultStatus("queued");

  /** {@code failed} */
  public static final BulkRecordResultStatus FAILED = new BulkRecordResultStatus("failed");

  private static final Map<String, BulkRecordResultStatus> KNOWN;

  static {
    Map<String, BulkRecordResultStatus> m = new LinkedHashMap<>();
    m.put(GENERATED.value, GENERATED);
    m.put(REPLAYED.value, REPLAYED);
    m.put(QUEUED.value, QUEUED);
    m.put(FAILED.value, FAILED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private BulkRecordResultStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static BulkRecordResultStatus of(String value) {
    BulkRecordResultStatus known = KNOWN.get(value);
    return known != null ? known : new BulkRecordResultStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<BulkRecordResultStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BulkRecordResultStatus && ((BulkRecordResultStatus) o).value.equals(value);
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
