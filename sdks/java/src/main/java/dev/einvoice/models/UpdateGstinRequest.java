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
 * The members to change; at least one.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = UpdateGstinRequest.Builder.class)
public final class UpdateGstinRequest {
  @JsonProperty("irp_username")
  private final String irpUsername;

  @JsonProperty("irp_password")
  private final String irpPassword;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("large_taxpayer")
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
   * <p>Wire name {@code irp_username}. Optional: empty when absent.
   */
  public Optional<String> irpUsername() {
    return Optional.ofNullable(irpUsername);
  }

  /**
   * A new password for the IRP user; encrypted at rest and never returned.
   *
   * <p>Wire name {@code irp_password}. Optional: empty when absent.
   */
  public Optional<String> irpPassword() {
    return Optional.ofNullable(irpPassword);
  }

  /**
   * A note for your records; {@code null} clears it, leaving it out keeps it.
   *
   * <p>Wire name {@code description}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does.
   *
   * <p>Wire name {@code large_taxpayer}. Optional: empty when absent.
   */
  public Optional<Boolean> largeTaxpayer() {
    return Optional.ofNullable(largeTaxpayer);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * UpdateGstinRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, UpdateGstinRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static UpdateGstinRequest fromJson(String json) {
    return Json.parse(json, UpdateGstinRequest.class);
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
