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
 * Batch details.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BchDtls.Builder.class)
public final class BchDtls {
  @JsonProperty("Nm")
  private final String nm;

  @JsonProperty("ExpDt")
  private final String expDt;

  @JsonProperty("WrDt")
  private final String wrDt;

  private final Map<String, Object> additionalProperties;

  private BchDtls(Builder b) {
    this.nm = b.nm;
    this.expDt = b.expDt;
    this.wrDt = b.wrDt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Batch number or name.
   *
   * <p>Wire name {@code Nm}. Required.
   */
  public String nm() {
    return nm;
  }

  /** Wire name {@code ExpDt}. Optional: empty when absent. */
  public Optional<String> expDt() {
    return Optional.ofNullable(expDt);
  }

  /** Wire name {@code WrDt}. Optional: empty when absent. */
  public Optional<String> wrDt() {
    return Optional.ofNullable(wrDt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code BchDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, BchDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BchDtls fromJson(String json) {
    return Json.parse(json, BchDtls.class);
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
    b.expDt = expDt;
    b.wrDt = wrDt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BchDtls)) return false;
    BchDtls that = (BchDtls) o;
    return Objects.equals(nm, that.nm)
        && Objects.equals(expDt, that.expDt)
        && Objects.equals(wrDt, that.wrDt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nm, expDt, wrDt, additionalProperties);
  }

  @Override
  public String toString() {
    return "BchDtls{"
        + "nm="
        + nm
        + ", expDt="
        + expDt
        + ", wrDt="
        + wrDt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BchDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String nm;
    private String expDt;
    private String wrDt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Nm")
    public Builder nm(String nm) {
      this.nm = nm;
      return this;
    }

    @JsonProperty("ExpDt")
    public Builder expDt(String expDt) {
      this.expDt = expDt;
      return this;
    }

    @JsonProperty("WrDt")
    public Builder wrDt(String wrDt) {
      this.wrDt = wrDt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BchDtls build() {
      Objects.requireNonNull(nm, "BchDtls.nm (Nm) is required");
      return new BchDtls(this);
    }
  }
}
