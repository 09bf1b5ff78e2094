// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Export details; for {@code EXPWP}/{@code EXPWOP}.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ExpDtls.Builder.class)
public final class ExpDtls {
  private final String shipBNo;
  private final String shipBDt;
  private final String port;
  private final ExpDtlsRefClm refClm;
  private final String forCur;
  private final String cntCode;
  private final BigDecimal expDuty;
  private final Map<String, Object> additionalProperties;

  private ExpDtls(Builder b) {
    this.shipBNo = b.shipBNo;
    this.shipBDt = b.shipBDt;
    this.port = b.port;
    this.refClm = b.refClm;
    this.forCur = b.forCur;
    this.cntCode = b.cntCode;
    this.expDuty = b.expDuty;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Shipping bill number.
   *
   * <p>Wire name {@code ShipBNo}. Optional.
   */
  @JsonProperty("ShipBNo")
  public String shipBNo() {
    return shipBNo;
  }

  /** Wire name {@code ShipBDt}. Optional. */
  @JsonProperty("ShipBDt")
  public String shipBDt() {
    return shipBDt;
  }

  /**
   * Port code (e.g. {@code INBOM1}).
   *
   * <p>Wire name {@code Port}. Optional.
   */
  @JsonProperty("Port")
  public String port() {
    return port;
  }

  /**
   * {@code Y} when a refund is claimed.
   *
   * <p>Wire name {@code RefClm}. Optional.
   */
  @JsonProperty("RefClm")
  public ExpDtlsRefClm refClm() {
    return refClm;
  }

  /**
   * Foreign currency code (ISO 4217).
   *
   * <p>Wire name {@code ForCur}. Optional.
   */
  @JsonProperty("ForCur")
  public String forCur() {
    return forCur;
  }

  /**
   * Destination country (ISO 3166 alpha-2).
   *
   * <p>Wire name {@code CntCode}. Optional.
   */
  @JsonProperty("CntCode")
  public String cntCode() {
    return cntCode;
  }

  /**
   * Export duty.
   *
   * <p>Wire name {@code ExpDuty}. Optional.
   */
  @JsonProperty("ExpDuty")
  public BigDecimal expDuty() {
    return expDuty;
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
    b.shipBNo = shipBNo;
    b.shipBDt = shipBDt;
    b.port = port;
    b.refClm = refClm;
    b.forCur = forCur;
    b.cntCode = cntCode;
    b.expDuty = expDuty;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ExpDtls)) return false;
    ExpDtls that = (ExpDtls) o;
    return Objects.equals(shipBNo, that.shipBNo)
        && Objects.equals(shipBDt, that.shipBDt)
        && Objects.equals(port, that.port)
        && Objects.equals(refClm, that.refClm)
        && Objects.equals(forCur, that.forCur)
        && Objects.equals(cntCode, that.cntCode)
        && Objects.equals(expDuty, that.expDuty)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        shipBNo, shipBDt, port, refClm, forCur, cntCode, expDuty, additionalProperties);
  }

  @Override
  public String toString() {
    return "ExpDtls{"
        + "shipBNo="
        + shipBNo
        + ", shipBDt="
        + shipBDt
        + ", port="
        + port
        + ", refClm="
        + refClm
        + ", forCur="
        + forCur
        + ", cntCode="
        + cntCode
        + ", expDuty="
        + expDuty
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link ExpDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String shipBNo;
    private String shipBDt;
    private String port;
    private ExpDtlsRefClm refClm;
    private String forCur;
    private String cntCode;
    private BigDecimal expDuty;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("ShipBNo")
    public Builder shipBNo(String shipBNo) {
      this.shipBNo = shipBNo;
      return this;
    }

    @JsonProperty("ShipBDt")
    public Builder shipBDt(String shipBDt) {
      this.shipBDt = shipBDt;
      return this;
    }

    @JsonProperty("Port")
    public Builder port(String port) {
      this.port = port;
      return this;
    }

    @JsonProperty("RefClm")
    public Builder refClm(ExpDtlsRefClm refClm) {
      this.refClm = refClm;
      return this;
    }

    @JsonProperty("ForCur")
    public Builder forCur(String forCur) {
      this.forCur = forCur;
      return this;
    }

    @JsonProperty("CntCode")
    public Builder cntCode(String cntCode) {
      this.cntCode = cntCode;
      return this;
    }

    @JsonProperty("ExpDuty")
    public Builder expDuty(BigDecimal expDuty) {
      this.expDuty = expDuty;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public ExpDtls build() {
      return new ExpDtls(this);
    }
  }
}
