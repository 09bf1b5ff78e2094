package dev.einvoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.einvoice.core.Json;
import dev.einvoice.models.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/** spec/conformance/fixtures: {{gstin}}, {{doc_no}}, {{doc_date}} and JSON-pointer {@code set}. */
public final class Fixtures {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Fixtures() {}

  public static JsonNode read(String path) {
    try {
      return Json.mapper().readTree(Files.readAllBytes(Servers.repoRoot().resolve(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String docNo() {
    byte[] b = new byte[5];
    RANDOM.nextBytes(b);
    return "CT/" + HexFormat.of().withUpperCase().formatHex(b);
  }

  public static String istToday() {
    return ZonedDateTime.now(ZoneId.of("Asia/Kolkata"))
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** Resolves {"$fixture": name, "set": {pointer: value}} into JSON. */
  public static JsonNode resolve(JsonNode spec, String gstin) {
    try {
      String name = spec.get("$fixture").asText();
      String text =
          Files.readString(
                  Servers.repoRoot().resolve("spec/conformance/fixtures/" + name + ".json"))
              .replace("{{gstin}}", gstin)
              .replace("{{doc_no}}", docNo())
              .replace("{{doc_date}}", istToday());
      JsonNode doc = Json.mapper().readTree(text);
      JsonNode set = spec.get("set");
      if (set != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String ptr = e.getKey();
          int cut = ptr.lastIndexOf('/');
          ((ObjectNode) doc.at(ptr.substring(0, cut))).set(ptr.substring(cut + 1), e.getValue());
        }
      }
      return doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Invoice invoice(JsonNode spec, String gstin) {
    return Json.mapper().convertValue(resolve(spec, gstin), Invoice.class);
  }

  public static Invoice invoice(String gstin) {
    return invoice(Json.mapper().createObjectNode().put("$fixture", "invoice"), gstin);
  }
}
