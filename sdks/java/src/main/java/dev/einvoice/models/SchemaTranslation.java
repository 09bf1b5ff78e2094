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

/**
 * The invoice was sent to the IRP in another NIC schema version than it was received in.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = SchemaTranslation.Builder.class)
public final class SchemaTranslation {
  @JsonProperty("received")
  private final String received;

  @JsonProperty("sent")
  private final String sent;

  @JsonProperty("sent_body")
  private final JsonNode sentBody;

  private final Map<String, Object> additionalProperties;

  private SchemaTranslation(Builder b) {
    this.received = b.received;
    this.sent = b.sent;
    this.sentBody = b.sentBody;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The NIC schema version of the request body.
   *
   * <p>Wire name {@code received}. Required.
   */
  public String received() {
    return received;
  }

  /**
   * The NIC schema version the IRP demanded.
   *
   * <p>Wire name {@code sent}. Required.
   */
  public String sent() {
    return sent;
  }

  /**
   * The document as sent to the IRP, redacted like {@code request_body}.
   *
   * <p>Wire name {@code sent_body}. Required.
   */
  public JsonNode sentBody() {
    return sentBody;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * SchemaTranslation}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, SchemaTranslation.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static SchemaTranslation fromJson(String json) {
    return Json.parse(json, SchemaTranslation.class);
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
    b.received = received;
    b.sent = sent;
    b.sentBody = sentBody;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SchemaTranslation)) return false;
    SchemaTranslation that = (SchemaTranslation) o;
    return Objects.equals(received, that.received)
        && Objects.equals(sent, that.sent)
        && Objects.equals(sentBody, that.sentBody)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(received, sent, sentBody, additionalProperties);
  }

  @Override
  public String toString() {
    return "SchemaTranslation{"
        + "received="
        + received
        + ", sent="
        + sent
        + ", sentBody="
        + sentBody
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link SchemaTranslation}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String received;
    private String sent;
    private JsonNode sentBody;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("received")
    public Builder received(String received) {
      this.received = received;
      return this;
    }

    @JsonProperty("sent")
    public Builder sent(String sent) {
      this.sent = sent;
      return this;
    }

    @JsonProperty("sent_body")
    public Builder sentBody(JsonNode sentBody) {
      this.sentBody = sentBody;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public SchemaTranslation build() {
      return new SchemaTranslation(this);
    }
  }
}
