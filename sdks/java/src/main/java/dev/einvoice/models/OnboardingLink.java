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
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = OnboardingLink.Builder.class)
public final class OnboardingLink {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("url")
  private final String url;

  @JsonProperty("status")
  private final OnboardingLinkStatus status;

  @JsonProperty("failure")
  private final OnboardingFailure failure;

  @JsonProperty("failed_attempts")
  private final Long failedAttempts;

  @JsonProperty("expires_at")
  private final String expiresAt;

  @JsonProperty("connected_at")
  private final String connectedAt;

  @JsonProperty("revoked_at")
  private final String revokedAt;

  @JsonProperty("created_at")
  private final String createdAt;

  private final Map<String, Object> additionalProperties;

  private OnboardingLink(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.gstin = b.gstin;
    this.tenant = b.tenant;
    this.description = b.description;
    this.url = b.url;
    this.status = b.status;
    this.failure = b.failure;
    this.failedAttempts = b.failedAttempts;
    this.expiresAt = b.expiresAt;
    this.connectedAt = b.connectedAt;
    this.revokedAt = b.revokedAt;
    this.createdAt = b.createdAt;
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

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /**
   * The tenant the GSTIN belongs to; null for the account itself.
   *
   * <p>Wire name {@code tenant}. Required, may be null: empty when null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Wire name {@code description}. Required, may be null: empty when null. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The page to send to the business, with the one-time token in it. Only in the answer to {@code
   * createOnboardingLink}.
   *
   * <p>Wire name {@code url}. Optional: empty when absent.
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * {@code pending}: usable ({@code failure} holds the IRP's last refusal, if any). {@code
   * connected}: the IRP accepted the user and it is stored (the link is spent). {@code failed}: 5
   * attempts were refused. {@code expired}: not used before {@code expires_at}. {@code revoked}: by
   * {@code revokeOnboardingLink}, or replaced by a newer link for the GSTIN.
   *
   * <p>Wire name {@code status}. Required.
   */
  public OnboardingLinkStatus status() {
    return status;
  }

  /**
   * The IRP's last refusal of a user name or password entered on the page (never the password).
   *
   * <p>Wire name {@code failure}. Required, may be null: empty when null.
   */
  public Optional<OnboardingFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Refused attempts so far (the 5th turns the link {@code failed}).
   *
   * <p>Wire name {@code failed_attempts}. Required.
   */
  public Long failedAttempts() {
    return failedAttempts;
  }

  /** Wire name {@code expires_at}. Required. */
  public String expiresAt() {
    return expiresAt;
  }

  /** Wire name {@code connected_at}. Required, may be null: empty when null. */
  public Optional<String> connectedAt() {
    return Optional.ofNullable(connectedAt);
  }

  /** Wire name {@code revoked_at}. Required, may be null: empty when null. */
  public Optional<String> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code OnboardingLink};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * OnboardingLink.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static OnboardingLink fromJson(String json) {
    return Json.parse(json, OnboardingLink.class);
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
    b.gstin = gstin;
    b.tenant = tenant;
    b.description = description;
    b.url = url;
    b.status = status;
    b.failure = failure;
    b.failedAttempts = failedAttempts;
    b.expiresAt = expiresAt;
    b.connectedAt = connectedAt;
    b.revokedAt = revokedAt;
    b.createdAt = createdAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof OnboardingLink)) return false;
    OnboardingLink that = (OnboardingLink) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(description, that.description)
        && Objects.equals(url, that.url)
        && Objects.equals(status, that.status)
        && Objects.equals(failure, that.failure)
        && Objects.equals(failedAttempts, that.failedAttempts)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(connectedAt, that.connectedAt)
        && Objects.equals(revokedAt, that.revokedAt)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        gstin,
        tenant,
        description,
        url,
        status,
        failure,
        failedAttempts,
        expiresAt,
        connectedAt,
        revokedAt,
        createdAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "OnboardingLink{"
        + "id="
        + id
        + ", object="
        + object
        + ", gstin="
        + gstin
        + ", tenant="
        + tenant
        + ", description="
        + description
        + ", url="
        + url
        + ", status="
        + status
        + ", failure="
        + failure
        + ", failedAttempts="
        + failedAttempts
        + ", expiresAt="
        + expiresAt
        + ", connectedAt="
        + connectedAt
        + ", revokedAt="
        + revokedAt
        + ", createdAt="
        + createdAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link OnboardingLink}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String gstin;
    private String tenant;
    private String description;
    private String url;
    private OnboardingLinkStatus status;
    private OnboardingFailure failure;
    private Long failedAttempts;
    private String expiresAt;
    private String connectedAt;
    private String revokedAt;
    private String createdAt;
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

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    @JsonProperty("url")
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    @JsonProperty("status")
    public Builder status(OnboardingLinkStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("failure")
    public Builder failure(OnboardingFailure failure) {
      this.failure = failure;
      return this;
    }

    @JsonProperty("failed_attempts")
    public Builder failedAttempts(Long failedAttempts) {
      this.failedAttempts = failedAttempts;
      return this;
    }

    @JsonProperty("expires_at")
    public Builder expiresAt(String expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    @JsonProperty("connected_at")
    public Builder connectedAt(String connectedAt) {
      this.connectedAt = connectedAt;
      return this;
    }

    @JsonProperty("revoked_at")
    public Builder revokedAt(String revokedAt) {
      this.revokedAt = revokedAt;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public OnboardingLink build() {
      return new OnboardingLink(this);
    }
  }
}
