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
 * One invalid field.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = FieldError.Builder.class)
public final class FieldError {
  @JsonProperty("pointer")
  private final String pointer;

  @JsonProperty("detail")
  private final String detail;

  @JsonProperty("code")
  private final String code;

  private final Map<String, Object> additionalProperties;

  private FieldError(Builder b) {
    this.pointer = b.pointer;
    this.detail = b.detail;
    this.code = b.code;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * JSON pointer (RFC 6901) into the request body, or {@code header:<name>} / {@code query:<name>}.
   *
   * <p>Wire name {@code pointer}. Required.
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong.
   *
   * <p>Wire name {@code detail}. Required.
   */
  public String detail() {
    return detail;
  }

  /**
   * Machine-readable reason ({@code required}, {@code pattern}, {@code maxLength}, ...).
   *
   * <p>Wire name {@code code}. Optional: empty when absent.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code FieldError};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * FieldError.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static FieldError fromJson(String json) {
    return Json.parse(json, FieldError.class);
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
    b.pointer = pointer;
    b.detail = detail;
    b.code = code;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof FieldError)) return false;
    FieldError that = (FieldError) o;
    return Objects.equals(pointer, that.pointer)
        && Objects.equals(detail, that.detail)
        && Objects.equals(code, that.code)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, detail, code, additionalProperties);
  }

  @Override
  public String toString() {
    return "FieldError{"
        + "pointer="
        + pointer
        + ", detail="
        + detail
        + ", code="
        + code
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link FieldError}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String pointer;
    private String detail;
    private String code;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("pointer")
    public Builder pointer(String pointer) {
      this.pointer = pointer;
      return this;
    }

    @JsonProperty("detail")
    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public FieldError build() {
      return new FieldError(this);
    }
  }
}
