// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Milliseconds spent in each stage of the call.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = LatencyBreakdown.Builder.class)
public final class LatencyBreakdown {
  private final BigDecimal auth;
  private final BigDecimal validation;
  private final BigDecimal queue;
  private final BigDecimal upstream;
  private final BigDecimal storage;
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

  /** Wire name {@code auth}. Optional. */
  @JsonProperty("auth")
  public BigDecimal auth() {
    return auth;
  }

  /** Wire name {@code validation}. Optional. */
  @JsonProperty("validation")
  public BigDecimal validation() {
    return validation;
  }

  /** Wire name {@code queue}. Optional. */
  @JsonProperty("queue")
  public BigDecimal queue() {
    return queue;
  }

  /** Wire name {@code upstream}. Optional. */
  @JsonProperty("upstream")
  public BigDecimal upstream() {
    return upstream;
  }

  /** Wire name {@code storage}. Optional. */
  @JsonProperty("storage")
  public BigDecimal storage() {
    return storage;
  }

  /** Wire name {@code total}. Required. */
  @JsonProperty("total")
  public BigDecimal total() {
    return total;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
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
