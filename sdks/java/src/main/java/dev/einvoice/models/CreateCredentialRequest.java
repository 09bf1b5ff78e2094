// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = CreateCredentialRequest.Builder.class)
public final class CreateCredentialRequest {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("scopes")
  private final List<Scope> scopes;

  @JsonProperty("plan")
  private final Plan plan;

  @JsonProperty("rate_limit_rps")
  private final Long rateLimitRps;

  @JsonProperty("require_signatures")
  private final Boolean requireSignatures;

  private final Map<String, Object> additionalProperties;

  private CreateCredentialRequest(Builder b) {
    this.name = b.name;
    this.scopes = b.scopes == null ? null : Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.plan = b.plan;
    this.rateLimitRps = b.rateLimitRps;
    this.requireSignatures = b.requireSignatures;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * A label for you.
   *
   * <p>Wire name {@code name}. Optional: empty when absent.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Wire name {@code scopes}. Required. */
  public List<Scope> scopes() {
    return scopes;
  }

  /** Wire name {@code plan}. Optional: empty when absent. */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Only with plan {@code custom}.
   *
   * <p>Wire name {@code rate_limit_rps}. Optional: empty when absent.
   */
  public Optional<Long> rateLimitRps() {
    return Optional.ofNullable(rateLimitRps);
  }

  /**
   * Refuse this client's requests unless they carry a valid RFC 9421 signature made with its {@code
   * signing_key} (token requests included). Fixed at creation.
   *
   * <p>Wire name {@code require_signatures}. Optional: empty when absent.
   */
  public Optional<Boolean> requireSignatures() {
    return Optional.ofNullable(requireSignatures);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * CreateCredentialRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, CreateCredentialRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CreateCredentialRequest fromJson(String json) {
    return Json.parse(json, CreateCredentialRequest.class);
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
    b.scopes = scopes;
    b.plan = plan;
    b.rateLimitRps = rateLimitRps;
    b.requireSignatures = requireSignatures;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateCredentialRequest)) return false;
    CreateCredentialRequest that = (CreateCredentialRequest) o;
    return Objects.equals(name, that.name)
        && Objects.equals(scopes, that.scopes)
        && Objects.equals(plan, that.plan)
        && Objects.equals(rateLimitRps, that.rateLimitRps)
        && Objects.equals(requireSignatures, that.requireSignatures)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, scopes, plan, rateLimitRps, requireSignatures, additionalProperties);
  }

  @Override
  public String toString() {
    return "CreateCredentialRequest{"
        + "name="
        + name
        + ", scopes="
        + scopes
        + ", plan="
        + plan
        + ", rateLimitRps="
        + rateLimitRps
        + ", requireSignatures="
        + requireSignatures
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CreateCredentialRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String name;
    private List<Scope> scopes;
    private Plan plan;
    private Long rateLimitRps;
    private Boolean requireSignatures;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    @JsonProperty("scopes")
    public Builder scopes(List<Scope> scopes) {
      this.scopes = scopes;
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

    @JsonProperty("require_signatures")
    public Builder requireSignatures(Boolean requireSignatures) {
      this.requireSignatures = requireSignatures;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CreateCredentialRequest build() {
      Objects.requireNonNull(scopes, "CreateCredentialRequest.scopes (scopes) is required");
      return new CreateCredentialRequest(this);
    }
  }
}
