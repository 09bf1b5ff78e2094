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
@JsonDeserialize(builder = Credential.Builder.class)
public final class Credential {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("client_id")
  private final String clientId;

  @JsonProperty("gstin")
  private final String gstin;

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

  @JsonProperty("environment")
  private final Environment environment;

  @JsonProperty("secrets")
  private final List<CredentialSecret> secrets;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("revoked_at")
  private final String revokedAt;

  private final Map<String, Object> additionalProperties;

  private Credential(Builder b) {
    this.object = b.object;
    this.clientId = b.clientId;
    this.gstin = b.gstin;
    this.name = b.name;
    this.scopes = b.scopes == null ? null : Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.plan = b.plan;
    this.rateLimitRps = b.rateLimitRps;
    this.requireSignatures = b.requireSignatures;
    this.environment = b.environment;
    this.secrets =
        b.secrets == null ? null : Collections.unmodifiableList(new ArrayList<>(b.secrets));
    this.createdAt = b.createdAt;
    this.revokedAt = b.revokedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code client_id}. Required. */
  public String clientId() {
    return clientId;
  }

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code name}. Optional, may be null: empty when absent or null. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Wire name {@code scopes}. Required. */
  public List<Scope> scopes() {
    return scopes;
  }

  /** Wire name {@code plan}. Required. */
  public Plan plan() {
    return plan;
  }

  /** Wire name {@code rate_limit_rps}. Required. */
  public Long rateLimitRps() {
    return rateLimitRps;
  }

  /**
   * Unsigned or badly signed requests of this client are refused (see {@code createCredential}).
   *
   * <p>Wire name {@code require_signatures}. Required.
   */
  public Boolean requireSignatures() {
    return requireSignatures;
  }

  /** Wire name {@code environment}. Required. */
  public Environment environment() {
    return environment;
  }

  /** Wire name {@code secrets}. Required. */
  public List<CredentialSecret> secrets() {
    return secrets;
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code revoked_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Credential};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * Credential.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Credential fromJson(String json) {
    return Json.parse(json, Credential.class);
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
    b.clientId = clientId;
    b.gstin = gstin;
    b.name = name;
    b.scopes = scopes;
    b.plan = plan;
    b.rateLimitRps = rateLimitRps;
    b.requireSignatures = requireSignatures;
    b.environment = environment;
    b.secrets = secrets;
    b.createdAt = createdAt;
    b.revokedAt = revokedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Credential)) return false;
    Credential that = (Credential) o;
    return Objects.equals(object, that.object)
        && Objects.equals(clientId, that.clientId)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(name, that.name)
        && Objects.equals(scopes, that.scopes)
        && Objects.equals(plan, that.plan)
        && Objects.equals(rateLimitRps, that.rateLimitRps)
        && Objects.equals(requireSignatures, that.requireSignatures)
        && Objects.equals(environment, that.environment)
        && Objects.equals(secrets, that.secrets)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(revokedAt, that.revokedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        clientId,
        gstin,
        name,
        scopes,
        plan,
        rateLimitRps,
        requireSignatures,
        environment,
        secrets,
        createdAt,
        revokedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Credential{"
        + "object="
        + object
        + ", clientId="
        + clientId
        + ", gstin="
        + gstin
        + ", name="
        + name
        + ", scopes="
        + scopes
        + ", plan="
        + plan
        + ", rateLimitRps="
        + rateLimitRps
        + ", requireSignatures="
        + requireSignatures
        + ", environment="
        + environment
        + ", secrets="
        + secrets
        + ", createdAt="
        + createdAt
        + ", revokedAt="
        + revokedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Credential}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String clientId;
    private String gstin;
    private String name;
    private List<Scope> scopes;
    private Plan plan;
    private Long rateLimitRps;
    private Boolean requireSignatures;
    private Environment environment;
    private List<CredentialSecret> secrets;
    private String createdAt;
    private String revokedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("client_id")
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

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

    @JsonProperty("environment")
    public Builder environment(Environment environment) {
      this.environment = environment;
      return this;
    }

    @JsonProperty("secrets")
    public Builder secrets(List<CredentialSecret> secrets) {
      this.secrets = secrets;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("revoked_at")
    public Builder revokedAt(String revokedAt) {
      this.revokedAt = revokedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Credential build() {
      return new Credential(this);
    }
  }
}
