// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Any webhook payload, told apart by {@code type}. Unknown types decode to the fallback variant
 * with the raw payload.
 *
 * <p>Discriminated by {@code type}. Open: an unknown {@code type} keeps the raw payload ({@link
 * #raw()}) and every {@code asX()} is empty.
 */
public final class WebhookEvent {
  public static final String IRN_GENERATED = "irn.generated";
  public static final String IRN_FAILED = "irn.failed";
  public static final String IRN_CANCELLED = "irn.cancelled";
  public static final String NOTE_GENERATED = "note.generated";
  public static final String EWB_GENERATED = "ewb.generated";
  public static final String EWB_VEHICLE_UPDATED = "ewb.vehicle_updated";
  public static final String EWB_EXTENDED = "ewb.extended";
  public static final String EWB_CANCELLED = "ewb.cancelled";
  public static final String BULK_COMPLETED = "bulk.completed";
  public static final String WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint.disabled";

  private final JsonNode raw;

  private WebhookEvent(JsonNode raw) {
    this.raw = raw;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static WebhookEvent of(JsonNode raw) {
    return new WebhookEvent(raw);
  }

  /** Decodes a payload (the raw webhook body, after verification). */
  public static WebhookEvent parse(byte[] body) {
    try {
      return of(Json.mapper().readTree(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes JSON text: a webhook body after verification, or an event you stored.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON
   */
  public static WebhookEvent fromJson(String json) {
    return of(Json.parse(json, JsonNode.class));
  }

  /** The {@code type} member. */
  public String type() {
    JsonNode t = raw.get("type");
    return t == null || t.isNull() ? null : t.asText();
  }

  @JsonValue
  public JsonNode raw() {
    return raw;
  }

  /** Whether this SDK version knows the event type. */
  public boolean isKnown() {
    String t = type();
    return "irn.generated".equals(t)
        || "irn.failed".equals(t)
        || "irn.cancelled".equals(t)
        || "note.generated".equals(t)
        || "ewb.generated".equals(t)
        || "ewb.vehicle_updated".equals(t)
        || "ewb.extended".equals(t)
        || "ewb.cancelled".equals(t)
        || "bulk.completed".equals(t)
        || "webhook_endpoint.disabled".equals(t);
  }

  /** The payload as {@link IrnGeneratedEvent} when {@code type} is {@code irn.generated}. */
  public Optional<IrnGeneratedEvent> asIrnGenerated() {
    if (!"irn.generated".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, IrnGeneratedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link IrnFailedEvent} when {@code type} is {@code irn.failed}. */
  public Optional<IrnFailedEvent> asIrnFailed() {
    if (!"irn.failed".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, IrnFailedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link IrnCancelledEvent} when {@code type} is {@code irn.cancelled}. */
  public Optional<IrnCancelledEvent> asIrnCancelled() {
    if (!"irn.cancelled".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, IrnCancelledEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link NoteGeneratedEvent} when {@code type} is {@code note.generated}. */
  public Optional<NoteGeneratedEvent> asNoteGenerated() {
    if (!"note.generated".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, NoteGeneratedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link EwbGeneratedEvent} when {@code type} is {@code ewb.generated}. */
  public Optional<EwbGeneratedEvent> asEwbGenerated() {
    if (!"ewb.generated".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, EwbGeneratedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The payload as {@link EwbVehicleUpdatedEvent} when {@code type} is {@code ewb.vehicle_updated}.
   */
  public Optional<EwbVehicleUpdatedEvent> asEwbVehicleUpdated() {
    if (!"ewb.vehicle_updated".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, EwbVehicleUpdatedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link EwbExtendedEvent} when {@code type} is {@code ewb.extended}. */
  public Optional<EwbExtendedEvent> asEwbExtended() {
    if (!"ewb.extended".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, EwbExtendedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link EwbCancelledEvent} when {@code type} is {@code ewb.cancelled}. */
  public Optional<EwbCancelledEvent> asEwbCancelled() {
    if (!"ewb.cancelled".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, EwbCancelledEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as {@link BulkCompletedEvent} when {@code type} is {@code bulk.completed}. */
  public Optional<BulkCompletedEvent> asBulkCompleted() {
    if (!"bulk.completed".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, BulkCompletedEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The payload as {@link WebhookEndpointDisabledEvent} when {@code type} is {@code
   * webhook_endpoint.disabled}.
   */
  public Optional<WebhookEndpointDisabledEvent> asWebhookEndpointDisabled() {
    if (!"webhook_endpoint.disabled".equals(type())) return Optional.empty();
    try {
      return Optional.of(Json.mapper().treeToValue(raw, WebhookEndpointDisabledEvent.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookEvent && ((WebhookEvent) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "WebhookEvent" + raw;
  }
}
