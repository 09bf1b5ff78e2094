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
 * One attempt on the government side.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = UpstreamAttempt.Builder.class)
public final class UpstreamAttempt {
  @JsonProperty("gsp")
  private final String gsp;

  @JsonProperty("irp")
  private final String irp;

  @JsonProperty("status")
  private final Long status;

  @JsonProperty("nic_code")
  private final String nicCode;

  @JsonProperty("latency_ms")
  private final BigDecimal latencyMs;

  @JsonProperty("outcome")
  private final UpstreamAttemptOutcome outcome;

  @JsonProperty("started_at")
  private final String startedAt;

  private final Map<String, Object> additionalProperties;

  private UpstreamAttempt(Builder b) {
    this.gsp = b.gsp;
    this.irp = b.irp;
    this.status = b.status;
    this.nicCode = b.nicCode;
    this.latencyMs = b.latencyMs;
    this.outcome = b.outcome;
    this.startedAt = b.startedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code gsp}. Required. */
  public String gsp() {
    return gsp;
  }

  /** Wire name {@code irp}. Optional, may be null: empty when absent or null. */
  public Optional<String> irp() {
    return Optional.ofNullable(irp);
  }

  /**
   * HTTP status from the GSP; null without an answer.
   *
   * <p>Wire name {@code status}. Optional, may be null: empty when absent or null.
   */
  public Optional<Long> status() {
    return Optional.ofNullable(status);
  }

  /** Wire name {@code nic_code}. Optional, may be null: empty when absent or null. */
  public Optional<String> nicCode() {
    return Optional.ofNullable(nicCode);
  }

  /** Wire name {@code latency_ms}. Required. */
  public BigDecimal latencyMs() {
    return latencyMs;
  }

  /** Wire name {@code outcome}. Required. */
  public UpstreamAttemptOutcome outcome() {
    return outcome;
  }

  /** Wire name {@code started_at}. Required. */
  public String startedAt() {
    return startedAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code UpstreamAttempt};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * UpstreamAttempt.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static UpstreamAttempt fromJson(String json) {
    return Json.parse(json, UpstreamAttempt.class);
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
    b.gsp = gsp;
    b.irp = irp;
    b.status = status;
    b.nicCode = nicCode;
    b.latencyMs = latencyMs;
    b.outcome = outcome;
    b.startedAt = startedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UpstreamAttempt)) return false;
    UpstreamAttempt that = (UpstreamAttempt) o;
    return Objects.equals(gsp, that.gsp)
        && Objects.equals(irp, that.irp)
        && Objects.equals(status, that.status)
        && Objects.equals(nicCode, that.nicCode)
        && Objects.equals(latencyMs, that.latencyMs)
        && Objects.equals(outcome, that.outcome)
        && Objects.equals(startedAt, that.startedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        gsp, irp, status, nicCode, latencyMs, outcome, startedAt, additionalProperties);
  }

  @Override
  public String toString() {
    return "UpstreamAttempt{"
        + "gsp="
        + gsp
        + ", irp="
        + irp
        + ", status="
        + status
        + ", nicCode="
        + nicCode
        + ", latencyMs="
        + latencyMs
        + ", outcome="
        + outcome
        + ", startedAt="
        + startedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link UpstreamAttempt}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String gsp;
    private String irp;
    private Long status;
    private String nicCode;
    private BigDecimal latencyMs;
    private UpstreamAttemptOutcome outcome;
    private String startedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("gsp")
    public Builder gsp(String gsp) {
      this.gsp = gsp;
      return this;
    }

    @JsonProperty("irp")
    public Builder irp(String irp) {
      this.irp = irp;
      return this;
    }

    @JsonProperty("status")
    public Builder status(Long status) {
      this.status = status;
      return this;
    }

    @JsonProperty("nic_code")
    public Builder nicCode(String nicCode) {
      this.nicCode = nicCode;
      return this;
    }

    @JsonProperty("latency_ms")
    public Builder latencyMs(BigDecimal latencyMs) {
      this.latencyMs = latencyMs;
      return this;
    }

    @JsonProperty("outcome")
    public Builder outcome(UpstreamAttemptOutcome outcome) {
      this.outcome = outcome;
      return this;
    }

    @JsonProperty("started_at")
    public Builder startedAt(String startedAt) {
      this.startedAt = startedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public UpstreamAttempt build() {
      return new UpstreamAttempt(this);
    }
  }
}
