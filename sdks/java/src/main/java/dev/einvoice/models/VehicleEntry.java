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
@JsonDeserialize(builder = VehicleEntry.Builder.class)
public final class VehicleEntry {
  @JsonProperty("vehicleNo")
  private final String vehicleNo;

  @JsonProperty("transDocNo")
  private final String transDocNo;

  @JsonProperty("transMode")
  private final String transMode;

  @JsonProperty("fromPlace")
  private final String fromPlace;

  @JsonProperty("fromState")
  private final Long fromState;

  @JsonProperty("reasonCode")
  private final String reasonCode;

  @JsonProperty("entered_at")
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

  /** Wire name {@code vehicleNo}. Optional, may be null: empty when absent or null. */
  public Optional<String> vehicleNo() {
    return Optional.ofNullable(vehicleNo);
  }

  /** Wire name {@code transDocNo}. Optional, may be null: empty when absent or null. */
  public Optional<String> transDocNo() {
    return Optional.ofNullable(transDocNo);
  }

  /** Wire name {@code transMode}. Optional: empty when absent. */
  public Optional<String> transMode() {
    return Optional.ofNullable(transMode);
  }

  /** Wire name {@code fromPlace}. Optional, may be null: empty when absent or null. */
  public Optional<String> fromPlace() {
    return Optional.ofNullable(fromPlace);
  }

  /** Wire name {@code fromState}. Optional, may be null: empty when absent or null. */
  public Optional<Long> fromState() {
    return Optional.ofNullable(fromState);
  }

  /** Wire name {@code reasonCode}. Optional, may be null: empty when absent or null. */
  public Optional<String> reasonCode() {
    return Optional.ofNullable(reasonCode);
  }

  /** Wire name {@code entered_at}. Required. */
  public String enteredAt() {
    return enteredAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code VehicleEntry};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * VehicleEntry.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static VehicleEntry fromJson(String json) {
    return Json.parse(json, VehicleEntry.class);
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
