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
@JsonDeserialize(builder = EwbGeneratedEvent.Builder.class)
public final class EwbGeneratedEvent {
  @JsonProperty("type")
  private final String typeValue;

  @JsonProperty("timestamp")
  private final String timestamp;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("data")
  private final EwayBill data;

  private final Map<String, Object> additionalProperties;

  private EwbGeneratedEvent(Builder b) {
    this.typeValue = b.typeValue;
    this.timestamp = b.timestamp;
    this.tenant = b.tenant;
    this.data = b.data;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code type}. Required. */
  public String typeValue() {
    return typeValue;
  }

  /** Wire name {@code timestamp}. Required. */
  public String timestamp() {
    return timestamp;
  }

  /**
   * The tenant the event belongs to (its GSTIN's); null: the account itself.
   *
   * <p>Wire name {@code tenant}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Wire name {@code data}. Required. */
  public EwayBill data() {
    return data;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * EwbGeneratedEvent}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, EwbGeneratedEvent.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static EwbGeneratedEvent fromJson(String json) {
    return Json.parse(json, EwbGeneratedEvent.class);
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
    b.typeValue = typeValue;
    b.timestamp = timestamp;
    b.tenant = tenant;
    b.data = data;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof EwbGeneratedEvent)) return false;
    EwbGeneratedEvent that = (EwbGeneratedEvent) o;
    return Objects.equals(typeValue, that.typeValue)
        && Objects.equals(timestamp, that.timestamp)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(data, that.data)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeValue, timestamp, tenant, data, additionalProperties);
  }

  @Override
  public String toString() {
    return "EwbGeneratedEvent{"
        + "typeValue="
        + typeValue
        + ", timestamp="
        + timestamp
        + ", tenant="
        + tenant
        + ", data="
        + data
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link EwbGeneratedEvent}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String typeValue;
    private String timestamp;
    private String tenant;
    private EwayBill data;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("type")
    public Builder typeValue(String typeValue) {
      this.typeValue = typeValue;
      return this;
    }

    @JsonProperty("timestamp")
    public Builder timestamp(String timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    @JsonProperty("data")
    public Builder data(EwayBill data) {
      this.data = data;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public EwbGeneratedEvent build() {
      return new EwbGeneratedEvent(this);
    }
  }
}
