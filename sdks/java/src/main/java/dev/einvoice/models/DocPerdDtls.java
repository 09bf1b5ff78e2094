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

/**
 * Period the invoice covers.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = DocPerdDtls.Builder.class)
public final class DocPerdDtls {
  @JsonProperty("InvStDt")
  private final String invStDt;

  @JsonProperty("InvEndDt")
  private final String invEndDt;

  private final Map<String, Object> additionalProperties;

  private DocPerdDtls(Builder b) {
    this.invStDt = b.invStDt;
    this.invEndDt = b.invEndDt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code InvStDt}. Required. */
  public String invStDt() {
    return invStDt;
  }

  /** Wire name {@code InvEndDt}. Required. */
  public String invEndDt() {
    return invEndDt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code DocPerdDtls};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * DocPerdDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static DocPerdDtls fromJson(String json) {
    return Json.parse(json, DocPerdDtls.class);
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
    b.invStDt = invStDt;
    b.invEndDt = invEndDt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof DocPerdDtls)) return false;
    DocPerdDtls that = (DocPerdDtls) o;
    return Objects.equals(invStDt, that.invStDt)
        && Objects.equals(invEndDt, that.invEndDt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invStDt, invEndDt, additionalProperties);
  }

  @Override
  public String toString() {
    return "DocPerdDtls{"
        + "invStDt="
        + invStDt
        + ", invEndDt="
        + invEndDt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link DocPerdDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String invStDt;
    private String invEndDt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("InvStDt")
    public Builder invStDt(String invStDt) {
      this.invStDt = invStDt;
      return this;
    }

    @JsonProperty("InvEndDt")
    public Builder invEndDt(String invEndDt) {
      this.invEndDt = invEndDt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public DocPerdDtls build() {
      Objects.requireNonNull(invStDt, "DocPerdDtls.invStDt (InvStDt) is required");
      Objects.requireNonNull(invEndDt, "DocPerdDtls.invEndDt (InvEndDt) is required");
      return new DocPerdDtls(this);
    }
  }
}
