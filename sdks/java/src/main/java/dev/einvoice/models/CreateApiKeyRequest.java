// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = CreateApiKeyRequest.Builder.class)
public final class CreateApiKeyRequest {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("permissions")
  private final List<ApiKeyPermission> permissions;

  private final Map<String, Object> additionalProperties;

  private CreateApiKeyRequest(Builder b) {
    this.name = b.name;
    this.tenant = b.tenant;
    this.permissions =
        b.permissions == null ? null : Collections.unmodifiableList(new ArrayList<>(b.permissions));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code name}. Required. */
  public String name() {
    return name;
  }

  /** Wire name {@code tenant}. Optional: empty when absent. */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Wire name {@code permissions}. Required. */
  public List<ApiKeyPermission> permissions() {
    return permissions;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * CreateApiKeyRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, CreateApiKeyRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CreateApiKeyRequest fromJson(String json) {
    return Json.parse(json, CreateApiKeyRequest.class);
  }

  /**
   * This value as JSON text in the API's wire format (the inverse of {@link #fromJson(String)}).
   */
  public String toJson() {
    return Json.write(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.tenant = tenant;
    b.permissions = permissions;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateApiKeyRequest)) return false;
    CreateApiKeyRequest that = (CreateApiKeyRequest) o;
    return Objects.equals(name, that.name)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(permissions, that.permissions)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, tenant, permissions, additionalProperties);
  }

  @Override
  public String toString() {
    return "CreateApiKeyRequest{"
        + "name="
        + name
        + ", tenant="
        + tenant
        + ", permissions="
        + permissions
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CreateApiKeyRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String name;
    private String tenant;
    private List<ApiKeyPermission> permissions;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    @JsonProperty("permissions")
    public Builder permissions(List<ApiKeyPermission> permissions) {
      this.permissions = permissions;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CreateApiKeyRequest build() {
      Objects.requireNonNull(name, "CreateApiKeyRequest.name (name) is required");
      Objects.requireNonNull(
          permissions, "CreateApiKeyRequest.permissions (permissions) is required");
      return new CreateApiKeyRequest(this);
    }
  }
}
