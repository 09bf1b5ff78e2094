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
 * E-way bill details to generate one together with the IRN. Only {@code Distance} is required;
 * {@code TransId} alone gives a Part-A e-way bill.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = EwbDtls.Builder.class)
public final class EwbDtls {
  @JsonProperty("TransId")
  private final String transId;

  @JsonProperty("TransName")
  private final String transName;

  @JsonProperty("TransMode")
  private final TransMode transMode;

  @JsonProperty("Distance")
  private final Long distance;

  @JsonProperty("TransDocNo")
  private final String transDocNo;

  @JsonProperty("TransDocDt")
  private final String transDocDt;

  @JsonProperty("VehNo")
  private final String vehNo;

  @JsonProperty("VehType")
  private final VehType vehType;

  private final Map<String, Object> additionalProperties;

  private EwbDtls(Builder b) {
    this.transId = b.transId;
    this.transName = b.transName;
    this.transMode = b.transMode;
    this.distance = b.distance;
    this.transDocNo = b.transDocNo;
    this.transDocDt = b.transDocDt;
    this.vehNo = b.vehNo;
    this.vehType = b.vehType;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Transporter GSTIN or TRANSIN.
   *
   * <p>Wire name {@code TransId}. Optional: empty when absent.
   */
  public Optional<String> transId() {
    return Optional.ofNullable(transId);
  }

  /**
   * Transporter name.
   *
   * <p>Wire name {@code TransName}. Optional: empty when absent.
   */
  public Optional<String> transName() {
    return Optional.ofNullable(transName);
  }

  /** Wire name {@code TransMode}. Optional: empty when absent. */
  public Optional<TransMode> transMode() {
    return Optional.ofNullable(transMode);
  }

  /**
   * Distance in km; 0 lets the IRP compute it from the PINs.
   *
   * <p>Wire name {@code Distance}. Required.
   */
  public Long distance() {
    return distance;
  }

  /**
   * Transport document number (rail, air, ship).
   *
   * <p>Wire name {@code TransDocNo}. Optional: empty when absent.
   */
  public Optional<String> transDocNo() {
    return Optional.ofNullable(transDocNo);
  }

  /** Wire name {@code TransDocDt}. Optional: empty when absent. */
  public Optional<String> transDocDt() {
    return Optional.ofNullable(transDocDt);
  }

  /**
   * Vehicle number (road).
   *
   * <p>Wire name {@code VehNo}. Optional: empty when absent.
   */
  public Optional<String> vehNo() {
    return Optional.ofNullable(vehNo);
  }

  /** Wire name {@code VehType}. Optional: empty when absent. */
  public Optional<VehType> vehType() {
    return Optional.ofNullable(vehType);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code EwbDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, EwbDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static EwbDtls fromJson(String json) {
    return Json.parse(json, EwbDtls.class);
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
    b.transId = transId;
    b.transName = transName;
    b.transMode = transMode;
    b.distance = distance;
    b.transDocNo = transDocNo;
    b.transDocDt = transDocDt;
    b.vehNo = vehNo;
    b.vehType = vehType;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof EwbDtls)) return false;
    EwbDtls that = (EwbDtls) o;
    return Objects.equals(transId, that.transId)
        && Objects.equals(transName, that.transName)
        && Objects.equals(transMode, that.transMode)
        && Objects.equals(distance, that.distance)
        && Objects.equals(transDocNo, that.transDocNo)
        && Objects.equals(transDocDt, that.transDocDt)
        && Objects.equals(vehNo, that.vehNo)
        && Objects.equals(vehType, that.vehType)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        transId,
        transName,
        transMode,
        distance,
        transDocNo,
        transDocDt,
        vehNo,
        vehType,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "EwbDtls{"
        + "transId="
        + transId
        + ", transName="
        + transName
        + ", transMode="
        + transMode
        + ", distance="
        + distance
        + ", transDocNo="
        + transDocNo
        + ", transDocDt="
        + transDocDt
        + ", vehNo="
        + vehNo
        + ", vehType="
        + vehType
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link EwbDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String transId;
    private String transName;
    private TransMode transMode;
    private Long distance;
    private String transDocNo;
    private String transDocDt;
    private String vehNo;
    private VehType vehType;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

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

    @JsonProperty("TransMode")
    public Builder transMode(TransMode transMode) {
      this.transMode = transMode;
      return this;
    }

    @JsonProperty("Distance")
    public Builder distance(Long distance) {
      this.distance = distance;
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

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public EwbDtls build() {
      Objects.requireNonNull(distance, "EwbDtls.distance (Distance) is required");
      return new EwbDtls(this);
    }
  }
}
