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
 * Invoice totals. Each must equal the sum over items (2182-2188); TotInvVal = AssVal + CgstVal +
 * SgstVal + IgstVal + CesVal + StCesVal + OthChrg - Discount + RndOffAmt within 1 rupee (2189).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ValDtls.Builder.class)
public final class ValDtls {
  @JsonProperty("AssVal")
  private final BigDecimal assVal;

  @JsonProperty("CgstVal")
  private final BigDecimal cgstVal;

  @JsonProperty("SgstVal")
  private final BigDecimal sgstVal;

  @JsonProperty("IgstVal")
  private final BigDecimal igstVal;

  @JsonProperty("CesVal")
  private final BigDecimal cesVal;

  @JsonProperty("StCesVal")
  private final BigDecimal stCesVal;

  @JsonProperty("Discount")
  private final BigDecimal discount;

  @JsonProperty("OthChrg")
  private final BigDecimal othChrg;

  @JsonProperty("RndOffAmt")
  private final BigDecimal rndOffAmt;

  @JsonProperty("TotInvVal")
  private final BigDecimal totInvVal;

  @JsonProperty("TotInvValFc")
  private final BigDecimal totInvValFc;

  private final Map<String, Object> additionalProperties;

  private ValDtls(Builder b) {
    this.assVal = b.assVal;
    this.cgstVal = b.cgstVal;
    this.sgstVal = b.sgstVal;
    this.igstVal = b.igstVal;
    this.cesVal = b.cesVal;
    this.stCesVal = b.stCesVal;
    this.discount = b.discount;
    this.othChrg = b.othChrg;
    this.rndOffAmt = b.rndOffAmt;
    this.totInvVal = b.totInvVal;
    this.totInvValFc = b.totInvValFc;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Total taxable value.
   *
   * <p>Wire name {@code AssVal}. Required.
   */
  public BigDecimal assVal() {
    return assVal;
  }

  /**
   * Total CGST.
   *
   * <p>Wire name {@code CgstVal}. Optional: empty when absent.
   */
  public Optional<BigDecimal> cgstVal() {
    return Optional.ofNullable(cgstVal);
  }

  /**
   * Total SGST/UTGST.
   *
   * <p>Wire name {@code SgstVal}. Optional: empty when absent.
   */
  public Optional<BigDecimal> sgstVal() {
    return Optional.ofNullable(sgstVal);
  }

  /**
   * Total IGST.
   *
   * <p>Wire name {@code IgstVal}. Optional: empty when absent.
   */
  public Optional<BigDecimal> igstVal() {
    return Optional.ofNullable(igstVal);
  }

  /**
   * Total cess.
   *
   * <p>Wire name {@code CesVal}. Optional: empty when absent.
   */
  public Optional<BigDecimal> cesVal() {
    return Optional.ofNullable(cesVal);
  }

  /**
   * Total state cess.
   *
   * <p>Wire name {@code StCesVal}. Optional: empty when absent.
   */
  public Optional<BigDecimal> stCesVal() {
    return Optional.ofNullable(stCesVal);
  }

  /**
   * Invoice-level discount.
   *
   * <p>Wire name {@code Discount}. Optional: empty when absent.
   */
  public Optional<BigDecimal> discount() {
    return Optional.ofNullable(discount);
  }

  /**
   * Invoice-level other charges.
   *
   * <p>Wire name {@code OthChrg}. Optional: empty when absent.
   */
  public Optional<BigDecimal> othChrg() {
    return Optional.ofNullable(othChrg);
  }

  /**
   * Round-off amount.
   *
   * <p>Wire name {@code RndOffAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> rndOffAmt() {
    return Optional.ofNullable(rndOffAmt);
  }

  /**
   * Total invoice value.
   *
   * <p>Wire name {@code TotInvVal}. Required.
   */
  public BigDecimal totInvVal() {
    return totInvVal;
  }

  /**
   * Total invoice value in foreign currency (exports).
   *
   * <p>Wire name {@code TotInvValFc}. Optional: empty when absent.
   */
  public Optional<BigDecimal> totInvValFc() {
    return Optional.ofNullable(totInvValFc);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code ValDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, ValDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static ValDtls fromJson(String json) {
    return Json.parse(json, ValDtls.class);
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
    b.assVal = assVal;
    b.cgstVal = cgstVal;
    b.sgstVal = sgstVal;
    b.igstVal = igstVal;
    b.cesVal = cesVal;
    b.stCesVal = stCesVal;
    b.discount = discount;
    b.othChrg = othChrg;
    b.rndOffAmt = rndOffAmt;
    b.totInvVal = totInvVal;
    b.totInvValFc = totInvValFc;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ValDtls)) return false;
    ValDtls that = (ValDtls) o;
    return Objects.equals(assVal, that.assVal)
        && Objects.equals(cgstVal, that.cgstVal)
        && Objects.equals(sgstVal, that.sgstVal)
        && Objects.equals(igstVal, that.igstVal)
        && Objects.equals(cesVal, that.cesVal)
        && Objects.equals(stCesVal, that.stCesVal)
        && Objects.equals(discount, that.discount)
        && Objects.equals(othChrg, that.othChrg)
        && Objects.equals(rndOffAmt, that.rndOffAmt)
        && Objects.equals(totInvVal, that.totInvVal)
        && Objects.equals(totInvValFc, that.totInvValFc)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        assVal,
        cgstVal,
        sgstVal,
        igstVal,
        cesVal,
        stCesVal,
        discount,
        othChrg,
        rndOffAmt,
        totInvVal,
        totInvValFc,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "ValDtls{"
        + "assVal="
        + assVal
        + ", cgstVal="
        + cgstVal
        + ", sgstVal="
        + sgstVal
        + ", igstVal="
        + igstVal
        + ", cesVal="
        + cesVal
        + ", stCesVal="
        + stCesVal
        + ", discount="
        + discount
        + ", othChrg="
        + othChrg
        + ", rndOffAmt="
        + rndOffAmt
        + ", totInvVal="
        + totInvVal
        + ", totInvValFc="
        + totInvValFc
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link ValDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private BigDecimal assVal;
    private BigDecimal cgstVal;
    private BigDecimal sgstVal;
    private BigDecimal igstVal;
    private BigDecimal cesVal;
    private BigDecimal stCesVal;
    private BigDecimal discount;
    private BigDecimal othChrg;
    private BigDecimal rndOffAmt;
    private BigDecimal totInvVal;
    private BigDecimal totInvValFc;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("AssVal")
    public Builder assVal(BigDecimal assVal) {
      this.assVal = assVal;
      return this;
    }

    @JsonProperty("CgstVal")
    public Builder cgstVal(BigDecimal cgstVal) {
      this.cgstVal = cgstVal;
      return this;
    }

    @JsonProperty("SgstVal")
    public Builder sgstVal(BigDecimal sgstVal) {
      this.sgstVal = sgstVal;
      return this;
    }

    @JsonProperty("IgstVal")
    public Builder igstVal(BigDecimal igstVal) {
      this.igstVal = igstVal;
      return this;
    }

    @JsonProperty("CesVal")
    public Builder cesVal(BigDecimal cesVal) {
      this.cesVal = cesVal;
      return this;
    }

    @JsonProperty("StCesVal")
    public Builder stCesVal(BigDecimal stCesVal) {
      this.stCesVal = stCesVal;
      return this;
    }

    @JsonProperty("Discount")
    public Builder discount(BigDecimal discount) {
      this.discount = discount;
      return this;
    }

    @JsonProperty("OthChrg")
    public Builder othChrg(BigDecimal othChrg) {
      this.othChrg = othChrg;
      return this;
    }

    @JsonProperty("RndOffAmt")
    public Builder rndOffAmt(BigDecimal rndOffAmt) {
      this.rndOffAmt = rndOffAmt;
      return this;
    }

    @JsonProperty("TotInvVal")
    public Builder totInvVal(BigDecimal totInvVal) {
      this.totInvVal = totInvVal;
      return this;
    }

    @JsonProperty("TotInvValFc")
    public Builder totInvValFc(BigDecimal totInvValFc) {
      this.totInvValFc = totInvValFc;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public ValDtls build() {
      Objects.requireNonNull(assVal, "ValDtls.assVal (AssVal) is required");
      Objects.requireNonNull(totInvVal, "ValDtls.totInvVal (TotInvVal) is required");
      return new ValDtls(this);
    }
  }
}
