// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pending}: usable ({@code failure} holds the IRP's last refusal, if any). {@code
 * connected}: the IRP accepted the user and it is stored (the link is spent). {@code failed}: 5
 * attempts were refused. {@code expired}: not used before {@code expires_at}. {@code revoked}: by
 * {@code revokeOnboardingLink}, or replaced by a newer link for the GSTIN.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class OnboardingLinkStatus {
  /** {@code pending} */
  public static final OnboardingLinkStatus PENDING = new OnboardingLinkStatus("pending");

  /** {@code connected} */
  public static final OnboardingLinkStatus CONNECTED = new OnboardingLinkStatus("connected");

  /** {@code failed} */
  public static final OnboardingLinkStatus FAILED = new OnboardingLinkStatus("failed");

  /** {@code expired} */
  public static final OnboardingLinkStatus EXPIRED = new OnboardingLinkStatus("expired");

  /** {@code revoked} */
  public static final OnboardingLinkStatus REVOKED = new OnboardingLinkStatus("revoked");

  private static final Map<String, OnboardingLinkStatus> KNOWN;

  static {
    Map<String, OnboardingLinkStatus> m = new LinkedHashMap<>();
    m.put(PENDING.value, PENDING);
    m.put(CONNECTED.value, CONNECTED);
    m.put(FAILED.value, FAILED);
    m.put(EXPIRED.value, EXPIRED);
    m.put(REVOKED.value, REVOKED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private OnboardingLinkStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static OnboardingLinkStatus of(String value) {
    OnboardingLinkStatus known = KNOWN.get(value);
    return known != null ? known : new OnboardingLinkStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<OnboardingLinkStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OnboardingLinkStatus && ((OnboardingLinkStatus) o).value.equals(value);
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
