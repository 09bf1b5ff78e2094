// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client secret, as stored (hash only); {@code prefix} helps you tell them apart.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = CredentialSecret.Builder.class)
public final class CredentialSecret {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("prefix")
  private final String prefix;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("expires_at")
  private final String expiresAt;

  @JsonProperty("revoked_at")
  private final String revokedAt;

  @JsonProperty("last_used_at")
  private final String lastUsedAt;

  private final Map<String, Object> additionalProperties;

  private CredentialSecret(Builder b) {
    this.id = b.id;
    this.prefix = b.prefix;
    this.createdAt = b.createdAt;
    this.expiresAt = b.expiresAt;
    this.revokedAt = b.revokedAt;
    this.lastUsedAt = b.lastUsedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  public String id() {
    return id;
  }

  /**
   * First characters of the secret.
   *
   * <p>Wire name {@code prefix}. Required.
   */
  public String prefix() {
    return prefix;
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code expires_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** Wire name {@code revoked_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Wire name {@code last_used_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code CredentialSecret};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * CredentialSecret.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CredentialSecret fromJson(String json) {
    return Json.parse(json, CredentialSecret.class);
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
    b.prefix = prefix;
    b.createdAt = createdAt;
    b.expiresAt = expiresAt;
    b.revokedAt = revokedAt;
    b.lastUsedAt = lastUsedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CredentialSecret)) return false;
    CredentialSecret that = (CredentialSecret) o;
    return Objects.equals(id, that.id)
        && Objects.equals(prefix, that.prefix)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(revokedAt, that.revokedAt)
        && Objects.equals(lastUsedAt, that.lastUsedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, prefix, createdAt, expiresAt, revokedAt, lastUsedAt, additionalProperties);
  }

  @Override
  public String toString() {
    return "CredentialSecret{"
        + "id="
        + id
        + ", prefix="
        + prefix
        + ", createdAt="
        + createdAt
        + ", expiresAt="
        + expiresAt
        + ", revokedAt="
        + revokedAt
        + ", lastUsedAt="
        + lastUsedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CredentialSecret}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String prefix;
    private String createdAt;
    private String expiresAt;
    private String revokedAt;
    private String lastUsedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("prefix")
    public Builder prefix(String prefix) {
      this.prefix = prefix;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("expires_at")
    public Builder expiresAt(String expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    @JsonProperty("revoked_at")
    public Builder revokedAt(String revokedAt) {
      this.revokedAt = revokedAt;
      return this;
    }

    @JsonProperty("last_used_at")
    public Builder lastUsedAt(String lastUsedAt) {
      this.lastUsedAt = lastUsedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CredentialSecret build() {
      return new CredentialSecret(this);
    }
  }
}
