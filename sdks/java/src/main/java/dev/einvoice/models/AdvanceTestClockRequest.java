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
 * Exactly one of {@code frozen_time} and {@code advance_by_seconds}.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = AdvanceTestClockRequest.Builder.class)
public final class AdvanceTestClockRequest {
  @JsonProperty("frozen_time")
  private final String frozenTime;

  @JsonProperty("advance_by_seconds")
  private final Long advanceBySeconds;

  private final Map<String, Object> additionalProperties;

  private AdvanceTestClockRequest(Builder b) {
    this.frozenTime = b.frozenTime;
    this.advanceBySeconds = b.advanceBySeconds;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code frozen_time}. Optional: empty when absent. */
  public Optional<String> frozenTime() {
    return Optional.ofNullable(frozenTime);
  }

  /**
   * Seconds to move forward (at most 366 days).
   *
   * <p>Wire name {@code advance_by_seconds}. Optional: empty when absent.
   */
  public Optional<Long> advanceBySeconds() {
    return Optional.ofNullable(advanceBySeconds);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * AdvanceTestClockRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, AdvanceTestClockRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static AdvanceTestClockRequest fromJson(String json) {
    return Json.parse(json, AdvanceTestClockRequest.class);
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
    b.frozenTime = frozenTime;
    b.advanceBySeconds = advanceBySeconds;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AdvanceTestClockRequest)) return false;
    AdvanceTestClockRequest that = (AdvanceTestClockRequest) o;
    return Objects.equals(frozenTime, that.frozenTime)
        && Objects.equals(advanceBySeconds, that.advanceBySeconds)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frozenTime, advanceBySeconds, additionalProperties);
  }

  @Override
  public String toString() {
    return "AdvanceTestClockRequest{"
        + "frozenTime="
        + frozenTime
        + ", advanceBySeconds="
        + advanceBySeconds
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link AdvanceTestClockRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String frozenTime;
    private Long advanceBySeconds;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("frozen_time")
    public Builder frozenTime(String frozenTime) {
      this.frozenTime = frozenTime;
      return this;
    }

    @JsonProperty("advance_by_seconds")
    public Builder advanceBySeconds(Long advanceBySeconds) {
      this.advanceBySeconds = advanceBySeconds;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public AdvanceTestClockRequest build() {
      return new AdvanceTestClockRequest(this);
    }
  }
}
