// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pending} sent to the IRP, answer awaited; {@code queued} waiting for a GSP to recover;
 * {@code generated} IRN issued; {@code failed} refused (see {@code gstn_errors}); {@code cancelled}
 * IRN cancelled. New states may be added; treat unknown values as {@code pending}.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class DocumentStatus {
  /** {@code pending} */
  public static final DocumentStatus PENDING = new DocumentStatus("pending");

  /** {@code queued} */
  public static final DocumentStatus QUEUED = new DocumentStatus("queued");

  /** {@code generated} */
  public static final DocumentStatus GENERATED = new DocumentStatus("generated");

  /** {@code failed} */
  public static final DocumentStatus FAILED = new DocumentStatus("failed");

  /** {@code cancelled} */
  public static final DocumentStatus CANCELLED = new DocumentStatus("cancelled");

  private static final Map<String, DocumentStatus> KNOWN;

  static {
    Map<String, DocumentStatus> m = new LinkedHashMap<>();
    m.put(PENDING.value, PENDING);
    m.put(QUEUED.value, QUEUED);
    m.put(GENERATED.value, GENERATED);
    m.put(FAILED.value, FAILED);
    m.put(CANCELLED.value, CANCELLED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private DocumentStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static DocumentStatus of(String value) {
    DocumentStatus known = KNOWN.get(value);
    return known != null ? known : new DocumentStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<DocumentStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentStatus && ((DocumentStatus) o).value.equals(value);
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
