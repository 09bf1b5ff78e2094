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
 * NIC {@code VEHEWB} body (the e-way bill number comes from the path).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = UpdateEwbVehicleRequest.Builder.class)
public final class UpdateEwbVehicleRequest {
  @JsonProperty("vehicleNo")
  private final String vehicleNo;

  @JsonProperty("fromPlace")
  private final String fromPlace;

  @JsonProperty("fromState")
  private final Long fromState;

  @JsonProperty("reasonCode")
  private final VehicleUpdateReason reasonCode;

  @JsonProperty("reasonRem")
  private final String reasonRem;

  @JsonProperty("transDocNo")
  private final String transDocNo;

  @JsonProperty("transDocDate")
  private final String transDocDate;

  @JsonProperty("transMode")
  private final TransMode transMode;

  @JsonProperty("vehicleType")
  private final VehType vehicleType;

  private final Map<String, Object> additionalProperties;

  private UpdateEwbVehicleRequest(Builder b) {
    this.vehicleNo = b.vehicleNo;
    this.fromPlace = b.fromPlace;
    this.fromState = b.fromState;
    this.reasonCode = b.reasonCode;
    this.reasonRem = b.reasonRem;
    this.transDocNo = b.transDocNo;
    this.transDocDate = b.transDocDate;
    this.transMode = b.transMode;
    this.vehicleType = b.vehicleType;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Required for road.
   *
   * <p>Wire name {@code vehicleNo}. Optional: empty when absent.
   */
  public Optional<String> vehicleNo() {
    return Optional.ofNullable(vehicleNo);
  }

  /** Wire name {@code fromPlace}. Required. */
  public String fromPlace() {
    return fromPlace;
  }

  /** Wire name {@code fromState}. Required. */
  public Long fromState() {
    return fromState;
  }

  /** Wire name {@code reasonCode}. Required. */
  public VehicleUpdateReason reasonCode() {
    return reasonCode;
  }

  /**
   * Remarks on the reason; NIC requires them.
   *
   * <p>Wire name {@code reasonRem}. Required.
   */
  public String reasonRem() {
    return reasonRem;
  }

  /**
   * Required for rail, air and ship.
   *
   * <p>Wire name {@code transDocNo}. Optional: empty when absent.
   */
  public Optional<String> transDocNo() {
    return Optional.ofNullable(transDocNo);
  }

  /** Wire name {@code transDocDate}. Optional: empty when absent. */
  public Optional<String> transDocDate() {
    return Optional.ofNullable(transDocDate);
  }

  /** Wire name {@code transMode}. Required. */
  public TransMode transMode() {
    return transMode;
  }

  /** Wire name {@code vehicleType}. Optional: empty when absent. */
  public Optional<VehType> vehicleType() {
    return Optional.ofNullable(vehicleType);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * UpdateEwbVehicleRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, UpdateEwbVehicleRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static UpdateEwbVehicleRequest fromJson(String json) {
    return Json.parse(json, UpdateEwbVehicleRequest.class);
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
    b.fromPlace = fromPlace;
    b.fromState = fromState;
    b.reasonCode = reasonCode;
    b.reasonRem = reasonRem;
    b.transDocNo = transDocNo;
    b.transDocDate = transDocDate;
    b.transMode = transMode;
    b.vehicleType = vehicleType;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UpdateEwbVehicleRequest)) return false;
    UpdateEwbVehicleRequest that = (UpdateEwbVehicleRequest) o;
    return Objects.equals(vehicleNo, that.vehicleNo)
        && Objects.equals(fromPlace, that.fromPlace)
        && Objects.equals(fromState, that.fromState)
        && Objects.equals(reasonCode, that.reasonCode)
        && Objects.equals(reasonRem, that.reasonRem)
        && Objects.equals(transDocNo, that.transDocNo)
        && Objects.equals(transDocDate, that.transDocDate)
        && Objects.equals(transMode, that.transMode)
        && Objects.equals(vehicleType, that.vehicleType)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        vehicleNo,
        fromPlace,
        fromState,
        reasonCode,
        reasonRem,
        transDocNo,
        transDocDate,
        transMode,
        vehicleType,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "UpdateEwbVehicleRequest{"
        + "vehicleNo="
        + vehicleNo
        + ", fromPlace="
        + fromPlace
        + ", fromState="
        + fromState
        + ", reasonCode="
        + reasonCode
        + ", reasonRem="
        + reasonRem
        + ", transDocNo="
        + transDocNo
        + ", transDocDate="
        + transDocDate
        + ", transMode="
        + transMode
        + ", vehicleType="
        + vehicleType
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link UpdateEwbVehicleRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String vehicleNo;
    private String fromPlace;
    private Long fromState;
    private VehicleUpdateReason reasonCode;
    private String reasonRem;
    private String transDocNo;
    private String transDocDate;
    private TransMode transMode;
    private VehType vehicleType;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("vehicleNo")
    public Builder vehicleNo(String vehicleNo) {
      this.vehicleNo = vehicleNo;
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
    public Builder reasonCode(VehicleUpdateReason reasonCode) {
      this.reasonCode = reasonCode;
      return this;
    }

    @JsonProperty("reasonRem")
    public Builder reasonRem(String reasonRem) {
      this.reasonRem = reasonRem;
      return this;
    }

    @JsonProperty("transDocNo")
    public Builder transDocNo(String transDocNo) {
      this.transDocNo = transDocNo;
      return this;
    }

    @JsonProperty("transDocDate")
    public Builder transDocDate(String transDocDate) {
      this.transDocDate = transDocDate;
      return this;
    }

    @JsonProperty("transMode")
    public Builder transMode(TransMode transMode) {
      this.transMode = transMode;
      return this;
    }

    @JsonProperty("vehicleType")
    public Builder vehicleType(VehType vehicleType) {
      this.vehicleType = vehicleType;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public UpdateEwbVehicleRequest build() {
      Objects.requireNonNull(
          fromPlace, "UpdateEwbVehicleRequest.fromPlace (fromPlace) is required");
      Objects.requireNonNull(
          fromState, "UpdateEwbVehicleRequest.fromState (fromState) is required");
      Objects.requireNonNull(
          reasonCode, "UpdateEwbVehicleRequest.reasonCode (reasonCode) is required");
      Objects.requireNonNull(
          reasonRem, "UpdateEwbVehicleRequest.reasonRem (reasonRem) is required");
      Objects.requireNonNull(
          transMode, "UpdateEwbVehicleRequest.transMode (transMode) is required");
      return new UpdateEwbVehicleRequest(this);
    }
  }
}
