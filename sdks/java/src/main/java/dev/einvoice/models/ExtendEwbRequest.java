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
 * NIC {@code EXTENDVALIDITY} body (the e-way bill number comes from the path).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ExtendEwbRequest.Builder.class)
public final class ExtendEwbRequest {
  private final String vehicleNo;
  private final String fromPlace;
  private final Long fromState;
  private final Long fromPincode;
  private final Long remainingDistance;
  private final String transDocNo;
  private final String transDocDate;
  private final ExtensionTransMode transMode;
  private final ExtensionReason extnRsnCode;
  private final String extnRemarks;
  private final ConsignmentStatus consignmentStatus;
  private final TransitType transitType;
  private final String addressLine1;
  private final String addressLine2;
  private final String addressLine3;
  private final Map<String, Object> additionalProperties;

  private ExtendEwbRequest(Builder b) {
    this.vehicleNo = b.vehicleNo;
    this.fromPlace = b.fromPlace;
    this.fromState = b.fromState;
    this.fromPincode = b.fromPincode;
    this.remainingDistance = b.remainingDistance;
    this.transDocNo = b.transDocNo;
    this.transDocDate = b.transDocDate;
    this.transMode = b.transMode;
    this.extnRsnCode = b.extnRsnCode;
    this.extnRemarks = b.extnRemarks;
    this.consignmentStatus = b.consignmentStatus;
    this.transitType = b.transitType;
    this.addressLine1 = b.addressLine1;
    this.addressLine2 = b.addressLine2;
    this.addressLine3 = b.addressLine3;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code vehicleNo}. Optional. */
  @JsonProperty("vehicleNo")
  public String vehicleNo() {
    return vehicleNo;
  }

  /** Wire name {@code fromPlace}. Required. */
  @JsonProperty("fromPlace")
  public String fromPlace() {
    return fromPlace;
  }

  /** Wire name {@code fromState}. Required. */
  @JsonProperty("fromState")
  public Long fromState() {
    return fromState;
  }

  /** Wire name {@code fromPincode}. Required. */
  @JsonProperty("fromPincode")
  public Long fromPincode() {
    return fromPincode;
  }

  /** Wire name {@code remainingDistance}. Required. */
  @JsonProperty("remainingDistance")
  public Long remainingDistance() {
    return remainingDistance;
  }

  /** Wire name {@code transDocNo}. Optional. */
  @JsonProperty("transDocNo")
  public String transDocNo() {
    return transDocNo;
  }

  /** Wire name {@code transDocDate}. Optional. */
  @JsonProperty("transDocDate")
  public String transDocDate() {
    return transDocDate;
  }

  /** Wire name {@code transMode}. Required. */
  @JsonProperty("transMode")
  public ExtensionTransMode transMode() {
    return transMode;
  }

  /** Wire name {@code extnRsnCode}. Required. */
  @JsonProperty("extnRsnCode")
  public ExtensionReason extnRsnCode() {
    return extnRsnCode;
  }

  /** Wire name {@code extnRemarks}. Required. */
  @JsonProperty("extnRemarks")
  public String extnRemarks() {
    return extnRemarks;
  }

  /** Wire name {@code consignmentStatus}. Required. */
  @JsonProperty("consignmentStatus")
  public ConsignmentStatus consignmentStatus() {
    return consignmentStatus;
  }

  /** Wire name {@code transitType}. Optional. */
  @JsonProperty("transitType")
  public TransitType transitType() {
    return transitType;
  }

  /** Wire name {@code addressLine1}. Optional. */
  @JsonProperty("addressLine1")
  public String addressLine1() {
    return addressLine1;
  }

  /** Wire name {@code addressLine2}. Optional. */
  @JsonProperty("addressLine2")
  public String addressLine2() {
    return addressLine2;
  }

