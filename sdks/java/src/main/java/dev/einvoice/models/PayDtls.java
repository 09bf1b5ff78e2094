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
 * Payment details.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = PayDtls.Builder.class)
public final class PayDtls {
  private final String nm;
  private final String accDet;
  private final String mode;
  private final String finInsBr;
  private final String payTerm;
  private final String payInstr;
  private final String crTrn;
  private final String dirDr;
  private final Long crDay;
  private final BigDecimal paidAmt;
  private final BigDecimal paymtDue;
  private final Map<String, Object> additionalProperties;

  private PayDtls(Builder b) {
    this.nm = b.nm;
    this.accDet = b.accDet;
    this.mode = b.mode;
    this.finInsBr = b.finInsBr;
    this.payTerm = b.payTerm;
    this.payInstr = b.payInstr;
    this.crTrn = b.crTrn;
    this.dirDr = b.dirDr;
    this.crDay = b.crDay;
    this.paidAmt = b.paidAmt;
    this.paymtDue = b.paymtDue;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Payee name.
   *
   * <p>Wire name {@code Nm}. Optional.
   */
  @JsonProperty("Nm")
  public String nm() {
    return nm;
  }

  /**
   * Bank account number.
   *
   * <p>Wire name {@code AccDet}. Optional.
   */
  @JsonProperty("AccDet")
  public String accDet() {
    return accDet;
  }

  /**
   * Mode of payment.
   *
   * <p>Wire name {@code Mode}. Optional.
   */
  @JsonProperty("Mode")
  public String mode() {
    return mode;
  }

  /**
   * IFSC of the branch.
   *
   * <p>Wire name {@code FinInsBr}. Optional.
   */
  @JsonProperty("FinInsBr")
  public String finInsBr() {
    return finInsBr;
  }

  /**
   * Terms of payment.
   *
   * <p>Wire name {@code PayTerm}. Optional.
   */
  @JsonProperty("PayTerm")
  public String payTerm() {
    return payTerm;
  }

  /**
   * Payment instruction.
   *
   * <p>Wire name {@code PayInstr}. Optional.
   */
  @JsonProperty("PayInstr")
  public String payInstr() {
    return payInstr;
  }

  /**
   * Credit transfer.
   *
   * <p>Wire name {@code CrTrn}. Optional.
   */
  @JsonProperty("CrTrn")
  public String crTrn() {
    return crTrn;
  }

  /**
   * Direct debit.
   *
   * <p>Wire name {@code DirDr}. Optional.
   */
  @JsonProperty("DirDr")
  public String dirDr() {
    return dirDr;
  }

  /**
   * Credit days.
   *
   * <p>Wire name {@code CrDay}. Optional.
   */
  @JsonProperty("CrDay")
  public Long crDay() {
    return crDay;
  }

  /**
   * Amount already paid.
   *
   * <p>Wire name {@code PaidAmt}. Optional.
   */
  @JsonProperty("PaidAmt")
  public BigDecimal paidAmt() {
    return paidAmt;
  }

  /**
   * Amount due.
   *
   * <p>Wire name {@code PaymtDue}. Optional.
   */
  @JsonProperty("PaymtDue")
  public BigDecimal paymtDue() {
    return paymtDue;
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
    b.nm = nm;
    b.accDet = accDet;
    b.mode = mode;
    b.finInsBr = finInsBr;
    b.payTerm = payTerm;
    b.payInstr = payInstr;
    b.crTrn = crTrn;
    b.dirDr = dirDr;
    b.crDay = crDay;
    b.paidAmt = paidAmt;
    b.paymtDue = paymtDue;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof PayDtls)) return false;
    PayDtls that = (PayDtls) o;
    return Objects.equals(nm, that.nm)
        && Objects.equals(accDet, that.accDet)
        && Objects.equals(mode, that.mode)
        && Objects.equals(finInsBr, that.finInsBr)
        && Objects.equals(payTerm, that.payTerm)
        && Objects.equals(payInstr, that.payInstr)
        && Objects.equals(crTrn, that.crTrn)
        && Objects.equals(dirDr, that.dirDr)
        && Objects.equals(crDay, that.crDay)
        && Objects.equals(paidAmt, that.paidAmt)
        && Objects.equals(paymtDue, that.paymtDue)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        nm,
        accDet,
        mode,
        finInsBr,
        payTerm,
        payInstr,
        crTrn,
        dirDr,
        crDay,
        paidAmt,
        paymtDue,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "PayDtls{"
        + "nm="
        + nm
        + ", accDet="
        + accDet
        + ", mode="
        + mode
        + ", finInsBr="
        + finInsBr
        + ", payTerm="
        + payTerm
        + ", payInstr="
        + payInstr
        + ", crTrn="
        + crTrn
        + ", dirDr="
        + dirDr
        + ", crDay="
        + crDay
        + ", paidAmt="
        + paidAmt
        + ", paymtDue="
        + paymtDue
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link PayDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String nm;
    private String accDet;
    private String mode;
    private String finInsBr;
    private String payTerm;
    private String payInstr;
    private String crTrn;
    private String dirDr;
    private Long crDay;
    private BigDecimal paidAmt;
    private BigDecimal paymtDue;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Nm")
    public Builder nm(String nm) {
      this.nm = nm;
      return this;
    }

    @JsonProperty("AccDet")
    public Builder accDet(String accDet) {
      this.accDet = accDet;
      return this;
    }

    @JsonProperty("Mode")
    public Builder mode(String mode) {
      this.mode = mode;
      return this;
    }

    @JsonProperty("FinInsBr")
    public Builder finInsBr(String finInsBr) {
      this.finInsBr = finInsBr;
      return this;
    }

    @JsonProperty("PayTerm")
    public Builder payTerm(String payTerm) {
      this.payTerm = payTerm;
      return this;
    }

    @JsonProperty("PayInstr")
    public Builder payInstr(String payInstr) {
      this.payInstr = payInstr;
      return this;
    }

    @JsonProperty("CrTrn")
    public Builder crTrn(String crTrn) {
      this.crTrn = crTrn;
      return this;
    }

    @JsonProperty("DirDr")
    public Builder dirDr(String dirDr) {
      this.dirDr = dirDr;
      return this;
    }

    @JsonProperty("CrDay")
    public Builder crDay(Long crDay) {
      this.crDay = crDay;
      return this;
    }

    @JsonProperty("PaidAmt")
    public Builder paidAmt(BigDecimal paidAmt) {
      this.paidAmt = paidAmt;
      return this;
    }

    @JsonProperty("PaymtDue")
    public Builder paymtDue(BigDecimal paymtDue) {
      this.paymtDue = paymtDue;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public PayDtls build() {
      return new PayDtls(this);
    }
  }
}
