// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code listWebhookDeliveries} (GET /v1/webhook-deliveries).
 * Immutable; {@link #builder()}.
 */
public final class WebhookDeliveriesListParams {
  private final String endpointId;
  private final DeliveryStatus status;
  private final EventType eventType;
  private final Long limit;
  private final String startingAfter;

  private WebhookDeliveriesListParams(Builder b) {
    this.endpointId = b.endpointId;
    this.status = b.status;
    this.eventType = b.eventType;
    this.limit = b.limit;
    this.startingAfter = b.startingAfter;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.endpointId = endpointId;
    b.status = status;
    b.eventType = eventType;
    b.limit = limit;
    b.startingAfter = startingAfter;
    return b;
  }

  /**
   * Only deliveries to this endpoint.
   *
   * <p>Query {@code endpoint_id}.
   */
  public String endpointId() {
    return endpointId;
  }

  /**
   * Only deliveries in this state; {@code dead} lists the dead-letter queue.
   *
   * <p>Query {@code status}.
   */
  public DeliveryStatus status() {
    return status;
  }

  /**
   * Only deliveries of this event type.
   *
   * <p>Query {@code event_type}.
   */
  public EventType eventType() {
    return eventType;
  }

  /**
   * Page size, 1-100 (default 20).
   *
   * <p>Query {@code limit}.
   */
  public Long limit() {
    return limit;
  }

  /**
   * The {@code next_cursor} of the previous page, unchanged. Cursors are opaque and sealed to the
   * list (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
   * {@code invalid_request} whose error has code {@code invalid_cursor}.
   *
   * <p>Query {@code starting_after}.
   */
  public String startingAfter() {
    return startingAfter;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (endpointId != null) out.put("endpoint_id", ApiRequest.render(endpointId));
    if (status != null) out.put("status", ApiRequest.render(status));
    if (eventType != null) out.put("event_type", ApiRequest.render(eventType));
    if (limit != null) out.put("limit", ApiRequest.render(limit));
    if (startingAfter != null) out.put("starting_after", ApiRequest.render(startingAfter));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WebhookDeliveriesListParams)) return false;
    WebhookDeliveriesListParams that = (WebhookDeliveriesListParams) o;
    return Objects.equals(endpointId, that.endpointId)
        && Objects.equals(status, that.status)
        && Objects.equals(eventType, that.eventType)
        && Objects.equals(limit, that.limit)
        && Objects.equals(startingAfter, that.startingAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endpointId, status, eventType, limit, startingAfter);
  }

  @Override
  public String toString() {
    return "WebhookDeliveriesListParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link WebhookDeliveriesListParams}. */
  public static final class Builder {
    private String endpointId;
    private DeliveryStatus status;
    private EventType eventType;
    private Long limit;
    private String startingAfter;

    Builder() {}

    public Builder endpointId(String endpointId) {
      this.endpointId = endpointId;
      return this;
    }

    public Builder status(DeliveryStatus status) {
      this.status = status;
      return this;
    }

    public Builder eventType(EventType eventType) {
      this.eventType = eventType;
      return this;
    }

    public Builder limit(Long limit) {
      this.limit = limit;
      return this;
    }

    public Builder startingAfter(String startingAfter) {
      this.startingAfter = startingAfter;
      return this;
    }

    public WebhookDeliveriesListParams build() {
      return new WebhookDeliveriesListParams(this);
    }
  }
}