  /** Wire name {@code addressLine3}. Optional. */
  @JsonProperty("addressLine3")
  public String addressLine3() {
    return addressLine3;
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
    b.fromPlace = fromPlace;
    b.fromState = fromState;
    b.fromPincode = fromPincode;
    b.remainingDistance = remainingDistance;
    b.transDocNo = transDocNo;
    b.transDocDate = transDocDate;
    b.transMode = transMode;
    b.extnRsnCode = extnRsnCode;
    b.extnRemarks = extnRemarks;
    b.consignmentStatus = consignmentStatus;
    b.transitType = transitType;
    b.addressLine1 = addressLine1;
    b.addressLine2 = addressLine2;
    b.addressLine3 = addressLine3;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ExtendEwbRequest)) return false;
    ExtendEwbRequest that = (ExtendEwbRequest) o;
    return Objects.equals(vehicleNo, that.vehicleNo)
        && Objects.equals(fromPlace, that.fromPlace)
        && Objects.equals(fromState, that.fromState)
        && Objects.equals(fromPincode, that.fromPincode)
        && Objects.equals(remainingDistance, that.remainingDistance)
        && Objects.equals(transDocNo, that.transDocNo)
        && Objects.equals(transDocDate, that.transDocDate)
        && Objects.equals(transMode, that.transMode)
        && Objects.equals(extnRsnCode, that.extnRsnCode)
        && Objects.equals(extnRemarks, that.extnRemarks)
        && Objects.equals(consignmentStatus, that.consignmentStatus)
        && Objects.equals(transitType, that.transitType)
        && Objects.equals(addressLine1, that.addressLine1)
        && Objects.equals(addressLine2, that.addressLine2)
        && Objects.equals(addressLine3, that.addressLine3)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        vehicleNo,
        fromPlace,
        fromState,
        fromPincode,
        remainingDistance,
        transDocNo,
        transDocDate,
        transMode,
        extnRsnCode,
        extnRemarks,
        consignmentStatus,
        transitType,
        addressLine1,
        addressLine2,
        addressLine3,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "ExtendEwbRequest{"
        + "vehicleNo="
        + vehicleNo
        + ", fromPlace="
        + fromPlace
        + ", fromState="
        + fromState
        + ", fromPincode="
        + fromPincode
        + ", remainingDistance="
        + remainingDistance
        + ", transDocNo="
        + transDocNo
        + ", transDocDate="
        + transDocDate
        + ", transMode="
        + transMode
        + ", extnRsnCode="
        + extnRsnCode
        + ", extnRemarks="
        + extnRemarks
        + ", consignmentStatus="
        + consignmentStatus
        + ", transitType="
        + transitType
        + ", addressLine1="
        + addressLine1
        + ", addressLine2="
        + addressLine2
        + ", addressLine3="
        + addressLine3
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link ExtendEwbRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String vehicleNo;
    private String fromPlace;
    private Long fromState;
    private Long fromPincode;
    private Long remainingDistance;
    private String transDocNo;
    private String transDocDate;
    private ExtensionTransMode transMode;
    private ExtensionReason extnRsnCode;
    private String extnRemarks;
    private ConsignmentStatus consignmentStatus;
    private TransitType transitType;
    private String addressLine1;
    private String addressLine2;
    private String addressLine3;
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

    @JsonProperty("fromPincode")
    public Builder fromPincode(Long fromPincode) {
      this.fromPincode = fromPincode;
      return this;
    }

    @JsonProperty("remainingDistance")
    public Builder remainingDistance(Long remainingDistance) {
      this.remainingDistance = remainingDistance;
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
    public Builder transMode(ExtensionTransMode transMode) {
      this.transMode = transMode;
      return this;
    }

    @JsonProperty("extnRsnCode")
    public Builder extnRsnCode(ExtensionReason extnRsnCode) {
      this.extnRsnCode = extnRsnCode;
      return this;
    }

    @JsonProperty("extnRemarks")
    public Builder extnRemarks(String extnRemarks) {
      this.extnRemarks = extnRemarks;
      return this;
    }

    @JsonProperty("consignmentStatus")
    public Builder consignmentStatus(ConsignmentStatus consignmentStatus) {
      this.consignmentStatus = consignmentStatus;
      return this;
    }

    @JsonProperty("transitType")
    public Builder transitType(TransitType transitType) {
      this.transitType = transitType;
      return this;
    }

    @JsonProperty("addressLine1")
    public Builder addressLine1(String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    @JsonProperty("addressLine2")
    public Builder addressLine2(String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    @JsonProperty("addressLine3")
    public Builder addressLine3(String addressLine3) {
      this.addressLine3 = addressLine3;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public ExtendEwbRequest build() {
      Objects.requireNonNull(fromPlace, "ExtendEwbRequest.fromPlace (fromPlace) is required");
      Objects.requireNonNull(fromState, "ExtendEwbRequest.fromState (fromState) is required");
      Objects.requireNonNull(fromPincode, "ExtendEwbRequest.fromPincode (fromPincode) is required");
      Objects.requireNonNull(
          remainingDistance, "ExtendEwbRequest.remainingDistance (remainingDistance) is required");
      Objects.requireNonNull(transMode, "ExtendEwbRequest.transMode (transMode) is required");
      Objects.requireNonNull(extnRsnCode, "ExtendEwbRequest.extnRsnCode (extnRsnCode) is required");
      Objects.requireNonNull(extnRemarks, "ExtendEwbRequest.extnRemarks (extnRemarks) is required");
      Objects.requireNonNull(
          consignmentStatus, "ExtendEwbRequest.consignmentStatus (consignmentStatus) is required");
      return new ExtendEwbRequest(this);
    }
  }
}
