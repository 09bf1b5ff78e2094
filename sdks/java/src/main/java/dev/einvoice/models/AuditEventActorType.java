// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code system}: the server itself (e.g. an endpoint disabled after failing).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class AuditEventActorType {
  /** {@code api_key} */
  public static final AuditEventActorType API_KEY = new AuditEventActorType("api_key");

  /** {@code client} */
  public static final AuditEventActorType CLIENT = new AuditEventActorType("client");

  /** {@code anonymous} */
  public static final AuditEventActorType ANONYMOUS = new AuditEventActorType("anonymous");

  /** {@code system} */
  public static final AuditEventActorType SYSTEM = new AuditEventActorType("system");

  private static final Map<String, AuditEventActorType> KNOWN;

  static {
    Map<String, AuditEventActorType> m = new LinkedHashMap<>();
    m.put(API_KEY.value, API_KEY);
    m.put(CLIENT.value, CLIENT);
    m.put(ANONYMOUS.value, ANONYMOUS);
    m.put(SYSTEM.value, SYSTEM);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private AuditEventActorType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static AuditEventActorType of(String value) {
    AuditEventActorType known = KNOWN.get(value);
    return known != null ? known : new AuditEventActorType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<AuditEventActorType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditEventActorType && ((AuditEventActorType) o).value.equals(value);
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
