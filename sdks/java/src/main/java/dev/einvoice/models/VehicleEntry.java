// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = VehicleEntry.Builder.class)
public final class VehicleEntry {
  private final String vehicleNo;
  private final String transDocNo;
  private final String transMode;
  private final String fromPlace;
  private final Long fromState;
  private final String reasonCode;
  private final String enteredAt;
  private final Map<String, Object> additionalProperties;

  private VehicleEntry(Builder b) {
    this.vehicleNo = b.vehicleNo;
    this.transDocNo = b.transDocNo;
    this.transMode = b.transMode;
    this.fromPlace = b.fromPlace;
    this.fromState = b.fromState;
    this.reasonCode = b.reasonCode;
    this.enteredAt = b.enteredAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code vehicleNo}. Optional. May be null. */
  @JsonProperty("vehicleNo")
  public String vehicleNo() {
    return vehicleNo;
  }

  /** Wire name {@code transDocNo}. Optional. May be null. */
  @JsonProperty("transDocNo")
  public String transDocNo() {
    return transDocNo;
  }

  /** Wire name {@code transMode}. Optional. */
  @JsonProperty("transMode")
  public String transMode() {
    return transMode;
  }

  /** Wire name {@code fromPlace}. Optional. May be null. */
  @JsonProperty("fromPlace")
  public String fromPlace() {
    return fromPlace;
  }

  /** Wire name {@code fromState}. Optional. May be null. */
  @JsonProperty("fromState")
  public Long fromState() {
    return fromState;
  }

  /** Wire name {@code reasonCode}. Optional. May be null. */
  @JsonProperty("reasonCode")
  public String reasonCode() {
    return reasonCode;
  }

  /** Wire name {@code entered_at}. Required. */
  @JsonProperty("entered_at")
  public String enteredAt() {
    return enteredAt;
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
    b.vehicleNo = vehicleNo;
    b.transDocNo = transDocNo;
    b.transMode = transMode;
    b.fromPlace = fromPlace;
    b.fromState = fromState;
    b.reasonCode = reasonCode;
    b.enteredAt = enteredAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof VehicleEntry)) return false;
    VehicleEntry that = (VehicleEntry) o;
    return Objects.equals(vehicleNo, that.vehicleNo)
        && Objects.equals(transDocNo, that.transDocNo)
        && Objects.equals(transMode, that.transMode)
        && Objects.equals(fromPlace, that.fromPlace)
        && Objects.equals(fromState, that.fromState)
        && Objects.equals(reasonCode, that.reasonCode)
        && Objects.equals(enteredAt, that.enteredAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        vehicleNo,
        transDocNo,
        transMode,
        fromPlace,
        fromState,
        reasonCode,
        enteredAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "VehicleEntry{"
        + "vehicleNo="
        + vehicleNo
        + ", transDocNo="
        + transDocNo
        + ", transMode="
        + transMode
        + ", fromPlace="
        + fromPlace
        + ", fromState="
        + fromState
        + ", reasonCode="
        + reasonCode
        + ", enteredAt="
        + enteredAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link VehicleEntry}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String vehicleNo;
    private String transDocNo;
    private String transMode;
    private String fromPlace;
    private Long fromState;
    private String reasonCode;
    private String enteredAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("vehicleNo")
    public Builder vehicleNo(String vehicleNo) {
      this.vehicleNo = vehicleNo;
      return this;
    }

    @JsonProperty("transDocNo")
    public Builder transDocNo(String transDocNo) {
      this.transDocNo = transDocNo;
      return this;
    }

    @JsonProperty("transMode")
    public Builder transMode(String transMode) {
      this.transMode = transMode;
      return this;
    }

    @JsonProperty("fromPlace")
    public Builder fromPlace(String fromPlace) {
      this.fromPlace = fromPlace;
      return this;
    }

    @JsonProperty("fromState")
    public Builder fromState(Long fromState) {
      this.fromState = fromState;
      return this;
    }

    @JsonProperty("reasonCode")
    public Builder reasonCode(String reasonCode) {
      this.reasonCode = reasonCode;
      return this;
    }

    @JsonProperty("entered_at")
    public Builder enteredAt(String enteredAt) {
      this.enteredAt = enteredAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public VehicleEntry build() {
      return new VehicleEntry(this);
    }
  }
}
