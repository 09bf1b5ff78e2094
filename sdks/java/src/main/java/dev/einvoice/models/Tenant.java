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

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Tenant.Builder.class)
public final class Tenant {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("metadata")
  private final Metadata metadata;

  @JsonProperty("plan")
  private final Plan plan;

  @JsonProperty("rate_limit_rps")
  private final Long rateLimitRps;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  private final Map<String, Object> additionalProperties;

  private Tenant(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.name = b.name;
    this.metadata = b.metadata;
    this.plan = b.plan;
    this.rateLimitRps = b.rateLimitRps;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
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

  /** Wire name {@code name}. Required. */
  public String name() {
    return name;
  }

  /** Wire name {@code metadata}. Required. */
  public Metadata metadata() {
    return metadata;
  }

  /** Wire name {@code plan}. Required. */
  public Plan plan() {
    return plan;
  }

  /**
   * The plan's rate (requests/s): the default of credentials created under the tenant's GSTINs.
   *
   * <p>Wire name {@code rate_limit_rps}. Required.
   */
  public Long rateLimitRps() {
    return rateLimitRps;
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
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Tenant}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Tenant.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Tenant fromJson(String json) {
    return Json.parse(json, Tenant.class);
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
    b.metadata = metadata;
    b.plan = plan;
    b.rateLimitRps = rateLimitRps;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Tenant)) return false;
    Tenant that = (Tenant) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(name, that.name)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(plan, that.plan)
        && Objects.equals(rateLimitRps, that.rateLimitRps)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, object, name, metadata, plan, rateLimitRps, createdAt, updatedAt, additionalProperties);
  }

  @Override
  public String toString() {
    return "Tenant{"
        + "id="
        + id
        + ", object="
        + object
        + ", name="
        + name
        + ", metadata="
        + metadata
        + ", plan="
        + plan
        + ", rateLimitRps="
        + rateLimitRps
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Tenant}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String name;
    private Metadata metadata;
    private Plan plan;
    private Long rateLimitRps;
    private String createdAt;
    private String updatedAt;
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

    @JsonProperty("metadata")
    public Builder metadata(Metadata metadata) {
      this.metadata = metadata;
      return this;
    }

    @JsonProperty("plan")
    public Builder plan(Plan plan) {
      this.plan = plan;
      return this;
    }

    @JsonProperty("rate_limit_rps")
    public Builder rateLimitRps(Long rateLimitRps) {
      this.rateLimitRps = rateLimitRps;
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

    public Tenant build() {
      return new Tenant(this);
    }
  }
}
