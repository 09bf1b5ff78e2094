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
@JsonDeserialize(builder = TokenResponse.Builder.class)
public final class TokenResponse {
  @JsonProperty("access_token")
  private final String accessToken;

  @JsonProperty("token_type")
  private final String tokenType;

  @JsonProperty("expires_in")
  private final Long expiresIn;

  @JsonProperty("scope")
  private final String scope;

  @JsonProperty("warnings")
  private final List<ApiWarning> warnings;

  private final Map<String, Object> additionalProperties;

  private TokenResponse(Builder b) {
    this.accessToken = b.accessToken;
    this.tokenType = b.tokenType;
    this.expiresIn = b.expiresIn;
    this.scope = b.scope;
    this.warnings =
        b.warnings == null ? null : Collections.unmodifiableList(new ArrayList<>(b.warnings));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Opaque bearer token for the credential's GSTIN.
   *
   * <p>Wire name {@code access_token}. Required.
   */
  public String accessToken() {
    return accessToken;
  }

  /** Wire name {@code token_type}. Required. */
  public String tokenType() {
    return tokenType;
  }

  /**
   * Lifetime in seconds (15 minutes by default).
   *
   * <p>Wire name {@code expires_in}. Required.
   */
  public Long expiresIn() {
    return expiresIn;
  }

  /**
   * Granted scopes, space-separated.
   *
   * <p>Wire name {@code scope}. Required.
   */
  public String scope() {
    return scope;
  }

  /**
   * Present when the request used a deprecated field (the form's {@code client_secret}).
   *
   * <p>Wire name {@code warnings}. Optional: empty when absent.
   */
  public Optional<List<ApiWarning>> warnings() {
    return Optional.ofNullable(warnings);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code TokenResponse};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * TokenResponse.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static TokenResponse fromJson(String json) {
    return Json.parse(json, TokenResponse.class);
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
    b.accessToken = accessToken;
    b.tokenType = tokenType;
    b.expiresIn = expiresIn;
    b.scope = scope;
    b.warnings = warnings;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TokenResponse)) return false;
    TokenResponse that = (TokenResponse) o;
    return Objects.equals(accessToken, that.accessToken)
        && Objects.equals(tokenType, that.tokenType)
        && Objects.equals(expiresIn, that.expiresIn)
        && Objects.equals(scope, that.scope)
        && Objects.equals(warnings, that.warnings)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, tokenType, expiresIn, scope, warnings, additionalProperties);
  }

  @Override
  public String toString() {
    return "TokenResponse{"
        + "accessToken="
        + accessToken
        + ", tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + ", warnings="
        + warnings
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link TokenResponse}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String accessToken;
    private String tokenType;
    private Long expiresIn;
    private String scope;
    private List<ApiWarning> warnings;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("access_token")
    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    @JsonProperty("token_type")
    public Builder tokenType(String tokenType) {
      this.tokenType = tokenType;
      return this;
    }

    @JsonProperty("expires_in")
    public Builder expiresIn(Long expiresIn) {
      this.expiresIn = expiresIn;
      return this;
    }

    @JsonProperty("scope")
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    @JsonProperty("warnings")
    public Builder warnings(List<ApiWarning> warnings) {
      this.warnings = warnings;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public TokenResponse build() {
      return new TokenResponse(this);
    }
  }
}
