// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Your own key-value pairs (at most 50 keys; keys up to 40 characters, values up to 500).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Metadata.Builder.class)
public final class Metadata {
  private final Map<String, Object> additionalProperties;

  private Metadata(Builder b) {
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Metadata}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Metadata.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Metadata fromJson(String json) {
    return Json.parse(json, Metadata.class);
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
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Metadata)) return false;
    Metadata that = (Metadata) o;
    return Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additionalProperties);
  }

  @Override
  public String toString() {
    return "Metadata{" + ", additionalProperties=" + additionalProperties + "}";
  }

  /** Builder of {@link Metadata}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Metadata build() {
      return new Metadata(this);
    }
  }
}
