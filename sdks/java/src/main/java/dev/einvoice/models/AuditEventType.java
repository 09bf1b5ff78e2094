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
public final class AuditEventType {
  /** {@code gstin.registered} */
  public static final AuditEventType GSTIN_REGISTERED = new AuditEventType("gstin.registered");

  /** {@code gstin.updated} */
  public static final AuditEventType GSTIN_UPDATED = new AuditEventType("gstin.updated");

  /** {@code gstin.deleted} */
  public static final AuditEventType GSTIN_DELETED = new AuditEventType("gstin.deleted");

  /** {@code credential.created} */
  public static final AuditEventType CREDENTIAL_CREATED = new AuditEventType("credential.created");

  /** {@code credential.revoked} */
  public static final AuditEventType CREDENTIAL_REVOKED = new AuditEventType("credential.revoked");

  /** {@code credential.secret_added} */
  public static final AuditEventType CREDENTIAL_SECRET_ADDED =
      new AuditEventType("credential.secret_added");

  /** {@code credential.secret_revoked} */
  public static final AuditEventType CREDENTIAL_SECRET_REVOKED =
      new AuditEventType("credential.secret_revoked");

  /** {@code auth.failed} */
  public static final AuditEventType AUTH_FAILED = new AuditEventType("auth.failed");

  /** {@code auth.forbidden} */
  public static final AuditEventType AUTH_FORBIDDEN = new AuditEventType("auth.forbidden");

  /** {@code webhook_endpoint.secret_rotated} */
  public static final AuditEventType WEBHOOK_ENDPOINT_SECRET_ROTATED =
      new AuditEventType("webhook_endpoint.secret_rotated");

  /** {@code webhook_endpoint.disabled} */
  public static final AuditEventType WEBHOOK_ENDPOINT_DISABLED =
      new AuditEventType("webhook_endpoint.disabled");

  /** {@code onboarding_link.created} */
  public static final AuditEventType ONBOARDING_LINK_CREATED =
      new AuditEventType("onboarding_link.created");

  /** {@code onboarding_link.connected} */
  public static final AuditEventType ONBOARDING_LINK_CONNECTED =
      new AuditEventType("onboarding_link.connected");

  /** {@code onboarding_link.failed} */
  public static final AuditEventType ONBOARDING_LINK_FAILED =
      new AuditEventType("onboarding_link.failed");

  /** {@code onboarding_link.revoked} */
  public static final AuditEventType ONBOARDING_LINK_REVOKED =
      new AuditEventType("onboarding_link.revoked");

  /** {@code tenant.created} */
  public static final AuditEventType TENANT_CREATED = new AuditEventType("tenant.created");

  /** {@code tenant.updated} */
  public static final AuditEventType TENANT_UPDATED = new AuditEventType("tenant.updated");

  /** {@code api_key.created} */
  public static final AuditEventType API_KEY_CREATED = new AuditEventType("api_key.created");

  /** {@code api_key.rolled} */
  public static final AuditEventType API_KEY_ROLLED = new AuditEventType("api_key.rolled");

  /** {@code api_key.revoked} */
  public static final AuditEventType API_KEY_REVOKED = new AuditEventType("api_key.revoked");

  private static final Map<String, AuditEventType> KNOWN;

  static {
    Map<String, AuditEventType> m = new LinkedHashMap<>();
    m.put(GSTIN_REGISTERED.value, GSTIN_REGISTERED);
    m.put(GSTIN_UPDATED.value, GSTIN_UPDATED);
    m.put(GSTIN_DELETED.value, GSTIN_DELETED);
    m.put(CREDENTIAL_CREATED.value, CREDENTIAL_CREATED);
    m.put(CREDENTIAL_REVOKED.value, CREDENTIAL_REVOKED);
    m.put(CREDENTIAL_SECRET_ADDED.value, CREDENTIAL_SECRET_ADDED);
    m.put(CREDENTIAL_SECRET_REVOKED.value, CREDENTIAL_SECRET_REVOKED);
    m.put(AUTH_FAILED.value, AUTH_FAILED);
    m.put(AUTH_FORBIDDEN.value, AUTH_FORBIDDEN);
    m.put(WEBHOOK_ENDPOINT_SECRET_ROTATED.value, WEBHOOK_ENDPOINT_SECRET_ROTATED);
    m.put(WEBHOOK_ENDPOINT_DISABLED.value, WEBHOOK_ENDPOINT_DISABLED);
    m.put(ONBOARDING_LINK_CREATED.value, ONBOARDING_LINK_CREATED);
    m.put(ONBOARDING_LINK_CONNECTED.value, ONBOARDING_LINK_CONNECTED);
    m.put(ONBOARDING_LINK_FAILED.value, ONBOARDING_LINK_FAILED);
    m.put(ONBOARDING_LINK_REVOKED.value, ONBOARDING_LINK_REVOKED);
    m.put(TENANT_CREATED.value, TENANT_CREATED);
    m.put(TENANT_UPDATED.value, TENANT_UPDATED);
    m.put(API_KEY_CREATED.value, API_KEY_CREATED);
    m.put(API_KEY_ROLLED.value, API_KEY_ROLLED);
    m.put(API_KEY_REVOKED.value, API_KEY_REVOKED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private AuditEventType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static AuditEventType of(String value) {
    AuditEventType known = KNOWN.get(value);
    return known != null ? known : new AuditEventType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<AuditEventType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditEventType && ((AuditEventType) o).value.equals(value);
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
