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
@JsonDeserialize(builder = RollApiKeyRequest.Builder.class)
public final class RollApiKeyRequest {
  @JsonProperty("expires_in_seconds")
  private final Long expiresInSeconds;

  private final Map<String, Object> additionalProperties;

  private RollApiKeyRequest(Builder b) {
    this.expiresInSeconds = b.expiresInSeconds;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * How long the old secret keeps working (0: it stops now).
   *
   * <p>Wire name {@code expires_in_seconds}. Optional: empty when absent.
   */
  public Optional<Long> expiresInSeconds() {
    return Optional.ofNullable(expiresInSeconds);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * RollApiKeyRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, RollApiKeyRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static RollApiKeyRequest fromJson(String json) {
    return Json.parse(json, RollApiKeyRequest.class);
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
    b.expiresInSeconds = expiresInSeconds;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RollApiKeyRequest)) return false;
    RollApiKeyRequest that = (RollApiKeyRequest) o;
    return Objects.equals(expiresInSeconds, that.expiresInSeconds)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expiresInSeconds, additionalProperties);
  }

  @Override
  public String toString() {
    return "RollApiKeyRequest{"
        + "expiresInSeconds="
        + expiresInSeconds
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link RollApiKeyRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long expiresInSeconds;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("expires_in_seconds")
    public Builder expiresInSeconds(Long expiresInSeconds) {
      this.expiresInSeconds = expiresInSeconds;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public RollApiKeyRequest build() {
      return new RollApiKeyRequest(this);
    }
  }
}
