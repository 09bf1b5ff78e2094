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
public final class OAuthProblemError {
  /** {@code invalid_request} */
  public static final OAuthProblemError INVALID_REQUEST = new OAuthProblemError("invalid_request");

  /** {@code invalid_client} */
  public static final OAuthProblemError INVALID_CLIENT = new OAuthProblemError("invalid_client");

  /** {@code invalid_grant} */
  public static final OAuthProblemError INVALID_GRANT = new OAuthProblemError("invalid_grant");

  /** {@code unauthorized_client} */
  public static final OAuthProblemError UNAUTHORIZED_CLIENT =
      new OAuthProblemError("unauthorized_client");

  /** {@code unsupported_grant_type} */
  public static final OAuthProblemError UNSUPPORTED_GRANT_TYPE =
      new OAuthProblemError("unsupported_grant_type");

  /** {@code invalid_scope} */
  public static final OAuthProblemError INVALID_SCOPE = new OAuthProblemError("invalid_scope");

  private static final Map<String, OAuthProblemError> KNOWN;

  static {
    Map<String, OAuthProblemError> m = new LinkedHashMap<>();
    m.put(INVALID_REQUEST.value, INVALID_REQUEST);
    m.put(INVALID_CLIENT.value, INVALID_CLIENT);
    m.put(INVALID_GRANT.value, INVALID_GRANT);
    m.put(UNAUTHORIZED_CLIENT.value, UNAUTHORIZED_CLIENT);
    m.put(UNSUPPORTED_GRANT_TYPE.value, UNSUPPORTED_GRANT_TYPE);
    m.put(INVALID_SCOPE.value, INVALID_SCOPE);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private OAuthProblemError(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static OAuthProblemError of(String value) {
    OAuthProblemError known = KNOWN.get(value);
    return known != null ? known : new OAuthProblemError(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<OAuthProblemError> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OAuthProblemError && ((OAuthProblemError) o).value.equals(value);
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
