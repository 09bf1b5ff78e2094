// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * References; {@code PrecDocDtls} names the original invoice of a credit or debit note.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = RefDtls.Builder.class)
public final class RefDtls {
  @JsonProperty("InvRm")
  private final String invRm;

  @JsonProperty("DocPerdDtls")
  private final DocPerdDtls docPerdDtls;

  @JsonProperty("PrecDocDtls")
  private final List<PrecDocDtls> precDocDtls;

  @JsonProperty("ContrDtls")
  private final List<ContrDtls> contrDtls;

  private final Map<String, Object> additionalProperties;

  private RefDtls(Builder b) {
    this.invRm = b.invRm;
    this.docPerdDtls = b.docPerdDtls;
    this.precDocDtls =
        b.precDocDtls == null ? null : Collections.unmodifiableList(new ArrayList<>(b.precDocDtls));
    this.contrDtls =
        b.contrDtls == null ? null : Collections.unmodifiableList(new ArrayList<>(b.contrDtls));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Remarks.
   *
   * <p>Wire name {@code InvRm}. Optional: empty when absent.
   */
  public Optional<String> invRm() {
    return Optional.ofNullable(invRm);
  }

  /** Wire name {@code DocPerdDtls}. Optional: empty when absent. */
  public Optional<DocPerdDtls> docPerdDtls() {
    return Optional.ofNullable(docPerdDtls);
  }

  /**
   * Preceding documents (the invoice a note amends).
   *
   * <p>Wire name {@code PrecDocDtls}. Optional: empty when absent.
   */
  public Optional<List<PrecDocDtls>> precDocDtls() {
    return Optional.ofNullable(precDocDtls);
  }

  /**
   * Contract references.
   *
   * <p>Wire name {@code ContrDtls}. Optional: empty when absent.
   */
  public Optional<List<ContrDtls>> contrDtls() {
    return Optional.ofNullable(contrDtls);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code RefDtls}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, RefDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static RefDtls fromJson(String json) {
    return Json.parse(json, RefDtls.class);
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
    b.invRm = invRm;
    b.docPerdDtls = docPerdDtls;
    b.precDocDtls = precDocDtls;
    b.contrDtls = contrDtls;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RefDtls)) return false;
    RefDtls that = (RefDtls) o;
    return Objects.equals(invRm, that.invRm)
        && Objects.equals(docPerdDtls, that.docPerdDtls)
        && Objects.equals(precDocDtls, that.precDocDtls)
        && Objects.equals(contrDtls, that.contrDtls)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invRm, docPerdDtls, precDocDtls, contrDtls, additionalProperties);
  }

  @Override
  public String toString() {
    return "RefDtls{"
        + "invRm="
        + invRm
        + ", docPerdDtls="
        + docPerdDtls
        + ", precDocDtls="
        + precDocDtls
        + ", contrDtls="
        + contrDtls
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link RefDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String invRm;
    private DocPerdDtls docPerdDtls;
    private List<PrecDocDtls> precDocDtls;
    private List<ContrDtls> contrDtls;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("InvRm")
    public Builder invRm(String invRm) {
      this.invRm = invRm;
      return this;
    }

    @JsonProperty("DocPerdDtls")
    public Builder docPerdDtls(DocPerdDtls docPerdDtls) {
      this.docPerdDtls = docPerdDtls;
      return this;
    }

    @JsonProperty("PrecDocDtls")
    public Builder precDocDtls(List<PrecDocDtls> precDocDtls) {
      this.precDocDtls = precDocDtls;
      return this;
    }

    @JsonProperty("ContrDtls")
    public Builder contrDtls(List<ContrDtls> contrDtls) {
      this.contrDtls = contrDtls;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public RefDtls build() {
      return new RefDtls(this);
    }
  }
}
