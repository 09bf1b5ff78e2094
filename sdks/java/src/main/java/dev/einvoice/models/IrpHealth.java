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
@JsonDeserialize(builder = IrpHealth.Builder.class)
public final class IrpHealth {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("status")
  private final HealthState status;

  @JsonProperty("latency_ms")
  private final LatencySummary latencyMs;

  @JsonProperty("error_rate")
  private final BigDecimal errorRate;

  private final Map<String, Object> additionalProperties;

  private IrpHealth(Builder b) {
    this.id = b.id;
    this.status = b.status;
    this.latencyMs = b.latencyMs;
    this.errorRate = b.errorRate;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * {@code NIC1}, {@code NIC2}, or {@code SANDBOX}.
   *
   * <p>Wire name {@code id}. Required.
   */
  public String id() {
    return id;
  }

  /** Wire name {@code status}. Required. */
  public HealthState status() {
    return status;
  }

  /** Wire name {@code latency_ms}. Optional: empty when absent. */
  public Optional<LatencySummary> latencyMs() {
    return Optional.ofNullable(latencyMs);
  }

  /** Wire name {@code error_rate}. Optional: empty when absent. */
  public Optional<BigDecimal> errorRate() {
    return Optional.ofNullable(errorRate);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code IrpHealth};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * IrpHealth.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static IrpHealth fromJson(String json) {
    return Json.parse(json, IrpHealth.class);
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
    b.id = id;
    b.status = status;
    b.latencyMs = latencyMs;
    b.errorRate = errorRate;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof IrpHealth)) return false;
    IrpHealth that = (IrpHealth) o;
    return Objects.equals(id, that.id)
        && Objects.equals(status, that.status)
        && Objects.equals(latencyMs, that.latencyMs)
        && Objects.equals(errorRate, that.errorRate)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, latencyMs, errorRate, additionalProperties);
  }

  @Override
  public String toString() {
    return "IrpHealth{"
        + "id="
        + id
        + ", status="
        + status
        + ", latencyMs="
        + latencyMs
        + ", errorRate="
        + errorRate
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link IrpHealth}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private HealthState status;
    private LatencySummary latencyMs;
    private BigDecimal errorRate;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("status")
    public Builder status(HealthState status) {
      this.status = status;
      return this;
    }

    @JsonProperty("latency_ms")
    public Builder latencyMs(LatencySummary latencyMs) {
      this.latencyMs = latencyMs;
      return this;
    }

    @JsonProperty("error_rate")
    public Builder errorRate(BigDecimal errorRate) {
      this.errorRate = errorRate;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public IrpHealth build() {
      return new IrpHealth(this);
    }
  }
}
