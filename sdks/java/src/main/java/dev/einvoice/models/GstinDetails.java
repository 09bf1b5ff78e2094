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
 * NIC's Get GSTIN Details response, field for field.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = GstinDetails.Builder.class)
public final class GstinDetails {
  @JsonProperty("Gstin")
  private final String gstin;

  @JsonProperty("TradeName")
  private final String tradeName;

  @JsonProperty("LegalName")
  private final String legalName;

  @JsonProperty("AddrBnm")
  private final String addrBnm;

  @JsonProperty("AddrBno")
  private final String addrBno;

  @JsonProperty("AddrFlno")
  private final String addrFlno;

  @JsonProperty("AddrSt")
  private final String addrSt;

  @JsonProperty("AddrLoc")
  private final String addrLoc;

  @JsonProperty("StateCode")
  private final Long stateCode;

  @JsonProperty("AddrPncd")
  private final Long addrPncd;

  @JsonProperty("TxpType")
  private final String txpType;

  @JsonProperty("Status")
  private final String status;

  @JsonProperty("BlkStatus")
  private final String blkStatus;

  @JsonProperty("DtReg")
  private final String dtReg;

  @JsonProperty("DtDReg")
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
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code TradeName}. Optional, may be null: empty when absent or null. */
  public Optional<String> tradeName() {
    return Optional.ofNullable(tradeName);
  }

  /** Wire name {@code LegalName}. Required. */
  public String legalName() {
    return legalName;
  }

  /**
   * Building name.
   *
   * <p>Wire name {@code AddrBnm}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> addrBnm() {
    return Optional.ofNullable(addrBnm);
  }

  /**
   * Building number.
   *
   * <p>Wire name {@code AddrBno}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> addrBno() {
    return Optional.ofNullable(addrBno);
  }

  /**
   * Floor number.
   *
   * <p>Wire name {@code AddrFlno}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> addrFlno() {
    return Optional.ofNullable(addrFlno);
  }

  /**
   * Street.
   *
   * <p>Wire name {@code AddrSt}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> addrSt() {
    return Optional.ofNullable(addrSt);
  }

  /**
   * Location.
   *
   * <p>Wire name {@code AddrLoc}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> addrLoc() {
    return Optional.ofNullable(addrLoc);
  }

  /** Wire name {@code StateCode}. Required. */
  public Long stateCode() {
    return stateCode;
  }

  /** Wire name {@code AddrPncd}. Optional, may be null: empty when absent or null. */
  public Optional<Long> addrPncd() {
    return Optional.ofNullable(addrPncd);
  }

  /**
   * {@code REG} regular, {@code COM} composition, {@code SEZ}, {@code UN}, {@code ISD}, {@code
   * TDS}, {@code TCS}, ...
   *
   * <p>Wire name {@code TxpType}. Required.
   */
  public String txpType() {
    return txpType;
  }

  /**
   * {@code ACT} active, {@code CNL} cancelled, {@code SUS} suspended, {@code INA} inactive.
   *
   * <p>Wire name {@code Status}. Required.
   */
  public String status() {
    return status;
  }

  /**
   * {@code B} blocked from generating e-invoices/e-way bills, {@code U} unblocked.
   *
   * <p>Wire name {@code BlkStatus}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> blkStatus() {
    return Optional.ofNullable(blkStatus);
  }

  /**
   * Registration date {@code yyyy-MM-dd}.
   *
   * <p>Wire name {@code DtReg}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> dtReg() {
    return Optional.ofNullable(dtReg);
  }

  /**
   * Cancellation date {@code yyyy-MM-dd}.
   *
   * <p>Wire name {@code DtDReg}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> dtDReg() {
    return Optional.ofNullable(dtDReg);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code GstinDetails};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * GstinDetails.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static GstinDetails fromJson(String json) {
    return Json.parse(json, GstinDetails.class);
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
