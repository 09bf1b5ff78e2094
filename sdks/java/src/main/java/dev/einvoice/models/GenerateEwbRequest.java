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
 * NIC Generate E-way Bill by IRN.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = GenerateEwbRequest.Builder.class)
public final class GenerateEwbRequest {
  @JsonProperty("Irn")
  private final String irn;

  @JsonProperty("Distance")
  private final Long distance;

  @JsonProperty("TransMode")
  private final TransMode transMode;

  @JsonProperty("TransId")
  private final String transId;

  @JsonProperty("TransName")
  private final String transName;

  @JsonProperty("TransDocNo")
  private final String transDocNo;

  @JsonProperty("TransDocDt")
  private final String transDocDt;

  @JsonProperty("VehNo")
  private final String vehNo;

  @JsonProperty("VehType")
  private final VehType vehType;

  @JsonProperty("ExpShipDtls")
  private final EwbAddress expShipDtls;

  @JsonProperty("DispDtls")
  private final EwbAddress dispDtls;

  private final Map<String, Object> additionalProperties;

  private GenerateEwbRequest(Builder b) {
    this.irn = b.irn;
    this.distance = b.distance;
    this.transMode = b.transMode;
    this.transId = b.transId;
    this.transName = b.transName;
    this.transDocNo = b.transDocNo;
    this.transDocDt = b.transDocDt;
    this.vehNo = b.vehNo;
    this.vehType = b.vehType;
    this.expShipDtls = b.expShipDtls;
    this.dispDtls = b.dispDtls;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code Irn}. Required. */
  public String irn() {
    return irn;
  }

  /**
   * Distance in km; 0 to compute from the PINs.
   *
   * <p>Wire name {@code Distance}. Required.
   */
  public Long distance() {
    return distance;
  }

  /** Wire name {@code TransMode}. Optional: empty when absent. */
  public Optional<TransMode> transMode() {
    return Optional.ofNullable(transMode);
  }

  /**
   * Transporter GSTIN or TRANSIN.
   *
   * <p>Wire name {@code TransId}. Optional: empty when absent.
   */
  public Optional<String> transId() {
    return Optional.ofNullable(transId);
  }

  /** Wire name {@code TransName}. Optional: empty when absent. */
  public Optional<String> transName() {
    return Optional.ofNullable(transName);
  }

  /** Wire name {@code TransDocNo}. Optional: empty when absent. */
  public Optional<String> transDocNo() {
    return Optional.ofNullable(transDocNo);
  }

  /** Wire name {@code TransDocDt}. Optional: empty when absent. */
  public Optional<String> transDocDt() {
    return Optional.ofNullable(transDocDt);
  }

  /** Wire name {@code VehNo}. Optional: empty when absent. */
  public Optional<String> vehNo() {
    return Optional.ofNullable(vehNo);
  }

  /** Wire name {@code VehType}. Optional: empty when absent. */
  public Optional<VehType> vehType() {
    return Optional.ofNullable(vehType);
  }

  /** Wire name {@code ExpShipDtls}. Optional: empty when absent. */
  public Optional<EwbAddress> expShipDtls() {
    return Optional.ofNullable(expShipDtls);
  }

  /** Wire name {@code DispDtls}. Optional: empty when absent. */
  public Optional<EwbAddress> dispDtls() {
    return Optional.ofNullable(dispDtls);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * GenerateEwbRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, GenerateEwbRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static GenerateEwbRequest fromJson(String json) {
    return Json.parse(json, GenerateEwbRequest.class);
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
    b.irn = irn;
    b.distance = distance;
    b.transMode = transMode;
    b.transId = transId;
    b.transName = transName;
    b.transDocNo = transDocNo;
    b.transDocDt = transDocDt;
    b.vehNo = vehNo;
    b.vehType = vehType;
    b.expShipDtls = expShipDtls;
    b.dispDtls = dispDtls;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GenerateEwbRequest)) return false;
    GenerateEwbRequest that = (GenerateEwbRequest) o;
    return Objects.equals(irn, that.irn)
        && Objects.equals(distance, that.distance)
        && Objects.equals(transMode, that.transMode)
        && Objects.equals(transId, that.transId)
        && Objects.equals(transName, that.transName)
        && Objects.equals(transDocNo, that.transDocNo)
        && Objects.equals(transDocDt, that.transDocDt)
        && Objects.equals(vehNo, that.vehNo)
        && Objects.equals(vehType, that.vehType)
        && Objects.equals(expShipDtls, that.expShipDtls)
        && Objects.equals(dispDtls, that.dispDtls)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        irn,
        distance,
        transMode,
        transId,
        transName,
        transDocNo,
        transDocDt,
        vehNo,
        vehType,
        expShipDtls,
        dispDtls,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "GenerateEwbRequest{"
        + "irn="
        + irn
        + ", distance="
        + distance
        + ", transMode="
        + transMode
        + ", transId="
        + transId
        + ", transName="
        + transName
        + ", transDocNo="
        + transDocNo
        + ", transDocDt="
        + transDocDt
        + ", vehNo="
        + vehNo
        + ", vehType="
        + vehType
        + ", expShipDtls="
        + expShipDtls
        + ", dispDtls="
        + dispDtls
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link GenerateEwbRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String irn;
    private Long distance;
    private TransMode transMode;
    private String transId;
    private String transName;
    private String transDocNo;
    private String transDocDt;
    private String vehNo;
    private VehType vehType;
    private EwbAddress expShipDtls;
    private EwbAddress dispDtls;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Irn")
    public Builder irn(String irn) {
      this.irn = irn;
      return this;
    }

    @JsonProperty("Distance")
    public Builder distance(Long distance) {
      this.distance = distance;
      return this;
    }

    @JsonProperty("TransMode")
    public Builder transMode(TransMode transMode) {
      this.transMode = transMode;
      return this;
    }

    @JsonProperty("TransId")
    public Builder transId(String transId) {
      this.transId = transId;
      return this;
    }

    @JsonProperty("TransName")
    public Builder transName(String transName) {
      this.transName = transName;
      return this;
    }

    @JsonProperty("TransDocNo")
    public Builder transDocNo(String transDocNo) {
      this.transDocNo = transDocNo;
      return this;
    }

    @JsonProperty("TransDocDt")
    public Builder transDocDt(String transDocDt) {
      this.transDocDt = transDocDt;
      return this;
    }

    @JsonProperty("VehNo")
    public Builder vehNo(String vehNo) {
      this.vehNo = vehNo;
      return this;
    }

    @JsonProperty("VehType")
    public Builder vehType(VehType vehType) {
      this.vehType = vehType;
      return this;
    }

    @JsonProperty("ExpShipDtls")
    public Builder expShipDtls(EwbAddress expShipDtls) {
      this.expShipDtls = expShipDtls;
      return this;
    }

    @JsonProperty("DispDtls")
    public Builder dispDtls(EwbAddress dispDtls) {
      this.dispDtls = dispDtls;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public GenerateEwbRequest build() {
      Objects.requireNonNull(irn, "GenerateEwbRequest.irn (Irn) is required");
      Objects.requireNonNull(distance, "GenerateEwbRequest.distance (Distance) is required");
      return new GenerateEwbRequest(this);
    }
  }
}
