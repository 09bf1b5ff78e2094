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
 * Contract details.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ContrDtls.Builder.class)
public final class ContrDtls {
  @JsonProperty("RecAdvRefr")
  private final String recAdvRefr;

  @JsonProperty("RecAdvDt")
  private final String recAdvDt;

  @JsonProperty("TendRefr")
  private final String tendRefr;

  @JsonProperty("ContrRefr")
  private final String contrRefr;

  @JsonProperty("ExtRefr")
  private final String extRefr;

  @JsonProperty("ProjRefr")
  private final String projRefr;

  @JsonProperty("PORefr")
  private final String poRefr;

  @JsonProperty("PORefDt")
  private final String poRefDt;

  private final Map<String, Object> additionalProperties;

  private ContrDtls(Builder b) {
    this.recAdvRefr = b.recAdvRefr;
    this.recAdvDt = b.recAdvDt;
    this.tendRefr = b.tendRefr;
    this.contrRefr = b.contrRefr;
    this.extRefr = b.extRefr;
    this.projRefr = b.projRefr;
    this.poRefr = b.poRefr;
    this.poRefDt = b.poRefDt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Receipt advice reference.
   *
   * <p>Wire name {@code RecAdvRefr}. Optional: empty when absent.
   */
  public Optional<String> recAdvRefr() {
    return Optional.ofNullable(recAdvRefr);
  }

  /** Wire name {@code RecAdvDt}. Optional: empty when absent. */
  public Optional<String> recAdvDt() {
    return Optional.ofNullable(recAdvDt);
  }

  /**
   * Tender or lot reference.
   *
   * <p>Wire name {@code TendRefr}. Optional: empty when absent.
   */
  public Optional<String> tendRefr() {
    return Optional.ofNullable(tendRefr);
  }

  /**
   * Contract reference.
   *
   * <p>Wire name {@code ContrRefr}. Optional: empty when absent.
   */
  public Optional<String> contrRefr() {
    return Optional.ofNullable(contrRefr);
  }

  /**
   * External reference.
   *
   * <p>Wire name {@code ExtRefr}. Optional: empty when absent.
   */
  public Optional<String> extRefr() {
    return Optional.ofNullable(extRefr);
  }

  /**
   * Project reference.
   *
   * <p>Wire name {@code ProjRefr}. Optional: empty when absent.
   */
  public Optional<String> projRefr() {
    return Optional.ofNullable(projRefr);
  }

  /**
   * Purchase order reference.
   *
   * <p>Wire name {@code PORefr}. Optional: empty when absent.
   */
  public Optional<String> poRefr() {
    return Optional.ofNullable(poRefr);
  }

  /** Wire name {@code PORefDt}. Optional: empty when absent. */
  public Optional<String> poRefDt() {
    return Optional.ofNullable(poRefDt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code ContrDtls};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * ContrDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static ContrDtls fromJson(String json) {
    return Json.parse(json, ContrDtls.class);
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
    b.recAdvRefr = recAdvRefr;
    b.recAdvDt = recAdvDt;
    b.tendRefr = tendRefr;
    b.contrRefr = contrRefr;
    b.extRefr = extRefr;
    b.projRefr = projRefr;
    b.poRefr = poRefr;
    b.poRefDt = poRefDt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ContrDtls)) return false;
    ContrDtls that = (ContrDtls) o;
    return Objects.equals(recAdvRefr, that.recAdvRefr)
        && Objects.equals(recAdvDt, that.recAdvDt)
        && Objects.equals(tendRefr, that.tendRefr)
        && Objects.equals(contrRefr, that.contrRefr)
        && Objects.equals(extRefr, that.extRefr)
        && Objects.equals(projRefr, that.projRefr)
        && Objects.equals(poRefr, that.poRefr)
        && Objects.equals(poRefDt, that.poRefDt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        recAdvRefr,
        recAdvDt,
        tendRefr,
        contrRefr,
        extRefr,
        projRefr,
        poRefr,
        poRefDt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "ContrDtls{"
        + "recAdvRefr="
        + recAdvRefr
        + ", recAdvDt="
        + recAdvDt
        + ", tendRefr="
        + tendRefr
        + ", contrRefr="
        + contrRefr
        + ", extRefr="
        + extRefr
        + ", projRefr="
        + projRefr
        + ", poRefr="
        + poRefr
        + ", poRefDt="
        + poRefDt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link ContrDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String recAdvRefr;
    private String recAdvDt;
    private String tendRefr;
    private String contrRefr;
    private String extRefr;
    private String projRefr;
    private String poRefr;
    private String poRefDt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("RecAdvRefr")
    public Builder recAdvRefr(String recAdvRefr) {
      this.recAdvRefr = recAdvRefr;
      return this;
    }

    @JsonProperty("RecAdvDt")
    public Builder recAdvDt(String recAdvDt) {
      this.recAdvDt = recAdvDt;
      return this;
    }

    @JsonProperty("TendRefr")
    public Builder tendRefr(String tendRefr) {
      this.tendRefr = tendRefr;
      return this;
    }

    @JsonProperty("ContrRefr")
    public Builder contrRefr(String contrRefr) {
      this.contrRefr = contrRefr;
      return this;
    }

    @JsonProperty("ExtRefr")
    public Builder extRefr(String extRefr) {
      this.extRefr = extRefr;
      return this;
    }

    @JsonProperty("ProjRefr")
    public Builder projRefr(String projRefr) {
      this.projRefr = projRefr;
      return this;
    }

    @JsonProperty("PORefr")
    public Builder poRefr(String poRefr) {
      this.poRefr = poRefr;
      return this;
    }

    @JsonProperty("PORefDt")
    public Builder poRefDt(String poRefDt) {
      this.poRefDt = poRefDt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public ContrDtls build() {
      return new ContrDtls(this);
    }
  }
}
