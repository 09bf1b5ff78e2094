// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code refused}: the route refused this login on a document's call and is unusable for the GSTIN
 * until the users are replaced.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class GspRouteUserStatus {
  /** {@code active} */
  public static final GspRouteUserStatus ACTIVE = new GspRouteUserStatus("active");

  /** {@code refused} */
  public static final GspRouteUserStatus REFUSED = new GspRouteUserStatus("refused");

  private static final Map<String, GspRouteUserStatus> KNOWN;

  static {
    Map<String, GspRouteUserStatus> m = new LinkedHashMap<>();
    m.put(ACTIVE.value, ACTIVE);
    m.put(REFUSED.value, REFUSED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private GspRouteUserStatus(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static GspRouteUserStatus of(String value) {
    GspRouteUserStatus known = KNOWN.get(value);
    return known != null ? known : new GspRouteUserStatus(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<GspRouteUserStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GspRouteUserStatus && ((GspRouteUserStatus) o).value.equals(value);
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
