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
@JsonDeserialize(builder = CreateTenantRequest.Builder.class)
public final class CreateTenantRequest {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("metadata")
  private final Metadata metadata;

  @JsonProperty("plan")
  private final Plan plan;

  @JsonProperty("rate_limit_rps")
  private final Long rateLimitRps;

  private final Map<String, Object> additionalProperties;

  private CreateTenantRequest(Builder b) {
    this.name = b.name;
    this.metadata = b.metadata;
    this.plan = b.plan;
    this.rateLimitRps = b.rateLimitRps;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code name}. Required. */
  public String name() {
    return name;
  }

  /** Wire name {@code metadata}. Optional: empty when absent. */
  public Optional<Metadata> metadata() {
    return Optional.ofNullable(metadata);
  }

  /** Wire name {@code plan}. Optional: empty when absent. */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * With plan custom only (required then).
   *
   * <p>Wire name {@code rate_limit_rps}. Optional: empty when absent.
   */
  public Optional<Long> rateLimitRps() {
    return Optional.ofNullable(rateLimitRps);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * CreateTenantRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, CreateTenantRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CreateTenantRequest fromJson(String json) {
    return Json.parse(json, CreateTenantRequest.class);
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
    b.name = name;
    b.metadata = metadata;
    b.plan = plan;
    b.rateLimitRps = rateLimitRps;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateTenantRequest)) return false;
    CreateTenantRequest that = (CreateTenantRequest) o;
    return Objects.equals(name, that.name)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(plan, that.plan)
        && Objects.equals(rateLimitRps, that.rateLimitRps)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, metadata, plan, rateLimitRps, additionalProperties);
  }

  @Override
  public String toString() {
    return "CreateTenantRequest{"
        + "name="
        + name
        + ", metadata="
        + metadata
        + ", plan="
        + plan
        + ", rateLimitRps="
        + rateLimitRps
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CreateTenantRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String name;
    private Metadata metadata;
    private Plan plan;
    private Long rateLimitRps;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

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

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CreateTenantRequest build() {
      Objects.requireNonNull(name, "CreateTenantRequest.name (name) is required");
      return new CreateTenantRequest(this);
    }
  }
}
