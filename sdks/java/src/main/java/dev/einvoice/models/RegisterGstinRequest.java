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
@JsonDeserialize(builder = RegisterGstinRequest.Builder.class)
public final class RegisterGstinRequest {
  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("irp_username")
  private final String irpUsername;

  @JsonProperty("irp_password")
  private final String irpPassword;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("large_taxpayer")
  private final Boolean largeTaxpayer;

  private final Map<String, Object> additionalProperties;

  private RegisterGstinRequest(Builder b) {
    this.gstin = b.gstin;
    this.irpUsername = b.irpUsername;
    this.irpPassword = b.irpPassword;
    this.description = b.description;
    this.largeTaxpayer = b.largeTaxpayer;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /**
   * API user created on the e-invoice portal for your GSP: printable ASCII without spaces, as the
   * portal issues it. NIC's login carries the user name and the password in one RSA block, so
   * together they fit in 66 characters ({@code "} and {@code \} count twice); a longer pair is 422
   * {@code irp_login_too_long}, before any IRP call.
   *
   * <p>Wire name {@code irp_username}. Required.
   */
  public String irpUsername() {
    return irpUsername;
  }

  /**
   * Its password (printable ASCII without spaces); encrypted at rest and never returned.
   *
   * <p>Wire name {@code irp_password}. Required.
   */
  public String irpPassword() {
    return irpPassword;
  }

  /** Wire name {@code description}. Optional: empty when absent. */
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
   * RegisterGstinRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, RegisterGstinRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static RegisterGstinRequest fromJson(String json) {
    return Json.parse(json, RegisterGstinRequest.class);
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
    b.gstin = gstin;
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
    if (!(o instanceof RegisterGstinRequest)) return false;
    RegisterGstinRequest that = (RegisterGstinRequest) o;
    return Objects.equals(gstin, that.gstin)
        && Objects.equals(irpUsername, that.irpUsername)
        && Objects.equals(irpPassword, that.irpPassword)
        && Objects.equals(description, that.description)
        && Objects.equals(largeTaxpayer, that.largeTaxpayer)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        gstin, irpUsername, irpPassword, description, largeTaxpayer, additionalProperties);
  }

  @Override
  public String toString() {
    return "RegisterGstinRequest{"
        + "gstin="
        + gstin
        + ", irpUsername="
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

  /** Builder of {@link RegisterGstinRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String gstin;
    private String irpUsername;
    private String irpPassword;
    private String description;
    private Boolean largeTaxpayer;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

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

    public RegisterGstinRequest build() {
      Objects.requireNonNull(gstin, "RegisterGstinRequest.gstin (gstin) is required");
      Objects.requireNonNull(
          irpUsername, "RegisterGstinRequest.irpUsername (irp_username) is required");
      Objects.requireNonNull(
          irpPassword, "RegisterGstinRequest.irpPassword (irp_password) is required");
      return new RegisterGstinRequest(this);
    }
  }
}
