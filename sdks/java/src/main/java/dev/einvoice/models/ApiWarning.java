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
 * A deprecated request field the request used; it works until {@code sunset}.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = ApiWarning.Builder.class)
public final class ApiWarning {
  @JsonProperty("code")
  private final String code;

  @JsonProperty("field")
  private final String field;

  @JsonProperty("message")
  private final String message;

  @JsonProperty("sunset")
  private final String sunset;

  @JsonProperty("replacement")
  private final String replacement;

  @JsonProperty("guide")
  private final String guide;

  private final Map<String, Object> additionalProperties;

  private ApiWarning(Builder b) {
    this.code = b.code;
    this.field = b.field;
    this.message = b.message;
    this.sunset = b.sunset;
    this.replacement = b.replacement;
    this.guide = b.guide;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code code}. Required. */
  public String code() {
    return code;
  }

  /**
   * The deprecated field.
   *
   * <p>Wire name {@code field}. Required.
   */
  public String field() {
    return field;
  }

  /** Wire name {@code message}. Required. */
  public String message() {
    return message;
  }

  /**
   * The first day it no longer works.
   *
   * <p>Wire name {@code sunset}. Required.
   */
  public String sunset() {
    return sunset;
  }

  /**
   * What to use instead.
   *
   * <p>Wire name {@code replacement}. Required.
   */
  public String replacement() {
    return replacement;
  }

  /**
   * The migration guide.
   *
   * <p>Wire name {@code guide}. Required.
   */
  public String guide() {
    return guide;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code ApiWarning};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * ApiWarning.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static ApiWarning fromJson(String json) {
    return Json.parse(json, ApiWarning.class);
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
    b.code = code;
    b.field = field;
    b.message = message;
    b.sunset = sunset;
    b.replacement = replacement;
    b.guide = guide;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ApiWarning)) return false;
    ApiWarning that = (ApiWarning) o;
    return Objects.equals(code, that.code)
        && Objects.equals(field, that.field)
        && Objects.equals(message, that.message)
        && Objects.equals(sunset, that.sunset)
        && Objects.equals(replacement, that.replacement)
        && Objects.equals(guide, that.guide)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, field, message, sunset, replacement, guide, additionalProperties);
  }

  @Override
  public String toString() {
    return "ApiWarning{"
        + "code="
        + code
        + ", field="
        + field
        + ", message="
        + message
        + ", sunset="
        + sunset
        + ", replacement="
        + replacement
        + ", guide="
        + guide
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link ApiWarning}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String code;
    private String field;
    private String message;
    private String sunset;
    private String replacement;
    private String guide;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    @JsonProperty("field")
    public Builder field(String field) {
      this.field = field;
      return this;
    }

    @JsonProperty("message")
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    @JsonProperty("sunset")
    public Builder sunset(String sunset) {
      this.sunset = sunset;
      return this;
    }

    @JsonProperty("replacement")
    public Builder replacement(String replacement) {
      this.replacement = replacement;
      return this;
    }

    @JsonProperty("guide")
    public Builder guide(String guide) {
      this.guide = guide;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public ApiWarning build() {
      return new ApiWarning(this);
    }
  }
}
