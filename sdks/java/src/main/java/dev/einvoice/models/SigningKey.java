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
 * RFC 9421 HTTP Message Signatures for this credential's requests: HMAC-SHA256 over {@code
 * "@method"}, {@code "@target-uri"} and, with a body, {@code "content-digest"} (RFC 9530), with
 * {@code created}, {@code keyid} (the client id) and {@code alg}. Unsigned requests are accepted
 * unless the credential has {@code require_signatures}; then they are refused with 401 {@code
 * invalid_signature}. A signed request that does not verify (wrong key, changed body, {@code
 * created} more than 300 s off) is refused with 401 {@code invalid_signature} and
 * `WWW-Authenticate: Bearer error="invalid_token"`; Signature headers that cannot be read (one
 * without the other, an unknown {@code alg}, other covered components) with 400 {@code
 * invalid_signature} and {@code error="invalid_request"}. Refusals carry {@code Accept-Signature}
 * (RFC 9421 §5.1). The token request is signed the same way. Shown once; the SDKs sign when given
 * it.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = SigningKey.Builder.class)
public final class SigningKey {
  @JsonProperty("key_id")
  private final String keyId;

  @JsonProperty("secret")
  private final String secret;

  @JsonProperty("alg")
  private final String alg;

  private final Map<String, Object> additionalProperties;

  private SigningKey(Builder b) {
    this.keyId = b.keyId;
    this.secret = b.secret;
    this.alg = b.alg;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The keyid to sign with (the client id).
   *
   * <p>Wire name {@code key_id}. Required.
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The HMAC key, base64 (32 bytes).
   *
   * <p>Wire name {@code secret}. Required.
   */
  public String secret() {
    return secret;
  }

  /** Wire name {@code alg}. Required. */
  public String alg() {
    return alg;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code SigningKey};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * SigningKey.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static SigningKey fromJson(String json) {
    return Json.parse(json, SigningKey.class);
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
    b.keyId = keyId;
    b.secret = secret;
    b.alg = alg;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SigningKey)) return false;
    SigningKey that = (SigningKey) o;
    return Objects.equals(keyId, that.keyId)
        && Objects.equals(secret, that.secret)
        && Objects.equals(alg, that.alg)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyId, secret, alg, additionalProperties);
  }

  @Override
  public String toString() {
    return "SigningKey{"
        + "keyId="
        + keyId
        + ", secret="
        + secret
        + ", alg="
        + alg
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link SigningKey}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String keyId;
    private String secret;
    private String alg;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("key_id")
    public Builder keyId(String keyId) {
      this.keyId = keyId;
      return this;
    }

    @JsonProperty("secret")
    public Builder secret(String secret) {
      this.secret = secret;
      return this;
    }

    @JsonProperty("alg")
    public Builder alg(String alg) {
      this.alg = alg;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public SigningKey build() {
      return new SigningKey(this);
    }
  }
}
