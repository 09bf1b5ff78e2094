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
 * A GSTIN's own API users on one GSP route. Passwords are never returned.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = GspRouteUser.Builder.class)
public final class GspRouteUser {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("route")
  private final String route;

  @JsonProperty("irp_username")
  private final String irpUsername;

  @JsonProperty("ewb_username")
  private final String ewbUsername;

  @JsonProperty("status")
  private final GspRouteUserStatus status;

  @JsonProperty("refused_reason")
  private final String refusedReason;

  @JsonProperty("refused_at")
  private final String refusedAt;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  private final Map<String, Object> additionalProperties;

  private GspRouteUser(Builder b) {
    this.object = b.object;
    this.gstin = b.gstin;
    this.route = b.route;
    this.irpUsername = b.irpUsername;
    this.ewbUsername = b.ewbUsername;
    this.status = b.status;
    this.refusedReason = b.refusedReason;
    this.refusedAt = b.refusedAt;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
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
   * The GSP route's name (`GET /v1/status` {@code gsps[].id}).
   *
   * <p>Wire name {@code route}. Required.
   */
  public String route() {
    return route;
  }

  /**
   * The e-invoice API user on this route.
   *
   * <p>Wire name {@code irp_username}. Required.
   */
  public String irpUsername() {
    return irpUsername;
  }

  /**
   * The e-way bill system user on this route; {@code null}: the e-invoice user is used.
   *
   * <p>Wire name {@code ewb_username}. Required, may be null: empty when null.
   */
  public Optional<String> ewbUsername() {
    return Optional.ofNullable(ewbUsername);
  }

  /**
   * {@code refused}: the route refused this login on a document's call and is unusable for the
   * GSTIN until the users are replaced.
   *
   * <p>Wire name {@code status}. Required.
   */
  public GspRouteUserStatus status() {
    return status;
  }

  /**
   * What the route answered (route name and NIC's code).
   *
   * <p>Wire name {@code refused_reason}. Required, may be null: empty when null.
   */
  public Optional<String> refusedReason() {
    return Optional.ofNullable(refusedReason);
  }

  /** Wire name {@code refused_at}. Required, may be null: empty when null. */
  public Optional<String> refusedAt() {
    return Optional.ofNullable(refusedAt);
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code updated_at}. Required. */
  public String updatedAt() {
    return updatedAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code GspRouteUser};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * GspRouteUser.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static GspRouteUser fromJson(String json) {
    return Json.parse(json, GspRouteUser.class);
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
    b.object = object;
    b.gstin = gstin;
    b.route = route;
    b.irpUsername = irpUsername;
    b.ewbUsername = ewbUsername;
    b.status = status;
    b.refusedReason = refusedReason;
    b.refusedAt = refusedAt;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GspRouteUser)) return false;
    GspRouteUser that = (GspRouteUser) o;
    return Objects.equals(object, that.object)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(route, that.route)
        && Objects.equals(irpUsername, that.irpUsername)
        && Objects.equals(ewbUsername, that.ewbUsername)
        && Objects.equals(status, that.status)
        && Objects.equals(refusedReason, that.refusedReason)
        && Objects.equals(refusedAt, that.refusedAt)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        gstin,
        route,
        irpUsername,
        ewbUsername,
        status,
        refusedReason,
        refusedAt,
        createdAt,
        updatedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "GspRouteUser{"
        + "object="
        + object
        + ", gstin="
        + gstin
        + ", route="
        + route
        + ", irpUsername="
        + irpUsername
        + ", ewbUsername="
        + ewbUsername
        + ", status="
        + status
        + ", refusedReason="
        + refusedReason
        + ", refusedAt="
        + refusedAt
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link GspRouteUser}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String gstin;
    private String route;
    private String irpUsername;
    private String ewbUsername;
    private GspRouteUserStatus status;
    private String refusedReason;
    private String refusedAt;
    private String createdAt;
    private String updatedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

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

    @JsonProperty("route")
    public Builder route(String route) {
      this.route = route;
      return this;
    }

    @JsonProperty("irp_username")
    public Builder irpUsername(String irpUsername) {
      this.irpUsername = irpUsername;
      return this;
    }

    @JsonProperty("ewb_username")
    public Builder ewbUsername(String ewbUsername) {
      this.ewbUsername = ewbUsername;
      return this;
    }

    @JsonProperty("status")
    public Builder status(GspRouteUserStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("refused_reason")
    public Builder refusedReason(String refusedReason) {
      this.refusedReason = refusedReason;
      return this;
    }

    @JsonProperty("refused_at")
    public Builder refusedAt(String refusedAt) {
      this.refusedAt = refusedAt;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("updated_at")
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public GspRouteUser build() {
      return new GspRouteUser(this);
    }
  }
}
