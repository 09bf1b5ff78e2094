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
@JsonDeserialize(builder = AuditEvent.Builder.class)
public final class AuditEvent {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("type")
  private final AuditEventType typeValue;

  @JsonProperty("occurred_at")
  private final String occurredAt;

  @JsonProperty("actor")
  private final AuditEventActor actor;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("client_id")
  private final String clientId;

  @JsonProperty("request_id")
  private final String requestId;

  @JsonProperty("ip")
  private final String ip;

  @JsonProperty("data")
  private final Map<String, JsonNode> data;

  @JsonProperty("tenant")
  private final String tenant;

  private final Map<String, Object> additionalProperties;

  private AuditEvent(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.typeValue = b.typeValue;
    this.occurredAt = b.occurredAt;
    this.actor = b.actor;
    this.gstin = b.gstin;
    this.clientId = b.clientId;
    this.requestId = b.requestId;
    this.ip = b.ip;
    this.data = b.data == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.data));
    this.tenant = b.tenant;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code type}. Required. */
  public AuditEventType typeValue() {
    return typeValue;
  }

  /** Wire name {@code occurred_at}. Required. */
  public String occurredAt() {
    return occurredAt;
  }

  /** Wire name {@code actor}. Required. */
  public AuditEventActor actor() {
    return actor;
  }

  /** Wire name {@code gstin}. Optional, may be null: empty when absent or null. */
  public Optional<String> gstin() {
    return Optional.ofNullable(gstin);
  }

  /** Wire name {@code client_id}. Optional, may be null: empty when absent or null. */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** Wire name {@code request_id}. Optional, may be null: empty when absent or null. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Wire name {@code ip}. Optional, may be null: empty when absent or null. */
  public Optional<String> ip() {
    return Optional.ofNullable(ip);
  }

  /**
   * Event-specific facts (never secrets)., additionalProperties: true
   *
   * <p>Wire name {@code data}. Optional: empty when absent.
   */
  public Optional<Map<String, JsonNode>> data() {
    return Optional.ofNullable(data);
  }

  /**
   * The tenant it belongs to (null: the account itself).
   *
   * <p>Wire name {@code tenant}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code AuditEvent};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * AuditEvent.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static AuditEvent fromJson(String json) {
    return Json.parse(json, AuditEvent.class);
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
    b.id = id;
    b.object = object;
    b.typeValue = typeValue;
    b.occurredAt = occurredAt;
    b.actor = actor;
    b.gstin = gstin;
    b.clientId = clientId;
    b.requestId = requestId;
    b.ip = ip;
    b.data = data;
    b.tenant = tenant;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AuditEvent)) return false;
    AuditEvent that = (AuditEvent) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(typeValue, that.typeValue)
        && Objects.equals(occurredAt, that.occurredAt)
        && Objects.equals(actor, that.actor)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(clientId, that.clientId)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(ip, that.ip)
        && Objects.equals(data, that.data)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        typeValue,
        occurredAt,
        actor,
        gstin,
        clientId,
        requestId,
        ip,
        data,
        tenant,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "AuditEvent{"
        + "id="
        + id
        + ", object="
        + object
        + ", typeValue="
        + typeValue
        + ", occurredAt="
        + occurredAt
        + ", actor="
        + actor
        + ", gstin="
        + gstin
        + ", clientId="
        + clientId
        + ", requestId="
        + requestId
        + ", ip="
        + ip
        + ", data="
        + data
        + ", tenant="
        + tenant
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link AuditEvent}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private AuditEventType typeValue;
    private String occurredAt;
    private AuditEventActor actor;
    private String gstin;
    private String clientId;
    private String requestId;
    private String ip;
    private Map<String, JsonNode> data;
    private String tenant;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("type")
    public Builder typeValue(AuditEventType typeValue) {
      this.typeValue = typeValue;
      return this;
    }

    @JsonProperty("occurred_at")
    public Builder occurredAt(String occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    @JsonProperty("actor")
    public Builder actor(AuditEventActor actor) {
      this.actor = actor;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("client_id")
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    @JsonProperty("request_id")
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @JsonProperty("ip")
    public Builder ip(String ip) {
      this.ip = ip;
      return this;
    }

    @JsonProperty("data")
    public Builder data(Map<String, JsonNode> data) {
      this.data = data;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public AuditEvent build() {
      return new AuditEvent(this);
    }
  }
}
