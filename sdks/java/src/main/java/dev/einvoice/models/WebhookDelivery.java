// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = WebhookDelivery.Builder.class)
public final class WebhookDelivery {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("endpoint_id")
  private final String endpointId;

  @JsonProperty("event_id")
  private final String eventId;

  @JsonProperty("event_type")
  private final EventType eventType;

  @JsonProperty("status")
  private final DeliveryStatus status;

  @JsonProperty("attempt_count")
  private final Long attemptCount;

  @JsonProperty("next_attempt_at")
  private final String nextAttemptAt;

  @JsonProperty("attempts")
  private final List<DeliveryAttempt> attempts;

  @JsonProperty("created_at")
  private final String createdAt;

  private final Map<String, Object> additionalProperties;

  private WebhookDelivery(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.endpointId = b.endpointId;
    this.eventId = b.eventId;
    this.eventType = b.eventType;
    this.status = b.status;
    this.attemptCount = b.attemptCount;
    this.nextAttemptAt = b.nextAttemptAt;
    this.attempts =
        b.attempts == null ? null : Collections.unmodifiableList(new ArrayList<>(b.attempts));
    this.createdAt = b.createdAt;
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

  /** Wire name {@code endpoint_id}. Required. */
  public String endpointId() {
    return endpointId;
  }

  /**
   * The {@code webhook-id} header value; unchanged on retries and replays.
   *
   * <p>Wire name {@code event_id}. Required.
   */
  public String eventId() {
    return eventId;
  }

  /** Wire name {@code event_type}. Required. */
  public EventType eventType() {
    return eventType;
  }

  /** Wire name {@code status}. Required. */
  public DeliveryStatus status() {
    return status;
  }

  /** Wire name {@code attempt_count}. Required. */
  public Long attemptCount() {
    return attemptCount;
  }

  /** Wire name {@code next_attempt_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  /** Wire name {@code attempts}. Required. */
  public List<DeliveryAttempt> attempts() {
    return attempts;
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code WebhookDelivery};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * WebhookDelivery.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static WebhookDelivery fromJson(String json) {
    return Json.parse(json, WebhookDelivery.class);
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
    b.endpointId = endpointId;
    b.eventId = eventId;
    b.eventType = eventType;
    b.status = status;
    b.attemptCount = attemptCount;
    b.nextAttemptAt = nextAttemptAt;
    b.attempts = attempts;
    b.createdAt = createdAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof WebhookDelivery)) return false;
    WebhookDelivery that = (WebhookDelivery) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(endpointId, that.endpointId)
        && Objects.equals(eventId, that.eventId)
        && Objects.equals(eventType, that.eventType)
        && Objects.equals(status, that.status)
        && Objects.equals(attemptCount, that.attemptCount)
        && Objects.equals(nextAttemptAt, that.nextAttemptAt)
        && Objects.equals(attempts, that.attempts)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        endpointId,
        eventId,
        eventType,
        status,
        attemptCount,
        nextAttemptAt,
        attempts,
        createdAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "WebhookDelivery{"
        + "id="
        + id
        + ", object="
        + object
        + ", endpointId="
        + endpointId
        + ", eventId="
        + eventId
        + ", eventType="
        + eventType
        + ", status="
        + status
        + ", attemptCount="
        + attemptCount
        + ", nextAttemptAt="
        + nextAttemptAt
        + ", attempts="
        + attempts
        + ", createdAt="
        + createdAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link WebhookDelivery}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String endpointId;
    private String eventId;
    private EventType eventType;
    private DeliveryStatus status;
    private Long attemptCount;
    private String nextAttemptAt;
    private List<DeliveryAttempt> attempts;
    private String createdAt;
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

    @JsonProperty("endpoint_id")
    public Builder endpointId(String endpointId) {
      this.endpointId = endpointId;
      return this;
    }

    @JsonProperty("event_id")
    public Builder eventId(String eventId) {
      this.eventId = eventId;
      return this;
    }

    @JsonProperty("event_type")
    public Builder eventType(EventType eventType) {
      this.eventType = eventType;
      return this;
    }

    @JsonProperty("status")
    public Builder status(DeliveryStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("attempt_count")
    public Builder attemptCount(Long attemptCount) {
      this.attemptCount = attemptCount;
      return this;
    }

    @JsonProperty("next_attempt_at")
    public Builder nextAttemptAt(String nextAttemptAt) {
      this.nextAttemptAt = nextAttemptAt;
      return this;
    }

    @JsonProperty("attempts")
    public Builder attempts(List<DeliveryAttempt> attempts) {
      this.attempts = attempts;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public WebhookDelivery build() {
      return new WebhookDelivery(this);
    }
  }
}
