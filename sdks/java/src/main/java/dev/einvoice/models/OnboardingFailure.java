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
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = OnboardingFailure.Builder.class)
public final class OnboardingFailure {
  @JsonProperty("code")
  private final String code;

  @JsonProperty("message")
  private final String message;

  private final Map<String, Object> additionalProperties;

  private OnboardingFailure(Builder b) {
    this.code = b.code;
    this.message = b.message;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * NIC's code (1019 Incorrect Password, 1017 Invalid user name), or {@code irp_login_too_long}.
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

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * OnboardingFailure}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, OnboardingFailure.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static OnboardingFailure fromJson(String json) {
    return Json.parse(json, OnboardingFailure.class);
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
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof OnboardingFailure)) return false;
    OnboardingFailure that = (OnboardingFailure) o;
    return Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, additionalProperties);
  }

  @Override
  public String toString() {
    return "OnboardingFailure{"
        + "code="
        + code
        + ", message="
        + message
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link OnboardingFailure}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String code;
    private String message;
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

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public OnboardingFailure build() {
      return new OnboardingFailure(this);
    }
  }
}
