// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A webhook event type. New types may be added; ignore the ones you do not know.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class EventType {
  /** {@code irn.generated} */
  public static final EventType IRN_GENERATED = new EventType("irn.generated");

  /** {@code irn.failed} */
  public static final EventType IRN_FAILED = new EventType("irn.failed");

  /** {@code irn.cancelled} */
  public static final EventType IRN_CANCELLED = new EventType("irn.cancelled");

  /** {@code note.generated} */
  public static final EventType NOTE_GENERATED = new EventType("note.generated");

  /** {@code ewb.generated} */
  public static final EventType EWB_GENERATED = new EventType("ewb.generated");

  /** {@code ewb.vehicle_updated} */
  public static final EventType EWB_VEHICLE_UPDATED = new EventType("ewb.vehicle_updated");

  /** {@code ewb.extended} */
  public static final EventType EWB_EXTENDED = new EventType("ewb.extended");

  /** {@code ewb.cancelled} */
  public static final EventType EWB_CANCELLED = new EventType("ewb.cancelled");

  /** {@code bulk.completed} */
  public static final EventType BULK_COMPLETED = new EventType("bulk.completed");

  /** {@code webhook_endpoint.disabled} */
  public static final EventType WEBHOOK_ENDPOINT_DISABLED =
      new EventType("webhook_endpoint.disabled");

  private static final Map<String, EventType> KNOWN;

  static {
    Map<String, EventType> m = new LinkedHashMap<>();
    m.put(IRN_GENERATED.value, IRN_GENERATED);
    m.put(IRN_FAILED.value, IRN_FAILED);
    m.put(IRN_CANCELLED.value, IRN_CANCELLED);
    m.put(NOTE_GENERATED.value, NOTE_GENERATED);
    m.put(EWB_GENERATED.value, EWB_GENERATED);
    m.put(EWB_VEHICLE_UPDATED.value, EWB_VEHICLE_UPDATED);
    m.put(EWB_EXTENDED.value, EWB_EXTENDED);
    m.put(EWB_CANCELLED.value, EWB_CANCELLED);
    m.put(BULK_COMPLETED.value, BULK_COMPLETED);
    m.put(WEBHOOK_ENDPOINT_DISABLED.value, WEBHOOK_ENDPOINT_DISABLED);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private EventType(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static EventType of(String value) {
    EventType known = KNOWN.get(value);
    return known != null ? known : new EventType(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<EventType> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventType && ((EventType) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
