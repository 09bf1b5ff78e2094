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
@JsonDeserialize(builder = RotateWebhookSecretRequest.Builder.class)
public final class RotateWebhookSecretRequest {
  @JsonProperty("grace_period_seconds")
  private final Long gracePeriodSeconds;

  private final Map<String, Object> additionalProperties;

  private RotateWebhookSecretRequest(Builder b) {
    this.gracePeriodSeconds = b.gracePeriodSeconds;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * How long the old secret keeps signing alongside the new one.
   *
   * <p>Wire name {@code grace_period_seconds}. Optional: empty when absent.
   */
  public Optional<Long> gracePeriodSeconds() {
    return Optional.ofNullable(gracePeriodSeconds);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * RotateWebhookSecretRequest}; members this SDK version does not know are kept. The same as
   * {@code Json.parse(json, RotateWebhookSecretRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static RotateWebhookSecretRequest fromJson(String json) {
    return Json.parse(json, RotateWebhookSecretRequest.class);
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
    b.gracePeriodSeconds = gracePeriodSeconds;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RotateWebhookSecretRequest)) return false;
    RotateWebhookSecretRequest that = (RotateWebhookSecretRequest) o;
    return Objects.equals(gracePeriodSeconds, that.gracePeriodSeconds)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gracePeriodSeconds, additionalProperties);
  }

  @Override
  public String toString() {
    return "RotateWebhookSecretRequest{"
        + "gracePeriodSeconds="
        + gracePeriodSeconds
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link RotateWebhookSecretRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long gracePeriodSeconds;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("grace_period_seconds")
    public Builder gracePeriodSeconds(Long gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public RotateWebhookSecretRequest build() {
      return new RotateWebhookSecretRequest(this);
    }
  }
}
