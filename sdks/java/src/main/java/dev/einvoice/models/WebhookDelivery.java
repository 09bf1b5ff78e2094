// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = WebhookDelivery.Builder.class)
public final class WebhookDelivery {
  private final String id;
  private final String object;
  private final String endpointId;
  private final String eventId;
  private final EventType eventType;
  private final DeliveryStatus status;
  private final Long attemptCount;
  private final String nextAttemptAt;
  private final List<DeliveryAttempt> attempts;
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
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  @JsonProperty("object")
  public String object() {
    return object;
  }

  /** Wire name {@code endpoint_id}. Required. */
  @JsonProperty("endpoint_id")
  public String endpointId() {
    return endpointId;
  }

  /**
   * The {@code webhook-id} header value; unchanged on retries and replays.
   *
   * <p>Wire name {@code event_id}. Required.
   */
  @JsonProperty("event_id")
  public String eventId() {
    return eventId;
  }

  /** Wire name {@code event_type}. Required. */
  @JsonProperty("event_type")
  public EventType eventType() {
    return eventType;
  }

  /** Wire name {@code status}. Required. */
  @JsonProperty("status")
  public DeliveryStatus status() {
    return status;
  }

  /** Wire name {@code attempt_count}. Required. */
  @JsonProperty("attempt_count")
  public Long attemptCount() {
    return attemptCount;
  }

  /** Wire name {@code next_attempt_at}. Optional. May be null. */
  @JsonProperty("next_attempt_at")
  public String nextAttemptAt() {
    return nextAttemptAt;
  }

  /** Wire name {@code attempts}. Required. */
  @JsonProperty("attempts")
  public List<DeliveryAttempt> attempts() {
    return attempts;
  }

  /** Wire name {@code created_at}. Required. */
  @JsonProperty("created_at")
  public String createdAt() {
    return createdAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
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
