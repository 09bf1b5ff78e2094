// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code read}: every GET of account-level operations. {@code documents}: read, and create OAuth
 * credentials and their secrets. {@code admin}: everything account-level (tenants only when the key
 * is not bound to one).
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ApiKeyPermission {
  /** {@code read} */
  public static final ApiKeyPermission READ = new ApiKeyPermission("read");

  /** {@code documents} */
  public static final ApiKeyPermission DOCUMENTS = new ApiKeyPermission("documents");

  /** {@code admin} */
  public static final ApiKeyPermission ADMIN = new ApiKeyPermission("admin");

  private static final Map<String, ApiKeyPermission> KNOWN;

  static {
    Map<String, ApiKeyPermission> m = new LinkedHashMap<>();
    m.put(READ.value, READ);
    m.put(DOCUMENTS.value, DOCUMENTS);
    m.put(ADMIN.value, ADMIN);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ApiKeyPermission(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ApiKeyPermission of(String value) {
    ApiKeyPermission known = KNOWN.get(value);
    return known != null ? known : new ApiKeyPermission(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ApiKeyPermission> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiKeyPermission && ((ApiKeyPermission) o).value.equals(value);
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
