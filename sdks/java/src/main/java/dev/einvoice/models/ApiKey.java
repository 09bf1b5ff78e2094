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
@JsonDeserialize(builder = ApiKey.Builder.class)
public final class ApiKey {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("permissions")
  private final List<ApiKeyPermission> permissions;

  @JsonProperty("key")
  private final String key;

  @JsonProperty("last4")
  private final String last4;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("last_used_at")
  private final String lastUsedAt;

  @JsonProperty("revoked_at")
  private final String revokedAt;

  private final Map<String, Object> additionalProperties;

  private ApiKey(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.name = b.name;
    this.tenant = b.tenant;
    this.permissions =
        b.permissions == null ? null : Collections.unmodifiableList(new ArrayList<>(b.permissions));
    this.key = b.key;
    this.last4 = b.last4;
    this.createdAt = b.createdAt;
    this.lastUsedAt = b.lastUsedAt;
    this.revokedAt = b.revokedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code name}. Required, may be null: empty when null. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The tenant the key acts on (null: not bound to one).
   *
   * <p>Wire name {@code tenant}. Required, may be null: empty when null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Wire name {@code permissions}. Required. */
  public List<ApiKeyPermission> permissions() {
    return permissions;
  }

  /**
   * The secret: only in the answers of createApiKey and rollApiKey.
   *
   * <p>Wire name {@code key}. Optional: empty when absent.
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /** Wire name {@code last4}. Required, may be null: empty when null. */
  public Optional<String> last4() {
    return Optional.ofNullable(last4);
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /**
   * Recorded at most once a minute.
   *
   * <p>Wire name {@code last_used_at}. Required, may be null: empty when null.
   */
  public Optional<String> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  /** Wire name {@code revoked_at}. Required, may be null: empty when null. */
  public Optional<String> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code ApiKey}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, ApiKey.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static ApiKey fromJson(String json) {
    return Json.parse(json, ApiKey.class);
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
    b.id = id;
    b.object = object;
    b.name = name;
    b.tenant = tenant;
    b.permissions = permissions;
    b.key = key;
    b.last4 = last4;
    b.createdAt = createdAt;
    b.lastUsedAt = lastUsedAt;
    b.revokedAt = revokedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ApiKey)) return false;
    ApiKey that = (ApiKey) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(name, that.name)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(permissions, that.permissions)
        && Objects.equals(key, that.key)
        && Objects.equals(last4, that.last4)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(lastUsedAt, that.lastUsedAt)
        && Objects.equals(revokedAt, that.revokedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        name,
        tenant,
        permissions,
        key,
        last4,
        createdAt,
        lastUsedAt,
        revokedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "ApiKey{"
        + "id="
        + id
        + ", object="
        + object
        + ", name="
        + name
        + ", tenant="
        + tenant
        + ", permissions="
        + permissions
        + ", key="
        + key
        + ", last4="
        + last4
        + ", createdAt="
        + createdAt
        + ", lastUsedAt="
        + lastUsedAt
        + ", revokedAt="
        + revokedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link ApiKey}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String name;
    private String tenant;
    private List<ApiKeyPermission> permissions;
    private String key;
    private String last4;
    private String createdAt;
    private String lastUsedAt;
    private String revokedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

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

    @JsonProperty("key")
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    @JsonProperty("last4")
    public Builder last4(String last4) {
      this.last4 = last4;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("last_used_at")
    public Builder lastUsedAt(String lastUsedAt) {
      this.lastUsedAt = lastUsedAt;
      return this;
    }

    @JsonProperty("revoked_at")
    public Builder revokedAt(String revokedAt) {
      this.revokedAt = revokedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public ApiKey build() {
      return new ApiKey(this);
    }
  }
}
