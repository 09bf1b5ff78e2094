// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A new credential with its secret and its request-signing key, shown this once.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = CredentialWithSecret.Builder.class)
public final class CredentialWithSecret {
  private final String object;
  private final String clientId;
  private final String gstin;
  private final String name;
  private final List<Scope> scopes;
  private final Plan plan;
  private final Long rateLimitRps;
  private final Boolean requireSignatures;
  private final Environment environment;
  private final List<CredentialSecret> secrets;
  private final String createdAt;
  private final String revokedAt;
  private final String clientSecret;
  private final SigningKey signingKey;
  private final Map<String, Object> additionalProperties;

  private CredentialWithSecret(Builder b) {
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
    this.clientSecret = b.clientSecret;
    this.signingKey = b.signingKey;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code object}. Required. */
  @JsonProperty("object")
  public String object() {
    return object;
  }

  /** Wire name {@code client_id}. Required. */
  @JsonProperty("client_id")
  public String clientId() {
    return clientId;
  }

  /** Wire name {@code gstin}. Required. */
  @JsonProperty("gstin")
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code name}. Optional. May be null. */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** Wire name {@code scopes}. Required. */
  @JsonProperty("scopes")
  public List<Scope> scopes() {
    return scopes;
  }

  /** Wire name {@code plan}. Required. */
  @JsonProperty("plan")
  public Plan plan() {
    return plan;
  }

  /** Wire name {@code rate_limit_rps}. Required. */
  @JsonProperty("rate_limit_rps")
  public Long rateLimitRps() {
    return rateLimitRps;
  }

  /**
   * Unsigned or badly signed requests of this client are refused (see {@code createCredential}).
   *
   * <p>Wire name {@code require_signatures}. Required.
   */
  @JsonProperty("require_signatures")
  public Boolean requireSignatures() {
    return requireSignatures;
  }

  /** Wire name {@code environment}. Required. */
  @JsonProperty("environment")
  public Environment environment() {
    return environment;
  }

  /** Wire name {@code secrets}. Required. */
  @JsonProperty("secrets")
  public List<CredentialSecret> secrets() {
    return secrets;
  }

  /** Wire name {@code created_at}. Required. */
  @JsonProperty("created_at")
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code revoked_at}. Optional. May be null. */
  @JsonProperty("revoked_at")
  public String revokedAt() {
    return revokedAt;
  }

  /**
   * The secret. Shown once; store it now.
   *
   * <p>Wire name {@code client_secret}. Required.
   */
  @JsonProperty("client_secret")
  public String clientSecret() {
    return clientSecret;
  }

  /** Wire name {@code signing_key}. Required. */
  @JsonProperty("signing_key")
  public SigningKey signingKey() {
    return signingKey;
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
    b.clientSecret = clientSecret;
    b.signingKey = signingKey;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CredentialWithSecret)) return false;
    CredentialWithSecret that = (CredentialWithSecret) o;
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
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(signingKey, that.signingKey)
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
        clientSecret,
        signingKey,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "CredentialWithSecret{"
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
        + ", clientSecret="
        + clientSecret
        + ", signingKey="
        + signingKey
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CredentialWithSecret}. */
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
    private String clientSecret;
    private SigningKey signingKey;
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

    @JsonProperty("client_secret")
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    @JsonProperty("signing_key")
    public Builder signingKey(SigningKey signingKey) {
      this.signingKey = signingKey;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CredentialWithSecret build() {
      return new CredentialWithSecret(this);
    }
  }
}
