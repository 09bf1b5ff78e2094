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
public final class SignatureVerificationStatus {
  /** {@code verified} */
  public static final SignatureVerificationStatus VERIFIED =
      new SignatureVerificationStatus("verified");

  /** {@code failed} */
  public static final SignatureVerificationStatus FAILED =
      new SignatureVerificationStatus("failed");

  /** {@code unverified} */
  public static final SignatureVerificationStatus UNVERIFIED =
      new SignatureVerificationStatus("unverified");

  private static final Map<String, SignatureVerificationStatus> KNOWN;

  static {
    Map<String, SignatureVerificationStatus> m = new LinkedHashMap<>();
    m.put(VERIFIED.value, VERIFIED);
    m.put(FAILED.value, FAILED);
    m.put(UNVERIFIED.value, UNVERIFIED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private SignatureVerificationStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static SignatureVerificationStatus of(String value) {
    SignatureVerificationStatus known = KNOWN.get(value);
    return known != null ? known : new SignatureVerificationStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<SignatureVerificationStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignatureVerificationStatus
        && ((SignatureVerificationStatus) o).value.equals(value);
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
