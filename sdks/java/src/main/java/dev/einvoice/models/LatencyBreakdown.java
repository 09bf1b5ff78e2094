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
 * Milliseconds spent in each stage of the call.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = LatencyBreakdown.Builder.class)
public final class LatencyBreakdown {
  @JsonProperty("auth")
  private final BigDecimal auth;

  @JsonProperty("validation")
  private final BigDecimal validation;

  @JsonProperty("queue")
  private final BigDecimal queue;

  @JsonProperty("upstream")
  private final BigDecimal upstream;

  @JsonProperty("storage")
  private final BigDecimal storage;

  @JsonProperty("total")
  private final BigDecimal total;

  private final Map<String, Object> additionalProperties;

  private LatencyBreakdown(Builder b) {
    this.auth = b.auth;
    this.validation = b.validation;
    this.queue = b.queue;
    this.upstream = b.upstream;
    this.storage = b.storage;
    this.total = b.total;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code auth}. Optional: empty when absent. */
  public Optional<BigDecimal> auth() {
    return Optional.ofNullable(auth);
  }

  /** Wire name {@code validation}. Optional: empty when absent. */
  public Optional<BigDecimal> validation() {
    return Optional.ofNullable(validation);
  }

  /** Wire name {@code queue}. Optional: empty when absent. */
  public Optional<BigDecimal> queue() {
    return Optional.ofNullable(queue);
  }

  /** Wire name {@code upstream}. Optional: empty when absent. */
  public Optional<BigDecimal> upstream() {
    return Optional.ofNullable(upstream);
  }

  /** Wire name {@code storage}. Optional: empty when absent. */
  public Optional<BigDecimal> storage() {
    return Optional.ofNullable(storage);
  }

  /** Wire name {@code total}. Required. */
  public BigDecimal total() {
    return total;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code LatencyBreakdown};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * LatencyBreakdown.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static LatencyBreakdown fromJson(String json) {
    return Json.parse(json, LatencyBreakdown.class);
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
    b.auth = auth;
    b.validation = validation;
    b.queue = queue;
    b.upstream = upstream;
    b.storage = storage;
    b.total = total;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof LatencyBreakdown)) return false;
    LatencyBreakdown that = (LatencyBreakdown) o;
    return Objects.equals(auth, that.auth)
        && Objects.equals(validation, that.validation)
        && Objects.equals(queue, that.queue)
        && Objects.equals(upstream, that.upstream)
        && Objects.equals(storage, that.storage)
        && Objects.equals(total, that.total)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(auth, validation, queue, upstream, storage, total, additionalProperties);
  }

  @Override
  public String toString() {
    return "LatencyBreakdown{"
        + "auth="
        + auth
        + ", validation="
        + validation
        + ", queue="
        + queue
        + ", upstream="
        + upstream
        + ", storage="
        + storage
        + ", total="
        + total
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link LatencyBreakdown}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private BigDecimal auth;
    private BigDecimal validation;
    private BigDecimal queue;
    private BigDecimal upstream;
    private BigDecimal storage;
    private BigDecimal total;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("auth")
    public Builder auth(BigDecimal auth) {
      this.auth = auth;
      return this;
    }

    @JsonProperty("validation")
    public Builder validation(BigDecimal validation) {
      this.validation = validation;
      return this;
    }

    @JsonProperty("queue")
    public Builder queue(BigDecimal queue) {
      this.queue = queue;
      return this;
    }

    @JsonProperty("upstream")
    public Builder upstream(BigDecimal upstream) {
      this.upstream = upstream;
      return this;
    }

    @JsonProperty("storage")
    public Builder storage(BigDecimal storage) {
      this.storage = storage;
      return this;
    }

    @JsonProperty("total")
    public Builder total(BigDecimal total) {
      this.total = total;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public LatencyBreakdown build() {
      return new LatencyBreakdown(this);
    }
  }
}
