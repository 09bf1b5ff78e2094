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
 * Recipient. {@code Gstin} is {@code URP} (unregistered person) for exports.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BuyerDtls.Builder.class)
public final class BuyerDtls {
  @JsonProperty("Gstin")
  private final String gstin;

  @JsonProperty("LglNm")
  private final String lglNm;

  @JsonProperty("TrdNm")
  private final String trdNm;

  @JsonProperty("Pos")
  private final String pos;

  @JsonProperty("Addr1")
  private final String addr1;

  @JsonProperty("Addr2")
  private final String addr2;

  @JsonProperty("Loc")
  private final String loc;

  @JsonProperty("Pin")
  private final Long pin;

  @JsonProperty("Stcd")
  private final String stcd;

  @JsonProperty("Ph")
  private final String ph;

  @JsonProperty("Em")
  private final String em;

  private final Map<String, Object> additionalProperties;

  private BuyerDtls(Builder b) {
    this.gstin = b.gstin;
    this.lglNm = b.lglNm;
    this.trdNm = b.trdNm;
    this.pos = b.pos;
    this.addr1 = b.addr1;
    this.addr2 = b.addr2;
    this.loc = b.loc;
    this.pin = b.pin;
    this.stcd = b.stcd;
    this.ph = b.ph;
    this.em = b.em;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * GSTIN of the recipient or {@code URP}.
   *
   * <p>Wire name {@code Gstin}. Required.
   */
  public String gstin() {
    return gstin;
  }

  /**
   * Legal name.
   *
   * <p>Wire name {@code LglNm}. Required.
   */
  public String lglNm() {
    return lglNm;
  }

  /**
   * Trade name.
   *
   * <p>Wire name {@code TrdNm}. Optional: empty when absent.
   */
  public Optional<String> trdNm() {
    return Optional.ofNullable(trdNm);
  }

  /**
   * Place of supply state code; {@code 96} for exports.
   *
   * <p>Wire name {@code Pos}. Required.
   */
  public String pos() {
    return pos;
  }

  /**
   * Address line 1.
   *
   * <p>Wire name {@code Addr1}. Required.
   */
  public String addr1() {
    return addr1;
  }

  /**
   * Address line 2.
   *
   * <p>Wire name {@code Addr2}. Optional: empty when absent.
   */
  public Optional<String> addr2() {
    return Optional.ofNullable(addr2);
  }

  /**
   * Location (city).
   *
   * <p>Wire name {@code Loc}. Required.
   */
  public String loc() {
    return loc;
  }

  /**
   * PIN code; required for domestic supplies (2244), {@code 999999} for exports.
   *
   * <p>Wire name {@code Pin}. Optional: empty when absent.
   */
  public Optional<Long> pin() {
    return Optional.ofNullable(pin);
  }

  /** Wire name {@code Stcd}. Required. */
  public String stcd() {
    return stcd;
  }

  /**
   * Phone number, digits only.
   *
   * <p>Wire name {@code Ph}. Optional: empty when absent.
   */
  public Optional<String> ph() {
    return Optional.ofNullable(ph);
  }

  /**
   * E-mail address.
   *
   * <p>Wire name {@code Em}. Optional: empty when absent.
   */
  public Optional<String> em() {
    return Optional.ofNullable(em);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code BuyerDtls};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * BuyerDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BuyerDtls fromJson(String json) {
    return Json.parse(json, BuyerDtls.class);
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
    b.lglNm = lglNm;
    b.trdNm = trdNm;
    b.pos = pos;
    b.addr1 = addr1;
    b.addr2 = addr2;
    b.loc = loc;
    b.pin = pin;
    b.stcd = stcd;
    b.ph = ph;
    b.em = em;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BuyerDtls)) return false;
    BuyerDtls that = (BuyerDtls) o;
    return Objects.equals(gstin, that.gstin)
        && Objects.equals(lglNm, that.lglNm)
        && Objects.equals(trdNm, that.trdNm)
        && Objects.equals(pos, that.pos)
        && Objects.equals(addr1, that.addr1)
        && Objects.equals(addr2, that.addr2)
        && Objects.equals(loc, that.loc)
        && Objects.equals(pin, that.pin)
        && Objects.equals(stcd, that.stcd)
        && Objects.equals(ph, that.ph)
        && Objects.equals(em, that.em)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        gstin, lglNm, trdNm, pos, addr1, addr2, loc, pin, stcd, ph, em, additionalProperties);
  }

  @Override
  public String toString() {
    return "BuyerDtls{"
        + "gstin="
        + gstin
        + ", lglNm="
        + lglNm
        + ", trdNm="
        + trdNm
        + ", pos="
        + pos
        + ", addr1="
        + addr1
        + ", addr2="
        + addr2
        + ", loc="
        + loc
        + ", pin="
        + pin
        + ", stcd="
        + stcd
        + ", ph="
        + ph
        + ", em="
        + em
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BuyerDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String gstin;
    private String lglNm;
    private String trdNm;
    private String pos;
    private String addr1;
    private String addr2;
    private String loc;
    private Long pin;
    private String stcd;
    private String ph;
    private String em;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("LglNm")
    public Builder lglNm(String lglNm) {
      this.lglNm = lglNm;
      return this;
    }

    @JsonProperty("TrdNm")
    public Builder trdNm(String trdNm) {
      this.trdNm = trdNm;
      return this;
    }

    @JsonProperty("Pos")
    public Builder pos(String pos) {
      this.pos = pos;
      return this;
    }

    @JsonProperty("Addr1")
    public Builder addr1(String addr1) {
      this.addr1 = addr1;
      return this;
    }

    @JsonProperty("Addr2")
    public Builder addr2(String addr2) {
      this.addr2 = addr2;
      return this;
    }

    @JsonProperty("Loc")
    public Builder loc(String loc) {
      this.loc = loc;
      return this;
    }

    @JsonProperty("Pin")
    public Builder pin(Long pin) {
      this.pin = pin;
      return this;
    }

    @JsonProperty("Stcd")
    public Builder stcd(String stcd) {
      this.stcd = stcd;
      return this;
    }

    @JsonProperty("Ph")
    public Builder ph(String ph) {
      this.ph = ph;
      return this;
    }

    @JsonProperty("Em")
    public Builder em(String em) {
      this.em = em;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BuyerDtls build() {
      Objects.requireNonNull(gstin, "BuyerDtls.gstin (Gstin) is required");
      Objects.requireNonNull(lglNm, "BuyerDtls.lglNm (LglNm) is required");
      Objects.requireNonNull(pos, "BuyerDtls.pos (Pos) is required");
      Objects.requireNonNull(addr1, "BuyerDtls.addr1 (Addr1) is required");
      Objects.requireNonNull(loc, "BuyerDtls.loc (Loc) is required");
      Objects.requireNonNull(stcd, "BuyerDtls.stcd (Stcd) is required");
      return new BuyerDtls(this);
    }
  }
}
