// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why validity is extended (NIC {@code extnRsnCode}): {@code 1} natural calamity, {@code 2} law and
 * order, {@code 4} transshipment, {@code 5} accident, {@code 99} others.
 *
 * <p>Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is
 * false).
 */
public final class ExtensionReason {
  /** {@code 1} */
  public static final ExtensionReason NATURAL_CALAMITY = new ExtensionReason("1");

  /** {@code 2} */
  public static final ExtensionReason LAW_AND_ORDER = new ExtensionReason("2");

  /** {@code 4} */
  public static final ExtensionReason TRANSSHIPMENT = new ExtensionReason("4");

  /** {@code 5} */
  public static final ExtensionReason ACCIDENT = new ExtensionReason("5");

  /** {@code 99} */
  public static final ExtensionReason OTHERS = new ExtensionReason("99");

  private static final Map<String, ExtensionReason> KNOWN;

  static {
    Map<String, ExtensionReason> m = new LinkedHashMap<>();
    m.put(NATURAL_CALAMITY.value, NATURAL_CALAMITY);
    m.put(LAW_AND_ORDER.value, LAW_AND_ORDER);
    m.put(TRANSSHIPMENT.value, TRANSSHIPMENT);
    m.put(ACCIDENT.value, ACCIDENT);
    m.put(OTHERS.value, OTHERS);
    KNOWN = Collections.unmodifiableMap(m);
  }

  private final String value;

  private ExtensionReason(String value) {
    this.value = value;
  }

  /** The constant for a known value, else a new instance that keeps the value. */
  @JsonCreator
  public static ExtensionReason of(String value) {
    ExtensionReason known = KNOWN.get(value);
    return known != null ? known : new ExtensionReason(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  public static Collection<ExtensionReason> knownValues() {
    return KNOWN.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensionReason && ((ExtensionReason) o).value.equals(value);
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
