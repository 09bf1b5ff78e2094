// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Export details; for {@code EXPWP}/{@code EXPWOP}.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ExpDtls.Builder.class)
public final class ExpDtls {
  @JsonProperty("ShipBNo")
  private final String shipBNo;

  @JsonProperty("ShipBDt")
  private final String shipBDt;

  @JsonProperty("Port")
  private final String port;

  @JsonProperty("RefClm")
  private final ExpDtlsRefClm refClm;

  @JsonProperty("ForCur")
  private final String forCur;

  @JsonProperty("CntCode")
  private final String cntCode;

  @JsonProperty("ExpDuty")
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
   * <p>Wire name {@code ShipBNo}. Optional: empty when absent.
   */
  public Optional<String> shipBNo() {
    return Optional.ofNullable(shipBNo);
  }

  /** Wire name {@code ShipBDt}. Optional: empty when absent. */
  public Optional<String> shipBDt() {
    return Optional.ofNullable(shipBDt);
  }

  /**
   * Port code (e.g. {@code INBOM1}).
   *
   * <p>Wire name {@code Port}. Optional: empty when absent.
   */
  public Optional<String> port() {
    return Optional.ofNullable(port);
  }

  /**
   * {@code Y} when a refund is claimed.
   *
   * <p>Wire name {@code RefClm}. Optional: empty when absent.
   */
  public Optional<ExpDtlsRefClm> refClm() {
    return Optional.ofNullable(refClm);
  }

  /**
   * Foreign currency code (ISO 4217).
   *
   * <p>Wire name {@code ForCur}. Optional: empty when absent.
   */
  public Optional<String> forCur() {
    return Optional.ofNullable(forCur);
  }

  /**
   * Destination country (ISO 3166 alpha-2).
   *
   * <p>Wire name {@code CntCode}. Optional: empty when absent.
   */
  public Optional<String> cntCode() {
    return Optional.ofNullable(cntCode);
  }

  /**
   * Export duty.
   *
   * <p>Wire name {@code ExpDuty}. Optional: empty when absent.
   */
  public Optional<BigDecimal> expDuty() {
    return Optional.ofNullable(expDuty);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code ExpDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, ExpDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static ExpDtls fromJson(String json) {
    return Json.parse(json, ExpDtls.class);
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
