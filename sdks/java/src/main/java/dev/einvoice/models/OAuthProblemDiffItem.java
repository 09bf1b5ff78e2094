// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = OAuthProblemDiffItem.Builder.class)
public final class OAuthProblemDiffItem {
  @JsonProperty("pointer")
  private final String pointer;

  @JsonProperty("existing")
  private final JsonNode existing;

  @JsonProperty("requested")
  private final JsonNode requested;

  private final Map<String, Object> additionalProperties;

  private OAuthProblemDiffItem(Builder b) {
    this.pointer = b.pointer;
    this.existing = b.existing;
    this.requested = b.requested;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code pointer}. Required. */
  public String pointer() {
    return pointer;
  }

  /**
   * Value registered at the IRP.
   *
   * <p>Wire name {@code existing}. Optional: empty when absent.
   */
  public Optional<JsonNode> existing() {
    return Optional.ofNullable(existing);
  }

  /**
   * Value in this request.
   *
   * <p>Wire name {@code requested}. Optional: empty when absent.
   */
  public Optional<JsonNode> requested() {
    return Optional.ofNullable(requested);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * OAuthProblemDiffItem}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, OAuthProblemDiffItem.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static OAuthProblemDiffItem fromJson(String json) {
    return Json.parse(json, OAuthProblemDiffItem.class);
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
    b.existing = existing;
    b.requested = requested;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof OAuthProblemDiffItem)) return false;
    OAuthProblemDiffItem that = (OAuthProblemDiffItem) o;
    return Objects.equals(pointer, that.pointer)
        && Objects.equals(existing, that.existing)
        && Objects.equals(requested, that.requested)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, existing, requested, additionalProperties);
  }

  @Override
  public String toString() {
    return "OAuthProblemDiffItem{"
        + "pointer="
        + pointer
        + ", existing="
        + existing
        + ", requested="
        + requested
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link OAuthProblemDiffItem}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String pointer;
    private JsonNode existing;
    private JsonNode requested;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("pointer")
    public Builder pointer(String pointer) {
      this.pointer = pointer;
      return this;
    }

    @JsonProperty("existing")
    public Builder existing(JsonNode existing) {
      this.existing = existing;
      return this;
    }

    @JsonProperty("requested")
    public Builder requested(JsonNode requested) {
      this.requested = requested;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public OAuthProblemDiffItem build() {
      return new OAuthProblemDiffItem(this);
    }
  }
}
