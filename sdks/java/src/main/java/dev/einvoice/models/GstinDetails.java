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
 * NIC's Get GSTIN Details response, field for field.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = GstinDetails.Builder.class)
public final class GstinDetails {
  private final String gstin;
  private final String tradeName;
  private final String legalName;
  private final String addrBnm;
  private final String addrBno;
  private final String addrFlno;
  private final String addrSt;
  private final String addrLoc;
  private final Long stateCode;
  private final Long addrPncd;
  private final String txpType;
  private final String status;
  private final String blkStatus;
  private final String dtReg;
  private final String dtDReg;
  private final Map<String, Object> additionalProperties;

  private GstinDetails(Builder b) {
    this.gstin = b.gstin;
    this.tradeName = b.tradeName;
    this.legalName = b.legalName;
    this.addrBnm = b.addrBnm;
    this.addrBno = b.addrBno;
    this.addrFlno = b.addrFlno;
    this.addrSt = b.addrSt;
    this.addrLoc = b.addrLoc;
    this.stateCode = b.stateCode;
    this.addrPncd = b.addrPncd;
    this.txpType = b.txpType;
    this.status = b.status;
    this.blkStatus = b.blkStatus;
    this.dtReg = b.dtReg;
    this.dtDReg = b.dtDReg;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code Gstin}. Required. */
  @JsonProperty("Gstin")
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code TradeName}. Optional. May be null. */
  @JsonProperty("TradeName")
  public String tradeName() {
    return tradeName;
  }

  /** Wire name {@code LegalName}. Required. */
  @JsonProperty("LegalName")
  public String legalName() {
    return legalName;
  }

  /**
   * Building name.
   *
   * <p>Wire name {@code AddrBnm}. Optional. May be null.
   */
  @JsonProperty("AddrBnm")
  public String addrBnm() {
    return addrBnm;
  }

  /**
   * Building number.
   *
   * <p>Wire name {@code AddrBno}. Optional. May be null.
   */
  @JsonProperty("AddrBno")
  public String addrBno() {
    return addrBno;
  }

  /**
   * Floor number.
   *
   * <p>Wire name {@code AddrFlno}. Optional. May be null.
   */
  @JsonProperty("AddrFlno")
  public String addrFlno() {
    return addrFlno;
  }

  /**
   * Street.
   *
   * <p>Wire name {@code AddrSt}. Optional. May be null.
   */
  @JsonProperty("AddrSt")
  public String addrSt() {
    return addrSt;
  }

  /**
   * Location.
   *
   * <p>Wire name {@code AddrLoc}. Optional. May be null.
   */
  @JsonProperty("AddrLoc")
  public String addrLoc() {
    return addrLoc;
  }

  /** Wire name {@code StateCode}. Required. */
  @JsonProperty("StateCode")
  public Long stateCode() {
    return stateCode;
  }

  /** Wire name {@code AddrPncd}. Optional. May be null. */
  @JsonProperty("AddrPncd")
  public Long addrPncd() {
    return addrPncd;
  }

  /**
   * {@code REG} regular, {@code COM} composition, {@code SEZ}, {@code UN}, {@code ISD}, {@code
   * TDS}, {@code TCS}, ...
   *
   * <p>Wire name {@code TxpType}. Required.
   */
  @JsonProperty("TxpType")
  public String txpType() {
    return txpType;
  }

  /**
   * {@code ACT} active, {@code CNL} cancelled, {@code SUS} suspended, {@code INA} inactive.
   *
   * <p>Wire name {@code Status}. Required.
   */
  @JsonProperty("Status")
  public String status() {
    return status;
  }

  /**
   * {@code B} blocked from generating e-invoices/e-way bills, {@code U} unblocked.
   *
   * <p>Wire name {@code BlkStatus}. Optional. May be null.
   */
  @JsonProperty("BlkStatus")
  public String blkStatus() {
    return blkStatus;
  }

  /**
   * Registration date {@code yyyy-MM-dd}.
   *
   * <p>Wire name {@code DtReg}. Optional. May be null.
   */
  @JsonProperty("DtReg")
  public String dtReg() {
    return dtReg;
  }

  /**
   * Cancellation date {@code yyyy-MM-dd}.
   *
   * <p>Wire name {@code DtDReg}. Optional. May be null.
   */
  @JsonProperty("DtDReg")
  public String dtDReg() {
    return dtDReg;
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
    b.gstin = gstin;
    b.tradeName = tradeName;
    b.legalName = legalName;
    b.addrBnm = addrBnm;
    b.addrBno = addrBno;
    b.addrFlno = addrFlno;
    b.addrSt = addrSt;
    b.addrLoc = addrLoc;
    b.stateCode = stateCode;
    b.addrPncd = addrPncd;
    b.txpType = txpType;
    b.status = status;
    b.blkStatus = blkStatus;
    b.dtReg = dtReg;
    b.dtDReg = dtDReg;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GstinDetails)) return false;
    GstinDetails that = (GstinDetails) o;
    return Objects.equals(gstin, that.gstin)
        && Objects.equals(tradeName, that.tradeName)
        && Objects.equals(legalName, that.legalName)
        && Objects.equals(addrBnm, that.addrBnm)
        && Objects.equals(addrBno, that.addrBno)
        && Objects.equals(addrFlno, that.addrFlno)
        && Objects.equals(addrSt, that.addrSt)
        && Objects.equals(addrLoc, that.addrLoc)
        && Objects.equals(stateCode, that.stateCode)
        && Objects.equals(addrPncd, that.addrPncd)
        && Objects.equals(txpType, that.txpType)
        && Objects.equals(status, that.status)
        && Objects.equals(blkStatus, that.blkStatus)
        && Objects.equals(dtReg, that.dtReg)
        && Objects.equals(dtDReg, that.dtDReg)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        gstin,
        tradeName,
        legalName,
        addrBnm,
        addrBno,
        addrFlno,
        addrSt,
        addrLoc,
        stateCode,
        addrPncd,
        txpType,
        status,
        blkStatus,
        dtReg,
        dtDReg,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "GstinDetails{"
        + "gstin="
        + gstin
        + ", tradeName="
        + tradeName
        + ", legalName="
        + legalName
        + ", addrBnm="
        + addrBnm
        + ", addrBno="
        + addrBno
        + ", addrFlno="
        + addrFlno
        + ", addrSt="
        + addrSt
        + ", addrLoc="
        + addrLoc
        + ", stateCode="
        + stateCode
        + ", addrPncd="
        + addrPncd
        + ", txpType="
        + txpType
        + ", status="
        + status
        + ", blkStatus="
        + blkStatus
        + ", dtReg="
        + dtReg
        + ", dtDReg="
        + dtDReg
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link GstinDetails}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String gstin;
    private String tradeName;
    private String legalName;
    private String addrBnm;
    private String addrBno;
    private String addrFlno;
    private String addrSt;
    private String addrLoc;
    private Long stateCode;
    private Long addrPncd;
    private String txpType;
    private String status;
    private String blkStatus;
    private String dtReg;
    private String dtDReg;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("TradeName")
    public Builder tradeName(String tradeName) {
      this.tradeName = tradeName;
      return this;
    }

    @JsonProperty("LegalName")
    public Builder legalName(String legalName) {
      this.legalName = legalName;
      return this;
    }

    @JsonProperty("AddrBnm")
    public Builder addrBnm(String addrBnm) {
      this.addrBnm = addrBnm;
      return this;
    }

    @JsonProperty("AddrBno")
    public Builder addrBno(String addrBno) {
      this.addrBno = addrBno;
      return this;
    }

    @JsonProperty("AddrFlno")
    public Builder addrFlno(String addrFlno) {
      this.addrFlno = addrFlno;
      return this;
    }

    @JsonProperty("AddrSt")
    public Builder addrSt(String addrSt) {
      this.addrSt = addrSt;
      return this;
    }

    @JsonProperty("AddrLoc")
    public Builder addrLoc(String addrLoc) {
      this.addrLoc = addrLoc;
      return this;
    }

    @JsonProperty("StateCode")
    public Builder stateCode(Long stateCode) {
      this.stateCode = stateCode;
      return this;
    }

    @JsonProperty("AddrPncd")
    public Builder addrPncd(Long addrPncd) {
      this.addrPncd = addrPncd;
      return this;
    }

    @JsonProperty("TxpType")
    public Builder txpType(String txpType) {
      this.txpType = txpType;
      return this;
    }

    @JsonProperty("Status")
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    @JsonProperty("BlkStatus")
    public Builder blkStatus(String blkStatus) {
      this.blkStatus = blkStatus;
      return this;
    }

    @JsonProperty("DtReg")
    public Builder dtReg(String dtReg) {
      this.dtReg = dtReg;
      return this;
    }

    @JsonProperty("DtDReg")
    public Builder dtDReg(String dtDReg) {
      this.dtDReg = dtDReg;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public GstinDetails build() {
      return new GstinDetails(this);
    }
  }
}
