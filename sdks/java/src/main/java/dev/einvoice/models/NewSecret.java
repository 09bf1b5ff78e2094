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
@JsonDeserialize(builder = NewSecret.Builder.class)
public final class NewSecret {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("client_id")
  private final String clientId;

  @JsonProperty("client_secret")
  private final String clientSecret;

  @JsonProperty("secret")
  private final CredentialSecret secret;

  private final Map<String, Object> additionalProperties;

  private NewSecret(Builder b) {
    this.object = b.object;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.secret = b.secret;
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

  /**
   * The new secret. Shown once; store it now.
   *
   * <p>Wire name {@code client_secret}. Required.
   */
  public String clientSecret() {
    return clientSecret;
  }

  /** Wire name {@code secret}. Required. */
  public CredentialSecret secret() {
    return secret;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code NewSecret};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * NewSecret.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static NewSecret fromJson(String json) {
    return Json.parse(json, NewSecret.class);
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
    b.clientSecret = clientSecret;
    b.secret = secret;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof NewSecret)) return false;
    NewSecret that = (NewSecret) o;
    return Objects.equals(object, that.object)
        && Objects.equals(clientId, that.clientId)
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(secret, that.secret)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, clientId, clientSecret, secret, additionalProperties);
  }

  @Override
  public String toString() {
    return "NewSecret{"
        + "object="
        + object
        + ", clientId="
        + clientId
        + ", clientSecret="
        + clientSecret
        + ", secret="
        + secret
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link NewSecret}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String clientId;
    private String clientSecret;
    private CredentialSecret secret;
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

    @JsonProperty("client_secret")
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    @JsonProperty("secret")
    public Builder secret(CredentialSecret secret) {
      this.secret = secret;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public NewSecret build() {
      return new NewSecret(this);
    }
  }
}
