// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * References; {@code PrecDocDtls} names the original invoice.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = NoteRequestRefDtls.Builder.class)
public final class NoteRequestRefDtls {
  private final String invRm;
  private final DocPerdDtls docPerdDtls;
  private final List<PrecDocDtls> precDocDtls;
  private final List<ContrDtls> contrDtls;
  private final Map<String, Object> additionalProperties;

  private NoteRequestRefDtls(Builder b) {
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
   * <p>Wire name {@code InvRm}. Optional.
   */
  @JsonProperty("InvRm")
  public String invRm() {
    return invRm;
  }

  /** Wire name {@code DocPerdDtls}. Optional. */
  @JsonProperty("DocPerdDtls")
  public DocPerdDtls docPerdDtls() {
    return docPerdDtls;
  }

  /**
   * The original invoice(s).
   *
   * <p>Wire name {@code PrecDocDtls}. Required.
   */
  @JsonProperty("PrecDocDtls")
  public List<PrecDocDtls> precDocDtls() {
    return precDocDtls;
  }

  /** Wire name {@code ContrDtls}. Optional. */
  @JsonProperty("ContrDtls")
  public List<ContrDtls> contrDtls() {
    return contrDtls;
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
    if (!(o instanceof NoteRequestRefDtls)) return false;
    NoteRequestRefDtls that = (NoteRequestRefDtls) o;
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
    return "NoteRequestRefDtls{"
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

  /** Builder of {@link NoteRequestRefDtls}. */
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

    public NoteRequestRefDtls build() {
      Objects.requireNonNull(
          precDocDtls, "NoteRequestRefDtls.precDocDtls (PrecDocDtls) is required");
      return new NoteRequestRefDtls(this);
    }
  }
}
