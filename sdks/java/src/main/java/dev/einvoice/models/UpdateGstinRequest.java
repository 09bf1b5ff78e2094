// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The members to change; at least one.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = UpdateGstinRequest.Builder.class)
public final class UpdateGstinRequest {
  private final String irpUsername;
  private final String irpPassword;
  private final String description;
  private final Boolean largeTaxpayer;
  private final Map<String, Object> additionalProperties;

  private UpdateGstinRequest(Builder b) {
    this.irpUsername = b.irpUsername;
    this.irpPassword = b.irpPassword;
    this.description = b.description;
    this.largeTaxpayer = b.largeTaxpayer;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * A new IRP API user name (checked against the IRP with the password).
   *
   * <p>Wire name {@code irp_username}. Optional.
   */
  @JsonProperty("irp_username")
  public String irpUsername() {
    return irpUsername;
  }

  /**
   * A new password for the IRP user; encrypted at rest and never returned.
   *
   * <p>Wire name {@code irp_password}. Optional.
   */
  @JsonProperty("irp_password")
  public String irpPassword() {
    return irpPassword;
  }

  /**
   * A note for your records; {@code null} clears it, leaving it out keeps it.
   *
   * <p>Wire name {@code description}. Optional. May be null.
   */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /**
   * AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does.
   *
   * <p>Wire name {@code large_taxpayer}. Optional.
   */
  @JsonProperty("large_taxpayer")
  public Boolean largeTaxpayer() {
    return largeTaxpayer;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.irpUsername = irpUsername;
    b.irpPassword = irpPassword;
    b.description = description;
    b.largeTaxpayer = largeTaxpayer;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UpdateGstinRequest)) return false;
    UpdateGstinRequest that = (UpdateGstinRequest) o;
    return Objects.equals(irpUsername, that.irpUsername)
        && Objects.equals(irpPassword, that.irpPassword)
        && Objects.equals(description, that.description)
        && Objects.equals(largeTaxpayer, that.largeTaxpayer)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(irpUsername, irpPassword, description, largeTaxpayer, additionalProperties);
  }

  @Override
  public String toString() {
    return "UpdateGstinRequest{"
        + "irpUsername="
        + irpUsername
        + ", irpPassword="
        + irpPassword
        + ", description="
        + description
        + ", largeTaxpayer="
        + largeTaxpayer
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link UpdateGstinRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String irpUsername;
    private String irpPassword;
    private String description;
    private Boolean largeTaxpayer;
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

    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    @JsonProperty("large_taxpayer")
    public Builder largeTaxpayer(Boolean largeTaxpayer) {
      this.largeTaxpayer = largeTaxpayer;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public UpdateGstinRequest build() {
      return new UpdateGstinRequest(this);
    }
  }
}
