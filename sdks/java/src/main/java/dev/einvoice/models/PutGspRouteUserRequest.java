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
@JsonDeserialize(builder = PutGspRouteUserRequest.Builder.class)
public final class PutGspRouteUserRequest {
  @JsonProperty("irp_username")
  private final String irpUsername;

  @JsonProperty("irp_password")
  private final String irpPassword;

  @JsonProperty("ewb_username")
  private final String ewbUsername;

  @JsonProperty("ewb_password")
  private final String ewbPassword;

  private final Map<String, Object> additionalProperties;

  private PutGspRouteUserRequest(Builder b) {
    this.irpUsername = b.irpUsername;
    this.irpPassword = b.irpPassword;
    this.ewbUsername = b.ewbUsername;
    this.ewbPassword = b.ewbPassword;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The e-invoice API user created for this GSP (its name carries the GSP's suffix).
   *
   * <p>Wire name {@code irp_username}. Required.
   */
  public String irpUsername() {
    return irpUsername;
  }

  /**
   * Its password; encrypted at rest and never returned.
   *
   * <p>Wire name {@code irp_password}. Required.
   */
  public String irpPassword() {
    return irpPassword;
  }

  /**
   * The e-way bill system API user for this GSP; with ewb_password.
   *
   * <p>Wire name {@code ewb_username}. Optional: empty when absent.
   */
  public Optional<String> ewbUsername() {
    return Optional.ofNullable(ewbUsername);
  }

  /**
   * Its password; encrypted at rest and never returned.
   *
   * <p>Wire name {@code ewb_password}. Optional: empty when absent.
   */
  public Optional<String> ewbPassword() {
    return Optional.ofNullable(ewbPassword);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * PutGspRouteUserRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, PutGspRouteUserRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static PutGspRouteUserRequest fromJson(String json) {
    return Json.parse(json, PutGspRouteUserRequest.class);
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
    b.irpUsername = irpUsername;
    b.irpPassword = irpPassword;
    b.ewbUsername = ewbUsername;
    b.ewbPassword = ewbPassword;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof PutGspRouteUserRequest)) return false;
    PutGspRouteUserRequest that = (PutGspRouteUserRequest) o;
    return Objects.equals(irpUsername, that.irpUsername)
        && Objects.equals(irpPassword, that.irpPassword)
        && Objects.equals(ewbUsername, that.ewbUsername)
        && Objects.equals(ewbPassword, that.ewbPassword)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(irpUsername, irpPassword, ewbUsername, ewbPassword, additionalProperties);
  }

  @Override
  public String toString() {
    return "PutGspRouteUserRequest{"
        + "irpUsername="
        + irpUsername
        + ", irpPassword="
        + irpPassword
        + ", ewbUsername="
        + ewbUsername
        + ", ewbPassword="
        + ewbPassword
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link PutGspRouteUserRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String irpUsername;
    private String irpPassword;
    private String ewbUsername;
    private String ewbPassword;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("irp_username")
    public Builder irpUsername(String irpUsername) {
      this.irpUsername = irpUsername;
      return this;
    }

    @JsonProperty("irp_password")
    public Builder irpPassword(String irpPassword) {
      this.irpPassword = irpPassword;
      return this;
    }

    @JsonProperty("ewb_username")
    public Builder ewbUsername(String ewbUsername) {
      this.ewbUsername = ewbUsername;
      return this;
    }

    @JsonProperty("ewb_password")
    public Builder ewbPassword(String ewbPassword) {
      this.ewbPassword = ewbPassword;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public PutGspRouteUserRequest build() {
      Objects.requireNonNull(
          irpUsername, "PutGspRouteUserRequest.irpUsername (irp_username) is required");
      Objects.requireNonNull(
          irpPassword, "PutGspRouteUserRequest.irpPassword (irp_password) is required");
      return new PutGspRouteUserRequest(this);
    }
  }
}
