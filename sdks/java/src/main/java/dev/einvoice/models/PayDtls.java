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
 * Payment details.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = PayDtls.Builder.class)
public final class PayDtls {
  @JsonProperty("Nm")
  private final String nm;

  @JsonProperty("AccDet")
  private final String accDet;

  @JsonProperty("Mode")
  private final String mode;

  @JsonProperty("FinInsBr")
  private final String finInsBr;

  @JsonProperty("PayTerm")
  private final String payTerm;

  @JsonProperty("PayInstr")
  private final String payInstr;

  @JsonProperty("CrTrn")
  private final String crTrn;

  @JsonProperty("DirDr")
  private final String dirDr;

  @JsonProperty("CrDay")
  private final Long crDay;

  @JsonProperty("PaidAmt")
  private final BigDecimal paidAmt;

  @JsonProperty("PaymtDue")
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
   * <p>Wire name {@code Nm}. Optional: empty when absent.
   */
  public Optional<String> nm() {
    return Optional.ofNullable(nm);
  }

  /**
   * Bank account number.
   *
   * <p>Wire name {@code AccDet}. Optional: empty when absent.
   */
  public Optional<String> accDet() {
    return Optional.ofNullable(accDet);
  }

  /**
   * Mode of payment.
   *
   * <p>Wire name {@code Mode}. Optional: empty when absent.
   */
  public Optional<String> mode() {
    return Optional.ofNullable(mode);
  }

  /**
   * IFSC of the branch.
   *
   * <p>Wire name {@code FinInsBr}. Optional: empty when absent.
   */
  public Optional<String> finInsBr() {
    return Optional.ofNullable(finInsBr);
  }

  /**
   * Terms of payment.
   *
   * <p>Wire name {@code PayTerm}. Optional: empty when absent.
   */
  public Optional<String> payTerm() {
    return Optional.ofNullable(payTerm);
  }

  /**
   * Payment instruction.
   *
   * <p>Wire name {@code PayInstr}. Optional: empty when absent.
   */
  public Optional<String> payInstr() {
    return Optional.ofNullable(payInstr);
  }

  /**
   * Credit transfer.
   *
   * <p>Wire name {@code CrTrn}. Optional: empty when absent.
   */
  public Optional<String> crTrn() {
    return Optional.ofNullable(crTrn);
  }

  /**
   * Direct debit.
   *
   * <p>Wire name {@code DirDr}. Optional: empty when absent.
   */
  public Optional<String> dirDr() {
    return Optional.ofNullable(dirDr);
  }

  /**
   * Credit days.
   *
   * <p>Wire name {@code CrDay}. Optional: empty when absent.
   */
  public Optional<Long> crDay() {
    return Optional.ofNullable(crDay);
  }

  /**
   * Amount already paid.
   *
   * <p>Wire name {@code PaidAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> paidAmt() {
    return Optional.ofNullable(paidAmt);
  }

  /**
   * Amount due.
   *
   * <p>Wire name {@code PaymtDue}. Optional: empty when absent.
   */
  public Optional<BigDecimal> paymtDue() {
    return Optional.ofNullable(paymtDue);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code PayDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, PayDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static PayDtls fromJson(String json) {
    return Json.parse(json, PayDtls.class);
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
