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
 * One government-side error, with what to change.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = GstnError.Builder.class)
public final class GstnError {
  @JsonProperty("code")
  private final String code;

  @JsonProperty("message")
  private final String message;

  @JsonProperty("hint")
  private final String hint;

  @JsonProperty("pointer")
  private final String pointer;

  private final Map<String, Object> additionalProperties;

  private GstnError(Builder b) {
    this.code = b.code;
    this.message = b.message;
    this.hint = b.hint;
    this.pointer = b.pointer;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * NIC error code (e.g. {@code 2172}), or an e-way bill API code.
   *
   * <p>Wire name {@code code}. Required.
   */
  public String code() {
    return code;
  }

  /**
   * NIC's message.
   *
   * <p>Wire name {@code message}. Required.
   */
  public String message() {
    return message;
  }

  /**
   * What to change in the request to resolve it.
   *
   * <p>Wire name {@code hint}. Optional: empty when absent.
   */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /**
   * JSON pointer to the field concerned, when there is one.
   *
   * <p>Wire name {@code pointer}. Optional: empty when absent.
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code GstnError};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * GstnError.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static GstnError fromJson(String json) {
    return Json.parse(json, GstnError.class);
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
    b.message = message;
    b.hint = hint;
    b.pointer = pointer;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GstnError)) return false;
    GstnError that = (GstnError) o;
    return Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(hint, that.hint)
        && Objects.equals(pointer, that.pointer)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, hint, pointer, additionalProperties);
  }

  @Override
  public String toString() {
    return "GstnError{"
        + "code="
        + code
        + ", message="
        + message
        + ", hint="
        + hint
        + ", pointer="
        + pointer
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link GstnError}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String code;
    private String message;
    private String hint;
    private String pointer;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    @JsonProperty("message")
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    @JsonProperty("hint")
    public Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    @JsonProperty("pointer")
    public Builder pointer(String pointer) {
      this.pointer = pointer;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public GstnError build() {
      return new GstnError(this);
    }
  }
}
