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
@JsonDeserialize(builder = Gstin.Builder.class)
public final class Gstin {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("environment")
  private final Environment environment;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("irp_username")
  private final String irpUsername;

  @JsonProperty("irp_password_set")
  private final Boolean irpPasswordSet;

  @JsonProperty("large_taxpayer")
  private final Boolean largeTaxpayer;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  private final Map<String, Object> additionalProperties;

  private Gstin(Builder b) {
    this.object = b.object;
    this.gstin = b.gstin;
    this.environment = b.environment;
    this.description = b.description;
    this.irpUsername = b.irpUsername;
    this.irpPasswordSet = b.irpPasswordSet;
    this.largeTaxpayer = b.largeTaxpayer;
    this.tenant = b.tenant;
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

  /** Wire name {@code environment}. Required. */
  public Environment environment() {
    return environment;
  }

  /** Wire name {@code description}. Optional, may be null: empty when absent or null. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Wire name {@code irp_username}. Required. */
  public String irpUsername() {
    return irpUsername;
  }

  /**
   * An IRP password is stored (it is never returned).
   *
   * <p>Wire name {@code irp_password_set}. Required.
   */
  public Boolean irpPasswordSet() {
    return irpPasswordSet;
  }

  /** Wire name {@code large_taxpayer}. Optional: empty when absent. */
  public Optional<Boolean> largeTaxpayer() {
    return Optional.ofNullable(largeTaxpayer);
  }

  /**
   * The tenant it belongs to (null: the account itself).
   *
   * <p>Wire name {@code tenant}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
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
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Gstin}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Gstin.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Gstin fromJson(String json) {
    return Json.parse(json, Gstin.class);
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
    b.environment = environment;
    b.description = description;
    b.irpUsername = irpUsername;
    b.irpPasswordSet = irpPasswordSet;
    b.largeTaxpayer = largeTaxpayer;
    b.tenant = tenant;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Gstin)) return false;
    Gstin that = (Gstin) o;
    return Objects.equals(object, that.object)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(environment, that.environment)
        && Objects.equals(description, that.description)
        && Objects.equals(irpUsername, that.irpUsername)
        && Objects.equals(irpPasswordSet, that.irpPasswordSet)
        && Objects.equals(largeTaxpayer, that.largeTaxpayer)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        gstin,
        environment,
        description,
        irpUsername,
        irpPasswordSet,
        largeTaxpayer,
        tenant,
        createdAt,
        updatedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Gstin{"
        + "object="
        + object
        + ", gstin="
        + gstin
        + ", environment="
        + environment
        + ", description="
        + description
        + ", irpUsername="
        + irpUsername
        + ", irpPasswordSet="
        + irpPasswordSet
        + ", largeTaxpayer="
        + largeTaxpayer
        + ", tenant="
        + tenant
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Gstin}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String gstin;
    private Environment environment;
    private String description;
    private String irpUsername;
    private Boolean irpPasswordSet;
    private Boolean largeTaxpayer;
    private String tenant;
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

    @JsonProperty("environment")
    public Builder environment(Environment environment) {
      this.environment = environment;
      return this;
    }

    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    @JsonProperty("irp_username")
    public Builder irpUsername(String irpUsername) {
      this.irpUsername = irpUsername;
      return this;
    }

    @JsonProperty("irp_password_set")
    public Builder irpPasswordSet(Boolean irpPasswordSet) {
      this.irpPasswordSet = irpPasswordSet;
      return this;
    }

    @JsonProperty("large_taxpayer")
    public Builder largeTaxpayer(Boolean largeTaxpayer) {
      this.largeTaxpayer = largeTaxpayer;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
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

    public Gstin build() {
      return new Gstin(this);
    }
  }
}
