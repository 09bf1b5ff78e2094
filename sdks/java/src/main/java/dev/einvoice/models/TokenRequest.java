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
@JsonDeserialize(builder = TokenRequest.Builder.class)
public final class TokenRequest {
  @JsonProperty("grant_type")
  private final String grantType;

  @JsonProperty("scope")
  private final String scope;

  @JsonProperty("client_id")
  private final String clientId;

  @JsonProperty("client_secret")
  private final String clientSecret;

  private final Map<String, Object> additionalProperties;

  private TokenRequest(Builder b) {
    this.grantType = b.grantType;
    this.scope = b.scope;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Always {@code client_credentials}.
   *
   * <p>Wire name {@code grant_type}. Required.
   */
  public String grantType() {
    return grantType;
  }

  /**
   * Space-separated scopes; a subset of the credential's (default: all of them).
   *
   * <p>Wire name {@code scope}. Optional: empty when absent.
   */
  public Optional<String> scope() {
    return Optional.ofNullable(scope);
  }

  /**
   * Only when not using HTTP Basic.
   *
   * <p>Wire name {@code client_id}. Optional: empty when absent.
   */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /**
   * Deprecated (sunset 2027-03-05): authenticate with HTTP Basic instead (RFC 6749 §2.3.1). Still
   * accepted until then; a request that sends it gets a {@code warnings} entry and the {@code
   * Deprecation}/{@code Sunset} headers.
   *
   * <p>Wire name {@code client_secret}. Optional: empty when absent.
   */
  public Optional<String> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code TokenRequest};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * TokenRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static TokenRequest fromJson(String json) {
    return Json.parse(json, TokenRequest.class);
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
    b.grantType = grantType;
    b.scope = scope;
    b.clientId = clientId;
    b.clientSecret = clientSecret;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TokenRequest)) return false;
    TokenRequest that = (TokenRequest) o;
    return Objects.equals(grantType, that.grantType)
        && Objects.equals(scope, that.scope)
        && Objects.equals(clientId, that.clientId)
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grantType, scope, clientId, clientSecret, additionalProperties);
  }

  @Override
  public String toString() {
    return "TokenRequest{"
        + "grantType="
        + grantType
        + ", scope="
        + scope
        + ", clientId="
        + clientId
        + ", clientSecret="
        + clientSecret
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link TokenRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String grantType;
    private String scope;
    private String clientId;
    private String clientSecret;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("grant_type")
    public Builder grantType(String grantType) {
      this.grantType = grantType;
      return this;
    }

    @JsonProperty("scope")
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    @JsonProperty("client_id")
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    @JsonProperty("client_secret")
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public TokenRequest build() {
      Objects.requireNonNull(grantType, "TokenRequest.grantType (grant_type) is required");
      return new TokenRequest(this);
    }
  }
}
