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
 * A preceding document.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = PrecDocDtls.Builder.class)
public final class PrecDocDtls {
  @JsonProperty("InvNo")
  private final String invNo;

  @JsonProperty("InvDt")
  private final String invDt;

  @JsonProperty("OthRefNo")
  private final String othRefNo;

  private final Map<String, Object> additionalProperties;

  private PrecDocDtls(Builder b) {
    this.invNo = b.invNo;
    this.invDt = b.invDt;
    this.othRefNo = b.othRefNo;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Number of the preceding invoice (first character 1-9 or A-Z).
   *
   * <p>Wire name {@code InvNo}. Required.
   */
  public String invNo() {
    return invNo;
  }

  /** Wire name {@code InvDt}. Required. */
  public String invDt() {
    return invDt;
  }

  /**
   * Other reference.
   *
   * <p>Wire name {@code OthRefNo}. Optional: empty when absent.
   */
  public Optional<String> othRefNo() {
    return Optional.ofNullable(othRefNo);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code PrecDocDtls};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * PrecDocDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static PrecDocDtls fromJson(String json) {
    return Json.parse(json, PrecDocDtls.class);
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
    b.invNo = invNo;
    b.invDt = invDt;
    b.othRefNo = othRefNo;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof PrecDocDtls)) return false;
    PrecDocDtls that = (PrecDocDtls) o;
    return Objects.equals(invNo, that.invNo)
        && Objects.equals(invDt, that.invDt)
        && Objects.equals(othRefNo, that.othRefNo)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invNo, invDt, othRefNo, additionalProperties);
  }

  @Override
  public String toString() {
    return "PrecDocDtls{"
        + "invNo="
        + invNo
        + ", invDt="
        + invDt
        + ", othRefNo="
        + othRefNo
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link PrecDocDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String invNo;
    private String invDt;
    private String othRefNo;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("InvNo")
    public Builder invNo(String invNo) {
      this.invNo = invNo;
      return this;
    }

    @JsonProperty("InvDt")
    public Builder invDt(String invDt) {
      this.invDt = invDt;
      return this;
    }

    @JsonProperty("OthRefNo")
    public Builder othRefNo(String othRefNo) {
      this.othRefNo = othRefNo;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public PrecDocDtls build() {
      Objects.requireNonNull(invNo, "PrecDocDtls.invNo (InvNo) is required");
      Objects.requireNonNull(invDt, "PrecDocDtls.invDt (InvDt) is required");
      return new PrecDocDtls(this);
    }
  }
}
