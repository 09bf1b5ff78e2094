package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.einvoice.core.Json;
import dev.einvoice.core.errors.ApiException;
import dev.einvoice.core.errors.EinvoiceException;
import dev.einvoice.core.errors.UnprocessableEntityException;
import dev.einvoice.models.DocType;
import dev.einvoice.models.DocumentStatus;
import dev.einvoice.models.GstnError;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.TranDtlsSupTyp;
import dev.einvoice.models.WebhookEvent;
import dev.einvoice.support.Servers;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Loading models from JSON ({@code Invoice.fromJson}, {@code Json.parse}), writing them back, and
 * the Optional getters of absent or null members. No network.
 */
class JsonTest {
  /** spec/conformance/fixtures/invoice.json with its placeholders filled, as a user's file. */
  static String invoiceText() throws Exception {
    return Files.readString(Servers.repoRoot().resolve("spec/conformance/fixtures/invoice.json"))
        .replace("{{gstin}}", "29AAACP7879D1Z0")
        .replace("{{doc_no}}", "INV/2026/0001")
        .replace("{{doc_date}}", "05/12/2026");
  }

  @Test
  void invoiceFromJsonFile() throws Exception {
    String text = invoiceText();
    Invoice invoice = Invoice.fromJson(text);
    assertEquals("1.1", invoice.version());
    assertEquals(TranDtlsSupTyp.B2_B, invoice.tranDtls().supTyp());
    assertEquals(DocType.INV, invoice.docDtls().typ());
    assertEquals("INV/2026/0001", invoice.docDtls().no());
    assertEquals("29AAACP7879D1Z0", invoice.sellerDtls().gstin());
    assertEquals(560058L, invoice.sellerDtls().pin());
    assertEquals(1, invoice.itemList().size());
    assertEquals(0, new BigDecimal("1180").compareTo(invoice.valDtls().totInvVal()));
    // optional members: present ones as Optional.of, absent ones empty
    assertEquals(Optional.of(new BigDecimal("90")), invoice.valDtls().cgstVal());
    assertEquals(Optional.empty(), invoice.valDtls().igstVal());
    assertEquals(Optional.empty(), invoice.tranDtls().regRev());
    assertEquals(Optional.empty(), invoice.ewbDtls());

    // the generic entry point gives the same value, and toJson() writes the same document back
    assertEquals(invoice, Json.parse(text, Invoice.class));
    ObjectMapper m = Json.mapper();
    assertEquals(m.readTree(text), m.readTree(invoice.toJson()));
    assertEquals(invoice, Invoice.fromJson(invoice.toJson()));
  }

  @Test
  void optionalGettersNeverReachTheWire() throws Exception {
    // absent, null and present members; an unknown one is kept and written back as it came
    String text =
        "{\"id\":\"doc_1\",\"object\":\"document\",\"status\":\"queued\",\"gstin\":\"29AAACP7879D1Z0\","
            + "\"doc_type\":\"INV\",\"doc_no\":\"A/1\",\"doc_date\":\"05/12/2026\",\"Irn\":null,\"Remarks\":\"waiting"
            + " for the IRP\",\"created_at\":\"2026-12-05T10:00:00Z\","
            + "\"updated_at\":\"2026-12-05T10:00:00Z\",\"new_member\":{\"x\":1}}";
    IrnDocument doc = IrnDocument.fromJson(text);
    assertEquals(DocumentStatus.QUEUED, doc.status());
    assertEquals("A/1", doc.docNo());
    assertEquals(Optional.empty(), doc.irn(), "null on the wire");
    assertEquals(Optional.empty(), doc.ackNo(), "absent on the wire");
    assertEquals(Optional.of("waiting for the IRP"), doc.remarks());
    assertEquals(Map.of("x", 1), doc.additionalProperties().get("new_member"));

    JsonNode out = Json.mapper().readTree(doc.toJson());
    assertEquals("A/1", out.get("doc_no").asText());
    assertEquals("waiting for the IRP", out.get("Remarks").asText(), "a plain value, no Optional");
    assertFalse(out.has("Irn"), "absent members are left out");
    assertFalse(out.has("AckNo"));
    assertEquals(1, out.get("new_member").get("x").asInt());
    // any ObjectMapper, not only the SDK's, writes the plain values (no jackson-datatype-jdk8)
    JsonNode plain = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(doc));
    assertEquals(out, plain);
  }

  @Test
  void genericTypesAndWebhookEvents() {
    List<GstnError> errors =
        Json.parse(
            "[{\"code\":\"2189\",\"message\":\"Invalid total\",\"hint\":\"fix TotInvVal\"},"
                + "{\"code\":\"2150\",\"message\":\"Duplicate IRN\",\"pointer\":\"/DocDtls/No\"}]",
            new TypeReference<List<GstnError>>() {});
    assertEquals(2, errors.size());
    assertEquals(Optional.of("fix TotInvVal"), errors.get(0).hint());
    assertEquals(Optional.empty(), errors.get(0).pointer());
    assertEquals(Optional.of("/DocDtls/No"), errors.get(1).pointer());

    WebhookEvent event =
        WebhookEvent.fromJson(
            "{\"type\":\"irn.generated\",\"timestamp\":\"2026-12-05T10:00:00Z\",\"data\":{\"id\":\"doc_1\"}}");
    assertEquals(WebhookEvent.IRN_GENERATED, event.type());
    assertEquals("doc_1", event.asIrnGenerated().orElseThrow().data().id());
  }

  @Test
  void badJsonIsAnEinvoiceException() {
    EinvoiceException notJson =
        assertThrows(EinvoiceException.class, () -> Invoice.fromJson("{\"Version\": "));
    assertTrue(
        notJson.getMessage().startsWith("einvoice: cannot decode Invoice from JSON: "),
        notJson.getMessage());
    assertInstanceOf(JsonProcessingException.class, notJson.getCause());
    EinvoiceException wrongShape =
        assertThrows(EinvoiceException.class, () -> Invoice.fromJson("{\"ItemList\": 5}"));
    assertTrue(wrongShape.getMessage().contains("Invoice"), wrongShape.getMessage());
    assertThrows(EinvoiceException.class, () -> Json.parse(null, Invoice.class));
  }

  /** The one GstnError: what an API error carries is the model the documents carry. */
  @Test
  void apiErrorsCarryTheGstnErrorModel() {
    JsonNode problem =
        Json.parse(
            "{\"type\":\"about:blank\",\"title\":\"Unprocessable\",\"status\":422,"
                + "\"code\":\"gstn_validation_failed\",\"gstn_errors\":[{\"code\":\"2189\",\"message\":\"Invalid"
                + " total\",\"hint\":\"fix TotInvVal\","
                + "\"field\":\"ValDtls.TotInvVal\"},{\"code\":\"2150\",\"message\":\"Duplicate\"}]}",
            JsonNode.class);
    ApiException e = ApiException.of(422, HttpHeaders.of(Map.of(), (a, b) -> true), problem);
    assertInstanceOf(UnprocessableEntityException.class, e);
    List<GstnError> errors = e.gstnErrors();
    assertEquals(2, errors.size());
    assertEquals("2189", errors.get(0).code());
    assertEquals(Optional.of("fix TotInvVal"), errors.get(0).hint());
    assertEquals("ValDtls.TotInvVal", errors.get(0).additionalProperties().get("field"));
    assertEquals(Optional.empty(), errors.get(1).hint());
    assertEquals(GstnError.builder().code("2150").message("Duplicate").build(), errors.get(1));
  }
}
