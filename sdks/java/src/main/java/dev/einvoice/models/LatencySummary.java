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
@JsonDeserialize(builder = LatencySummary.Builder.class)
public final class LatencySummary {
  @JsonProperty("p50")
  private final BigDecimal p50;

  @JsonProperty("p99")
  private final BigDecimal p99;

  private final Map<String, Object> additionalProperties;

  private LatencySummary(Builder b) {
    this.p50 = b.p50;
    this.p99 = b.p99;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code p50}. Optional, may be null: empty when absent or null. */
  public Optional<BigDecimal> p50() {
    return Optional.ofNullable(p50);
  }

  /** Wire name {@code p99}. Optional, may be null: empty when absent or null. */
  public Optional<BigDecimal> p99() {
    return Optional.ofNullable(p99);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code LatencySummary};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * LatencySummary.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static LatencySummary fromJson(String json) {
    return Json.parse(json, LatencySummary.class);
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
    b.p50 = p50;
    b.p99 = p99;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof LatencySummary)) return false;
    LatencySummary that = (LatencySummary) o;
    return Objects.equals(p50, that.p50)
        && Objects.equals(p99, that.p99)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(p50, p99, additionalProperties);
  }

  @Override
  public String toString() {
    return "LatencySummary{"
        + "p50="
        + p50
        + ", p99="
        + p99
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link LatencySummary}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private BigDecimal p50;
    private BigDecimal p99;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("p50")
    public Builder p50(BigDecimal p50) {
      this.p50 = p50;
      return this;
    }

    @JsonProperty("p99")
    public Builder p99(BigDecimal p99) {
      this.p99 = p99;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public LatencySummary build() {
      return new LatencySummary(this);
    }
  }
}
