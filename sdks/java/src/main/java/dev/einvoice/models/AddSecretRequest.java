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
@JsonDeserialize(builder = AddSecretRequest.Builder.class)
public final class AddSecretRequest {
  @JsonProperty("expires_in")
  private final Long expiresIn;

  private final Map<String, Object> additionalProperties;

  private AddSecretRequest(Builder b) {
    this.expiresIn = b.expiresIn;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Optional lifetime of the new secret in seconds.
   *
   * <p>Wire name {@code expires_in}. Optional: empty when absent.
   */
  public Optional<Long> expiresIn() {
    return Optional.ofNullable(expiresIn);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code AddSecretRequest};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * AddSecretRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static AddSecretRequest fromJson(String json) {
    return Json.parse(json, AddSecretRequest.class);
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
    b.expiresIn = expiresIn;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AddSecretRequest)) return false;
    AddSecretRequest that = (AddSecretRequest) o;
    return Objects.equals(expiresIn, that.expiresIn)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expiresIn, additionalProperties);
  }

  @Override
  public String toString() {
    return "AddSecretRequest{"
        + "expiresIn="
        + expiresIn
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link AddSecretRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long expiresIn;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("expires_in")
    public Builder expiresIn(Long expiresIn) {
      this.expiresIn = expiresIn;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public AddSecretRequest build() {
      return new AddSecretRequest(this);
    }
  }
}
