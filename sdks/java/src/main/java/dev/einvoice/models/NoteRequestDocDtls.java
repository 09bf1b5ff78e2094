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
 * Document details of the note.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = NoteRequestDocDtls.Builder.class)
public final class NoteRequestDocDtls {
  @JsonProperty("Typ")
  private final NoteRequestDocDtlsTyp typ;

  @JsonProperty("No")
  private final String no;

  @JsonProperty("Dt")
  private final String dt;

  private final Map<String, Object> additionalProperties;

  private NoteRequestDocDtls(Builder b) {
    this.typ = b.typ;
    this.no = b.no;
    this.dt = b.dt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * {@code CRN} credit note, {@code DBN} debit note.
   *
   * <p>Wire name {@code Typ}. Required.
   */
  public NoteRequestDocDtlsTyp typ() {
    return typ;
  }

  /**
   * Note number.
   *
   * <p>Wire name {@code No}. Required.
   */
  public String no() {
    return no;
  }

  /** Wire name {@code Dt}. Required. */
  public String dt() {
    return dt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * NoteRequestDocDtls}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, NoteRequestDocDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static NoteRequestDocDtls fromJson(String json) {
    return Json.parse(json, NoteRequestDocDtls.class);
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
    b.typ = typ;
    b.no = no;
    b.dt = dt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof NoteRequestDocDtls)) return false;
    NoteRequestDocDtls that = (NoteRequestDocDtls) o;
    return Objects.equals(typ, that.typ)
        && Objects.equals(no, that.no)
        && Objects.equals(dt, that.dt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typ, no, dt, additionalProperties);
  }

  @Override
  public String toString() {
    return "NoteRequestDocDtls{"
        + "typ="
        + typ
        + ", no="
        + no
        + ", dt="
        + dt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link NoteRequestDocDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private NoteRequestDocDtlsTyp typ;
    private String no;
    private String dt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Typ")
    public Builder typ(NoteRequestDocDtlsTyp typ) {
      this.typ = typ;
      return this;
    }

    @JsonProperty("No")
    public Builder no(String no) {
      this.no = no;
      return this;
    }

    @JsonProperty("Dt")
    public Builder dt(String dt) {
      this.dt = dt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public NoteRequestDocDtls build() {
      Objects.requireNonNull(typ, "NoteRequestDocDtls.typ (Typ) is required");
      Objects.requireNonNull(no, "NoteRequestDocDtls.no (No) is required");
      Objects.requireNonNull(dt, "NoteRequestDocDtls.dt (Dt) is required");
      return new NoteRequestDocDtls(this);
    }
  }
}
