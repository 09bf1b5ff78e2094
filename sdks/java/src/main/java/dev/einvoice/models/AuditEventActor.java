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
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = AuditEventActor.Builder.class)
public final class AuditEventActor {
  @JsonProperty("type")
  private final AuditEventActorType typeValue;

  @JsonProperty("id")
  private final String id;

  private final Map<String, Object> additionalProperties;

  private AuditEventActor(Builder b) {
    this.typeValue = b.typeValue;
    this.id = b.id;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * {@code system}: the server itself (e.g. an endpoint disabled after failing).
   *
   * <p>Wire name {@code type}. Required.
   */
  public AuditEventActorType typeValue() {
    return typeValue;
  }

  /** Wire name {@code id}. Optional, may be null: empty when absent or null. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code AuditEventActor};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * AuditEventActor.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static AuditEventActor fromJson(String json) {
    return Json.parse(json, AuditEventActor.class);
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
    b.typeValue = typeValue;
    b.id = id;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AuditEventActor)) return false;
    AuditEventActor that = (AuditEventActor) o;
    return Objects.equals(typeValue, that.typeValue)
        && Objects.equals(id, that.id)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeValue, id, additionalProperties);
  }

  @Override
  public String toString() {
    return "AuditEventActor{"
        + "typeValue="
        + typeValue
        + ", id="
        + id
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link AuditEventActor}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private AuditEventActorType typeValue;
    private String id;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("type")
    public Builder typeValue(AuditEventActorType typeValue) {
      this.typeValue = typeValue;
      return this;
    }

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public AuditEventActor build() {
      return new AuditEventActor(this);
    }
  }
}
