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
 * Contract details.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ContrDtls.Builder.class)
public final class ContrDtls {
  private final String recAdvRefr;
  private final String recAdvDt;
  private final String tendRefr;
  private final String contrRefr;
  private final String extRefr;
  private final String projRefr;
  private final String poRefr;
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
   * <p>Wire name {@code RecAdvRefr}. Optional.
   */
  @JsonProperty("RecAdvRefr")
  public String recAdvRefr() {
    return recAdvRefr;
  }

  /** Wire name {@code RecAdvDt}. Optional. */
  @JsonProperty("RecAdvDt")
  public String recAdvDt() {
    return recAdvDt;
  }

  /**
   * Tender or lot reference.
   *
   * <p>Wire name {@code TendRefr}. Optional.
   */
  @JsonProperty("TendRefr")
  public String tendRefr() {
    return tendRefr;
  }

  /**
   * Contract reference.
   *
   * <p>Wire name {@code ContrRefr}. Optional.
   */
  @JsonProperty("ContrRefr")
  public String contrRefr() {
    return contrRefr;
  }

  /**
   * External reference.
   *
   * <p>Wire name {@code ExtRefr}. Optional.
   */
  @JsonProperty("ExtRefr")
  public String extRefr() {
    return extRefr;
  }

  /**
   * Project reference.
   *
   * <p>Wire name {@code ProjRefr}. Optional.
   */
  @JsonProperty("ProjRefr")
  public String projRefr() {
    return projRefr;
  }

  /**
   * Purchase order reference.
   *
   * <p>Wire name {@code PORefr}. Optional.
   */
  @JsonProperty("PORefr")
  public String poRefr() {
    return poRefr;
  }

  /** Wire name {@code PORefDt}. Optional. */
  @JsonProperty("PORefDt")
  public String poRefDt() {
    return poRefDt;
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
