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
 * Transaction details.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = TranDtls.Builder.class)
public final class TranDtls {
  @JsonProperty("TaxSch")
  private final String taxSch;

  @JsonProperty("SupTyp")
  private final TranDtlsSupTyp supTyp;

  @JsonProperty("RegRev")
  private final TranDtlsRegRev regRev;

  @JsonProperty("EcmGstin")
  private final String ecmGstin;

  @JsonProperty("IgstOnIntra")
  private final TranDtlsIgstOnIntra igstOnIntra;

  private final Map<String, Object> additionalProperties;

  private TranDtls(Builder b) {
    this.taxSch = b.taxSch;
    this.supTyp = b.supTyp;
    this.regRev = b.regRev;
    this.ecmGstin = b.ecmGstin;
    this.igstOnIntra = b.igstOnIntra;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Tax scheme; always {@code GST}.
   *
   * <p>Wire name {@code TaxSch}. Required.
   */
  public String taxSch() {
    return taxSch;
  }

  /**
   * Supply type. {@code B2B}; {@code SEZWP}/{@code SEZWOP} supply to SEZ with/without payment;
   * {@code EXPWP}/{@code EXPWOP} export with/without payment; {@code DEXP} deemed export.
   *
   * <p>Wire name {@code SupTyp}. Required.
   */
  public TranDtlsSupTyp supTyp() {
    return supTyp;
  }

  /**
   * {@code Y} when tax is payable on reverse charge.
   *
   * <p>Wire name {@code RegRev}. Optional: empty when absent.
   */
  public Optional<TranDtlsRegRev> regRev() {
    return Optional.ofNullable(regRev);
  }

  /**
   * GSTIN of the e-commerce operator, when the supply is through one.
   *
   * <p>Wire name {@code EcmGstin}. Optional: empty when absent.
   */
  public Optional<String> ecmGstin() {
    return Optional.ofNullable(ecmGstin);
  }

  /**
   * {@code Y} for an intra-state supply on which IGST is charged (e.g. supplies under section
   * 7(5)).
   *
   * <p>Wire name {@code IgstOnIntra}. Optional: empty when absent.
   */
  public Optional<TranDtlsIgstOnIntra> igstOnIntra() {
    return Optional.ofNullable(igstOnIntra);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code TranDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, TranDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static TranDtls fromJson(String json) {
    return Json.parse(json, TranDtls.class);
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
    b.taxSch = taxSch;
    b.supTyp = supTyp;
    b.regRev = regRev;
    b.ecmGstin = ecmGstin;
    b.igstOnIntra = igstOnIntra;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TranDtls)) return false;
    TranDtls that = (TranDtls) o;
    return Objects.equals(taxSch, that.taxSch)
        && Objects.equals(supTyp, that.supTyp)
        && Objects.equals(regRev, that.regRev)
        && Objects.equals(ecmGstin, that.ecmGstin)
        && Objects.equals(igstOnIntra, that.igstOnIntra)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxSch, supTyp, regRev, ecmGstin, igstOnIntra, additionalProperties);
  }

  @Override
  public String toString() {
    return "TranDtls{"
        + "taxSch="
        + taxSch
        + ", supTyp="
        + supTyp
        + ", regRev="
        + regRev
        + ", ecmGstin="
        + ecmGstin
        + ", igstOnIntra="
        + igstOnIntra
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link TranDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String taxSch;
    private TranDtlsSupTyp supTyp;
    private TranDtlsRegRev regRev;
    private String ecmGstin;
    private TranDtlsIgstOnIntra igstOnIntra;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("TaxSch")
    public Builder taxSch(String taxSch) {
      this.taxSch = taxSch;
      return this;
    }

    @JsonProperty("SupTyp")
    public Builder supTyp(TranDtlsSupTyp supTyp) {
      this.supTyp = supTyp;
      return this;
    }

    @JsonProperty("RegRev")
    public Builder regRev(TranDtlsRegRev regRev) {
      this.regRev = regRev;
      return this;
    }

    @JsonProperty("EcmGstin")
    public Builder ecmGstin(String ecmGstin) {
      this.ecmGstin = ecmGstin;
      return this;
    }

    @JsonProperty("IgstOnIntra")
    public Builder igstOnIntra(TranDtlsIgstOnIntra igstOnIntra) {
      this.igstOnIntra = igstOnIntra;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public TranDtls build() {
      Objects.requireNonNull(taxSch, "TranDtls.taxSch (TaxSch) is required");
      Objects.requireNonNull(supTyp, "TranDtls.supTyp (SupTyp) is required");
      return new TranDtls(this);
    }
  }
}
