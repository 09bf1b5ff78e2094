// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * NIC's {@code InfoDtls} entry: {@code DUPIRN} (duplicate; {@code Desc} holds AckNo, AckDt, Irn),
 * {@code EWBERR} (the e-way bill part failed; {@code Desc} lists errors), {@code EWBPPD} (computed
 * PIN-to-PIN distance), {@code ADDNLNFO}.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = InfoDtl.Builder.class)
public final class InfoDtl {
  @JsonProperty("InfCd")
  private final String infCd;

  @JsonProperty("Desc")
  private final JsonNode desc;

  private final Map<String, Object> additionalProperties;

  private InfoDtl(Builder b) {
    this.infCd = b.infCd;
    this.desc = b.desc;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code InfCd}. Required. */
  public String infCd() {
    return infCd;
  }

  /**
   * Free text, an object or an array, depending on {@code InfCd}.
   *
   * <p>Wire name {@code Desc}. Optional: empty when absent.
   */
  public Optional<JsonNode> desc() {
    return Optional.ofNullable(desc);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code InfoDtl}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, InfoDtl.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static InfoDtl fromJson(String json) {
    return Json.parse(json, InfoDtl.class);
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
    b.infCd = infCd;
    b.desc = desc;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof InfoDtl)) return false;
    InfoDtl that = (InfoDtl) o;
    return Objects.equals(infCd, that.infCd)
        && Objects.equals(desc, that.desc)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(infCd, desc, additionalProperties);
  }

  @Override
  public String toString() {
    return "InfoDtl{"
        + "infCd="
        + infCd
        + ", desc="
        + desc
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link InfoDtl}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String infCd;
    private JsonNode desc;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("InfCd")
    public Builder infCd(String infCd) {
      this.infCd = infCd;
      return this;
    }

    @JsonProperty("Desc")
    public Builder desc(JsonNode desc) {
      this.desc = desc;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public InfoDtl build() {
      return new InfoDtl(this);
    }
  }
}
