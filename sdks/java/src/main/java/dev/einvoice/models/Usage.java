// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Usage.Builder.class)
public final class Usage {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("granularity")
  private final UsageGranularity granularity;

  @JsonProperty("from")
  private final String from;

  @JsonProperty("to")
  private final String to;

  @JsonProperty("data")
  private final List<UsagePeriod> data;

  @JsonProperty("totals")
  private final UsageCounters totals;

  private final Map<String, Object> additionalProperties;

  private Usage(Builder b) {
    this.object = b.object;
    this.tenant = b.tenant;
    this.granularity = b.granularity;
    this.from = b.from;
    this.to = b.to;
    this.data = b.data == null ? null : Collections.unmodifiableList(new ArrayList<>(b.data));
    this.totals = b.totals;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /**
   * The tenant counted; null for the whole account.
   *
   * <p>Wire name {@code tenant}. Required, may be null: empty when null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Wire name {@code granularity}. Required. */
  public UsageGranularity granularity() {
    return granularity;
  }

  /**
   * First IST day counted (YYYY-MM-DD).
   *
   * <p>Wire name {@code from}. Required.
   */
  public String from() {
    return from;
  }

  /**
   * Last IST day counted (YYYY-MM-DD), inclusive.
   *
   * <p>Wire name {@code to}. Required.
   */
  public String to() {
    return to;
  }

  /**
   * Every period of the range, oldest first.
   *
   * <p>Wire name {@code data}. Required.
   */
  public List<UsagePeriod> data() {
    return data;
  }

  /** Wire name {@code totals}. Required. */
  public UsageCounters totals() {
    return totals;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Usage}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Usage.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Usage fromJson(String json) {
    return Json.parse(json, Usage.class);
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
    b.object = object;
    b.tenant = tenant;
    b.granularity = granularity;
    b.from = from;
    b.to = to;
    b.data = data;
    b.totals = totals;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Usage)) return false;
    Usage that = (Usage) o;
    return Objects.equals(object, that.object)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(granularity, that.granularity)
        && Objects.equals(from, that.from)
        && Objects.equals(to, that.to)
        && Objects.equals(data, that.data)
        && Objects.equals(totals, that.totals)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, tenant, granularity, from, to, data, totals, additionalProperties);
  }

  @Override
  public String toString() {
    return "Usage{"
        + "object="
        + object
        + ", tenant="
        + tenant
        + ", granularity="
        + granularity
        + ", from="
        + from
        + ", to="
        + to
        + ", data="
        + data
        + ", totals="
        + totals
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Usage}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String tenant;
    private UsageGranularity granularity;
    private String from;
    private String to;
    private List<UsagePeriod> data;
    private UsageCounters totals;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    @JsonProperty("granularity")
    public Builder granularity(UsageGranularity granularity) {
      this.granularity = granularity;
      return this;
    }

    @JsonProperty("from")
    public Builder from(String from) {
      this.from = from;
      return this;
    }

    @JsonProperty("to")
    public Builder to(String to) {
      this.to = to;
      return this;
    }

    @JsonProperty("data")
    public Builder data(List<UsagePeriod> data) {
      this.data = data;
      return this;
    }

    @JsonProperty("totals")
    public Builder totals(UsageCounters totals) {
      this.totals = totals;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Usage build() {
      return new Usage(this);
    }
  }
}
