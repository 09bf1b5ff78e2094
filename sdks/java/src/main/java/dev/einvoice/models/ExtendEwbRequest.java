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
 * NIC {@code EXTENDVALIDITY} body (the e-way bill number comes from the path).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ExtendEwbRequest.Builder.class)
public final class ExtendEwbRequest {
  @JsonProperty("vehicleNo")
  private final String vehicleNo;

  @JsonProperty("fromPlace")
  private final String fromPlace;

  @JsonProperty("fromState")
  private final Long fromState;

  @JsonProperty("fromPincode")
  private final Long fromPincode;

  @JsonProperty("remainingDistance")
  private final Long remainingDistance;

  @JsonProperty("transDocNo")
  private final String transDocNo;

  @JsonProperty("transDocDate")
  private final String transDocDate;

  @JsonProperty("transMode")
  private final ExtensionTransMode transMode;

  @JsonProperty("extnRsnCode")
  private final ExtensionReason extnRsnCode;

  @JsonProperty("extnRemarks")
  private final String extnRemarks;

  @JsonProperty("consignmentStatus")
  private final ConsignmentStatus consignmentStatus;

  @JsonProperty("transitType")
  private final TransitType transitType;

  @JsonProperty("addressLine1")
  private final String addressLine1;

  @JsonProperty("addressLine2")
  private final String addressLine2;

  @JsonProperty("addressLine3")
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

  /** Wire name {@code vehicleNo}. Optional: empty when absent. */
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

  /** Wire name {@code fromPincode}. Required. */
  public Long fromPincode() {
    return fromPincode;
  }

  /** Wire name {@code remainingDistance}. Required. */
  public Long remainingDistance() {
    return remainingDistance;
  }

  /** Wire name {@code transDocNo}. Optional: empty when absent. */
  public Optional<String> transDocNo() {
    return Optional.ofNullable(transDocNo);
  }

  /** Wire name {@code transDocDate}. Optional: empty when absent. */
  public Optional<String> transDocDate() {
    return Optional.ofNullable(transDocDate);
  }

  /** Wire name {@code transMode}. Required. */
  public ExtensionTransMode transMode() {
    return transMode;
  }

  /** Wire name {@code extnRsnCode}. Required. */
  public ExtensionReason extnRsnCode() {
    return extnRsnCode;
  }

  /** Wire name {@code extnRemarks}. Required. */
  public String extnRemarks() {
    return extnRemarks;
  }

  /** Wire name {@code consignmentStatus}. Required. */
  public ConsignmentStatus consignmentStatus() {
    return consignmentStatus;
  }

  /** Wire name {@code transitType}. Optional: empty when absent. */
  public Optional<TransitType> transitType() {
    return Optional.ofNullable(transitType);
  }

  /** Wire name {@code addressLine1}. Optional: empty when absent. */
  public Optional<String> addressLine1() {
    return Optional.ofNullable(addressLine1);
  }

  /** Wire name {@code addressLine2}. Optional: empty when absent. */
  public Optional<String> addressLine2() {
    return Optional.ofNullable(addressLine2);
  }

  /** Wire name {@code addressLine3}. Optional: empty when absent. */
  public Optional<String> addressLine3() {
    return Optional.ofNullable(addressLine3);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code ExtendEwbRequest};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * ExtendEwbRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static ExtendEwbRequest fromJson(String json) {
    return Json.parse(json, ExtendEwbRequest.class);
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
