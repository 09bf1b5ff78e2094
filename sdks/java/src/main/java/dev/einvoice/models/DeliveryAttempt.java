// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.math.BigDecimal;
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
@JsonDeserialize(builder = DeliveryAttempt.Builder.class)
public final class DeliveryAttempt {
  @JsonProperty("attempted_at")
  private final String attemptedAt;

  @JsonProperty("status_code")
  private final Long statusCode;

  @JsonProperty("latency_ms")
  private final BigDecimal latencyMs;

  @JsonProperty("response_excerpt")
  private final String responseExcerpt;

  @JsonProperty("error")
  private final String error;

  private final Map<String, Object> additionalProperties;

  private DeliveryAttempt(Builder b) {
    this.attemptedAt = b.attemptedAt;
    this.statusCode = b.statusCode;
    this.latencyMs = b.latencyMs;
    this.responseExcerpt = b.responseExcerpt;
    this.error = b.error;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code attempted_at}. Required. */
  public String attemptedAt() {
    return attemptedAt;
  }

  /**
   * The receiver's HTTP status; null when no answer.
   *
   * <p>Wire name {@code status_code}. Optional, may be null: empty when absent or null.
   */
  public Optional<Long> statusCode() {
    return Optional.ofNullable(statusCode);
  }

  /** Wire name {@code latency_ms}. Required. */
  public BigDecimal latencyMs() {
    return latencyMs;
  }

  /**
   * First 1 KiB of the receiver's answer.
   *
   * <p>Wire name {@code response_excerpt}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> responseExcerpt() {
    return Optional.ofNullable(responseExcerpt);
  }

  /**
   * Transport error ({@code timeout}, {@code connection_refused}, {@code ssrf_blocked}, ...).
   *
   * <p>Wire name {@code error}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code DeliveryAttempt};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * DeliveryAttempt.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static DeliveryAttempt fromJson(String json) {
    return Json.parse(json, DeliveryAttempt.class);
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
    b.attemptedAt = attemptedAt;
    b.statusCode = statusCode;
    b.latencyMs = latencyMs;
    b.responseExcerpt = responseExcerpt;
    b.error = error;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof DeliveryAttempt)) return false;
    DeliveryAttempt that = (DeliveryAttempt) o;
    return Objects.equals(attemptedAt, that.attemptedAt)
        && Objects.equals(statusCode, that.statusCode)
        && Objects.equals(latencyMs, that.latencyMs)
        && Objects.equals(responseExcerpt, that.responseExcerpt)
        && Objects.equals(error, that.error)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        attemptedAt, statusCode, latencyMs, responseExcerpt, error, additionalProperties);
  }

  @Override
  public String toString() {
    return "DeliveryAttempt{"
        + "attemptedAt="
        + attemptedAt
        + ", statusCode="
        + statusCode
        + ", latencyMs="
        + latencyMs
        + ", responseExcerpt="
        + responseExcerpt
        + ", error="
        + error
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link DeliveryAttempt}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String attemptedAt;
    private Long statusCode;
    private BigDecimal latencyMs;
    private String responseExcerpt;
    private String error;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("attempted_at")
    public Builder attemptedAt(String attemptedAt) {
      this.attemptedAt = attemptedAt;
      return this;
    }

    @JsonProperty("status_code")
    public Builder statusCode(Long statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    @JsonProperty("latency_ms")
    public Builder latencyMs(BigDecimal latencyMs) {
      this.latencyMs = latencyMs;
      return this;
    }

    @JsonProperty("response_excerpt")
    public Builder responseExcerpt(String responseExcerpt) {
      this.responseExcerpt = responseExcerpt;
      return this;
    }

    @JsonProperty("error")
    public Builder error(String error) {
      this.error = error;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public DeliveryAttempt build() {
      return new DeliveryAttempt(this);
    }
  }
}
