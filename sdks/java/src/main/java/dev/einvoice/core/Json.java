package dev.einvoice.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.einvoice.core.errors.EinvoiceException;

/**
 * JSON the way the SDK reads and writes it: the API's wire names, unknown members kept (never an
 * error), {@code BigDecimal} for decimals, absent members left out.
 *
 * <pre>{@code
 * Invoice invoice = Invoice.fromJson(text);                  // the same as Json.parse(text, Invoice.class)
 * List<Invoice> batch = Json.parse(text, new TypeReference<List<Invoice>>() {});
 * String out = invoice.toJson();                             // the same as Json.write(invoice)
 * }</pre>
 *
 * <p>Every model has {@code fromJson(String)} and {@code toJson()}; {@link #mapper()} is the
 * configured Jackson mapper, for {@code readTree}, streaming or your own {@code convertValue}.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  private Json() {}

  /** The SDK's Jackson mapper (shared: do not reconfigure it; {@code copy()} it to change it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Decodes JSON text into {@code type} (a model, {@code JsonNode}, {@code Map}, ...).
   *
   * @param json the JSON text
   * @param type the class to decode into
   * @param <T> the decoded type
   * @return the decoded value ({@code null} for the JSON text {@code null})
   * @throws EinvoiceException when the text is not JSON or does not fit {@code type}; the Jackson
   *     exception is its cause
   */
  public static <T> T parse(String json, Class<T> type) {
    if (json == null) throw new EinvoiceException("einvoice: no JSON to decode (null)");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw decodeError(type.getSimpleName(), e);
    }
  }

  /**
   * Decodes JSON text into a generic type, such as {@code new TypeReference<List<Invoice>>() {}}.
   *
   * @param json the JSON text
   * @param type the type to decode into
   * @param <T> the decoded type
   * @return the decoded value
   * @throws EinvoiceException when the text is not JSON or does not fit {@code type}
   */
  public static <T> T parse(String json, TypeReference<T> type) {
    if (json == null) throw new EinvoiceException("einvoice: no JSON to decode (null)");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw decodeError(type.getType().getTypeName(), e);
    }
  }

  /**
   * A value (a model, a list of models, a {@code JsonNode}, ...) as JSON text with the API's wire
   * names.
   *
   * @param value the value to encode
   * @return the JSON text
   * @throws EinvoiceException when Jackson cannot encode the value
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EinvoiceException("einvoice: cannot encode " + value.getClass().getName(), e);
    }
  }

  private static EinvoiceException decodeError(String type, JsonProcessingException e) {
    // The location and the reason, never the document itself (it may hold a buyer's details).
    return new EinvoiceException(
        "einvoice: cannot decode "
            + type
            + " from JSON: "
            + e.getOriginalMessage()
            + (e.getLocation() == null
                ? ""
                : " (line "
                    + e.getLocation().getLineNr()
                    + ", column "
                    + e.getLocation().getColumnNr()
                    + ")"),
        e);
  }
}
