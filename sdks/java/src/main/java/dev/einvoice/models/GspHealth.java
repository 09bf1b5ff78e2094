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
@JsonDeserialize(builder = GspHealth.Builder.class)
public final class GspHealth {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("priority")
  private final Long priority;

  @JsonProperty("status")
  private final HealthState status;

  @JsonProperty("circuit")
  private final GspHealthCircuit circuit;

  @JsonProperty("latency_ms")
  private final LatencySummary latencyMs;

  @JsonProperty("error_rate")
  private final BigDecimal errorRate;

  @JsonProperty("last_error_at")
  private final String lastErrorAt;

  private final Map<String, Object> additionalProperties;

  private GspHealth(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.priority = b.priority;
    this.status = b.status;
    this.circuit = b.circuit;
    this.latencyMs = b.latencyMs;
    this.errorRate = b.errorRate;
    this.lastErrorAt = b.lastErrorAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  public String id() {
    return id;
  }

  /** Wire name {@code name}. Optional: empty when absent. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Wire name {@code priority}. Optional: empty when absent. */
  public Optional<Long> priority() {
    return Optional.ofNullable(priority);
  }

  /** Wire name {@code status}. Required. */
  public HealthState status() {
    return status;
  }

  /**
   * {@code half_open}: the next call is a probe (the circuit was open for {@code
   * GSP_HALF_OPEN_AFTER_MS}).
   *
   * <p>Wire name {@code circuit}. Required.
   */
  public GspHealthCircuit circuit() {
    return circuit;
  }

  /** Wire name {@code latency_ms}. Optional: empty when absent. */
  public Optional<LatencySummary> latencyMs() {
    return Optional.ofNullable(latencyMs);
  }

  /**
   * Share of failed calls over the last 5 minutes, since the circuit last closed.
   *
   * <p>Wire name {@code error_rate}. Optional: empty when absent.
   */
  public Optional<BigDecimal> errorRate() {
    return Optional.ofNullable(errorRate);
  }

  /** Wire name {@code last_error_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> lastErrorAt() {
    return Optional.ofNullable(lastErrorAt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code GspHealth};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * GspHealth.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static GspHealth fromJson(String json) {
    return Json.parse(json, GspHealth.class);
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
    b.name = name;
    b.priority = priority;
    b.status = status;
    b.circuit = circuit;
    b.latencyMs = latencyMs;
    b.errorRate = errorRate;
    b.lastErrorAt = lastErrorAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GspHealth)) return false;
    GspHealth that = (GspHealth) o;
    return Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(priority, that.priority)
        && Objects.equals(status, that.status)
        && Objects.equals(circuit, that.circuit)
        && Objects.equals(latencyMs, that.latencyMs)
        && Objects.equals(errorRate, that.errorRate)
        && Objects.equals(lastErrorAt, that.lastErrorAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        priority,
        status,
        circuit,
        latencyMs,
        errorRate,
        lastErrorAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "GspHealth{"
        + "id="
        + id
        + ", name="
        + name
        + ", priority="
        + priority
        + ", status="
        + status
        + ", circuit="
        + circuit
        + ", latencyMs="
        + latencyMs
        + ", errorRate="
        + errorRate
        + ", lastErrorAt="
        + lastErrorAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link GspHealth}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String name;
    private Long priority;
    private HealthState status;
    private GspHealthCircuit circuit;
    private LatencySummary latencyMs;
    private BigDecimal errorRate;
    private String lastErrorAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    @JsonProperty("priority")
    public Builder priority(Long priority) {
      this.priority = priority;
      return this;
    }

    @JsonProperty("status")
    public Builder status(HealthState status) {
      this.status = status;
      return this;
    }

    @JsonProperty("circuit")
    public Builder circuit(GspHealthCircuit circuit) {
      this.circuit = circuit;
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

    @JsonProperty("last_error_at")
    public Builder lastErrorAt(String lastErrorAt) {
      this.lastErrorAt = lastErrorAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public GspHealth build() {
      return new GspHealth(this);
    }
  }
}
