// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event type, or {@code *} for all of them.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class EventFilter {
  /** {@code *} */
  public static final EventFilter EMPTY = new EventFilter("*");

  /** {@code irn.generated} */
  public static final EventFilter IRN_GENERATED = new EventFilter("irn.generated");

  /** {@code irn.failed} */
  public static final EventFilter IRN_FAILED = new EventFilter("irn.failed");

  /** {@code irn.cancelled} */
  public static final EventFilter IRN_CANCELLED = new EventFilter("irn.cancelled");

  /** {@code note.generated} */
  public static final EventFilter NOTE_GENERATED = new EventFilter("note.generated");

  /** {@code ewb.generated} */
  public static final EventFilter EWB_GENERATED = new EventFilter("ewb.generated");

  /** {@code ewb.vehicle_updated} */
  public static final EventFilter EWB_VEHICLE_UPDATED = new EventFilter("ewb.vehicle_updated");

  /** {@code ewb.extended} */
  public static final EventFilter EWB_EXTENDED = new EventFilter("ewb.extended");

  /** {@code ewb.cancelled} */
  public static final EventFilter EWB_CANCELLED = new EventFilter("ewb.cancelled");

  /** {@code bulk.completed} */
  public static final EventFilter BULK_COMPLETED = new EventFilter("bulk.completed");

  /** {@code webhook_endpoint.disabled} */
  public static final EventFilter WEBHOOK_ENDPOINT_DISABLED =
      new EventFilter("webhook_endpoint.disabled");

  private static final Map<String, EventFilter> KNOWN;

  static {
    Map<String, EventFilter> m = new LinkedHashMap<>();
    m.put(EMPTY.value, EMPTY);
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

  private EventFilter(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static EventFilter of(String value) {
    EventFilter known = KNOWN.get(value);
    return known != null ? known : new EventFilter(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<EventFilter> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventFilter && ((EventFilter) o).value.equals(value);
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
