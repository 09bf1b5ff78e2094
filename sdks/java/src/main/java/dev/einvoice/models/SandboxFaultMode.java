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
public final class SandboxFaultMode {
  /** {@code duplicate} */
  public static final SandboxFaultMode DUPLICATE = new SandboxFaultMode("duplicate");

  /** {@code irn_expired} */
  public static final SandboxFaultMode IRN_EXPIRED = new SandboxFaultMode("irn_expired");

  /** {@code timeout_after_commit} */
  public static final SandboxFaultMode TIMEOUT_AFTER_COMMIT =
      new SandboxFaultMode("timeout_after_commit");

  /** {@code gsp_outage} */
  public static final SandboxFaultMode GSP_OUTAGE = new SandboxFaultMode("gsp_outage");

  /** {@code nic_error} */
  public static final SandboxFaultMode NIC_ERROR = new SandboxFaultMode("nic_error");

  private static final Map<String, SandboxFaultMode> KNOWN;

  static {
    Map<String, SandboxFaultMode> m = new LinkedHashMap<>();
    m.put(DUPLICATE.value, DUPLICATE);
    m.put(IRN_EXPIRED.value, IRN_EXPIRED);
    m.put(TIMEOUT_AFTER_COMMIT.value, TIMEOUT_AFTER_COMMIT);
    m.put(GSP_OUTAGE.value, GSP_OUTAGE);
    m.put(NIC_ERROR.value, NIC_ERROR);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private SandboxFaultMode(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static SandboxFaultMode of(String value) {
    SandboxFaultMode known = KNOWN.get(value);
    return known != null ? known : new SandboxFaultMode(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<SandboxFaultMode> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SandboxFaultMode && ((SandboxFaultMode) o).value.equals(value);
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
