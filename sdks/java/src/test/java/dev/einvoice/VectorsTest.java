package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.Gst;
import dev.einvoice.core.Json;
import dev.einvoice.core.RequestSigner;
import dev.einvoice.core.Retry;
import dev.einvoice.core.SigningKey;
import dev.einvoice.core.Webhooks;
import dev.einvoice.core.errors.WebhookVerificationException;
import dev.einvoice.models.DocumentStatus;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.WebhookEvent;
import dev.einvoice.support.Fixtures;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case of spec/vectors/*.json, plus forward-compatibility checks of the generated models. */
class VectorsTest {
  static JsonNode vector(String name) {
    return Fixtures.read("spec/vectors/" + name);
  }

  static Stream<JsonNode> each(JsonNode arr) {
    return StreamSupport.stream(arr.spliterator(), false);
  }

  static Map<String, String> map(JsonNode obj) {
    Map<String, String> m = new LinkedHashMap<>();
    if (obj != null) obj.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  static List<String> list(JsonNode arr) {
    List<String> l = new ArrayList<>();
    arr.forEach(n -> l.add(n.asText()));
    return l;
  }

  static HttpHeaders headers(JsonNode obj) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    map(obj).forEach((k, v) -> m.put(k, List.of(v)));
    return HttpHeaders.of(m, (a, b) -> true);
  }

  @TestFactory
  Stream<DynamicTest> webhookSignatures() {
    return each(vector("webhook-signatures.json").get("cases"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("name").asText(),
                    () -> {
                      byte[] payload = c.get("payload").asText().getBytes(StandardCharsets.UTF_8);
                      Map<String, String> h = map(c.get("headers"));
                      List<String> secrets = list(c.get("verifying_secrets"));
                      long now = c.get("now").asLong();
                      if (c.get("expected").get("valid").asBoolean()) {
                        Webhooks.verify(payload, h, secrets, now);
                      } else {
                        WebhookVerificationException e =
                            assertThrows(
                                WebhookVerificationException.class,
                                () -> Webhooks.verify(payload, h, secrets, now));
                        assertEquals(c.get("expected").get("error").asText(), e.code());
                      }
                      if (c.path("sign_check").asBoolean(true)
                          && c.get("headers").has("webhook-signature")) {
                        List<String> sigs = new ArrayList<>();
                        for (String s : list(c.get("signing_secrets")))
                          sigs.add(
                              Webhooks.sign(
                                  c.get("msg_id").asText(),
                                  c.get("timestamp").asLong(),
                                  payload,
                                  s));
                        assertEquals(
                            c.get("headers").get("webhook-signature").asText(),
                            String.join(" ", sigs));
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> requestSignatures() {
    return each(vector("request-signatures.json").get("cases"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("name").asText(),
                    () -> {
                      byte[] secret = Base64.getDecoder().decode(c.get("secret_base64").asText());
                      JsonNode exp = c.get("expected");
                      if (c.has("components")) {
                        String params =
                            RequestSigner.signatureParams(
                                list(c.get("components")),
                                c.get("created").asLong(),
                                c.get("key_id").asText(),
                                null);
                        String base =
                            RequestSigner.signatureBase(
                                c.get("method").asText(),
                                c.get("url").asText(),
                                map(c.get("headers")),
                                list(c.get("components")),
                                params);
                        assertEquals(exp.get("signature_base").asText(), base);
                        assertEquals(
                            exp.get("signature").asText(),
                            c.get("label").asText()
                                + "=:"
                                + RequestSigner.hmacSha256(base, secret)
                                + ":");
                        return;
                      }
                      byte[] body =
                          c.get("body").isNull()
                              ? null
                              : c.get("body").asText().getBytes(StandardCharsets.UTF_8);
                      Map<String, String> h =
                          RequestSigner.sign(
                              c.get("method").asText(),
                              c.get("url").asText(),
                              body,
                              new SigningKey(
                                  c.get("key_id").asText(), secret, c.get("label").asText()),
                              c.get("created").asLong());
                      assertEquals(
                          exp.get("content_digest").isNull()
                              ? null
                              : exp.get("content_digest").asText(),
                          h.get("content-digest"));
                      assertEquals(exp.get("signature_input").asText(), h.get("signature-input"));
                      assertEquals(exp.get("signature").asText(), h.get("signature"));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> retryBackoff() {
    JsonNode v = vector("retry-backoff.json");
    Stream<DynamicTest> delays =
        each(v.get("delays"))
            .map(
                d ->
                    DynamicTest.dynamicTest(
                        "delay " + d.get("name").asText(),
                        () -> {
                          Instant now = Instant.parse(d.get("now").asText());
                          for (double r : new double[] {0, 0.5, 0.999}) {
                            double ms =
                                Retry.delay(
                                            d.get("retry_index").asInt(),
                                            headers(d.get("response_headers")),
                                            r,
                                            now)
                                        .toNanos()
                                    / 1e6;
                            assertTrue(
                                ms >= d.get("expected").get("min_ms").asDouble() - 0.01
                                    && ms <= d.get("expected").get("max_ms").asDouble() + 0.01,
                                ms + " ms not in bounds");
                          }
                          for (JsonNode w : d.path("with_random")) {
                            assertEquals(
                                w.get("ms").asDouble(),
                                Retry.backoff(
                                            d.get("retry_index").asInt(),
                                            w.get("random").asDouble())
                                        .toNanos()
                                    / 1e6,
                                0.01);
                          }
                        }));
    Stream<DynamicTest> should =
        each(v.get("should_retry"))
            .map(
                s ->
                    DynamicTest.dynamicTest(
                        "should_retry " + s.get("status").asInt() + " " + s.get("headers"),
                        () ->
                            assertEquals(
                                s.get("retry").asBoolean(),
                                Retry.shouldRetry(
                                    s.get("status").asInt(), headers(s.get("headers"))))));
    Stream<DynamicTest> defaults =
        Stream.of(
            DynamicTest.dynamicTest(
                "max_retries_default",
                () ->
                    assertEquals(v.get("max_retries_default").asInt(), Retry.DEFAULT_MAX_RETRIES)));
    return Stream.concat(defaults, Stream.concat(delays, should));
  }

  @TestFactory
  Stream<DynamicTest> irnHashes() {
    JsonNode v = vector("irn-hashes.json");
    Stream<DynamicTest> full =
        each(v.get("cases"))
            .map(
                c ->
                    DynamicTest.dynamicTest(
                        c.get("seller_gstin").asText()
                            + " "
                            + c.get("doc_type").asText()
                            + " "
                            + c.get("doc_no").asText(),
                        () -> {
                          assertEquals(
                              c.get("financial_year").asText(),
                              Gst.financialYear(c.get("doc_date").asText()));
                          assertEquals(
                              c.get("irn").asText(),
                              Gst.computeIrn(
                                  c.get("seller_gstin").asText(),
                                  c.get("doc_type").asText(),
                                  c.get("doc_no").asText(),
                                  c.get("doc_date").asText(),
                                  c.get("uppercase_doc_no").asBoolean()));
                        }));
    Stream<DynamicTest> prefix =
        each(v.get("prefix_cases"))
            .map(
                c ->
                    DynamicTest.dynamicTest(
                        "prefix " + c.get("doc_no").asText(),
                        () ->
                            assertTrue(
                                Gst.computeIrn(
                                        c.get("seller_gstin").asText(),
                                        c.get("doc_type").asText(),
                                        c.get("doc_no").asText(),
                                        c.get("doc_date").asText(),
                                        c.path("uppercase_doc_no").asBoolean(true))
                                    .startsWith(c.get("irn_prefix").asText()))));
    return Stream.concat(full, prefix);
  }

  @TestFactory
  Stream<DynamicTest> gstinCheckDigits() {
    JsonNode v = vector("gstin-check-digits.json");
    Stream<DynamicTest> valid =
        each(v.get("valid"))
            .map(
                c ->
                    DynamicTest.dynamicTest(
                        c.get("gstin").asText() + " valid",
                        () -> {
                          assertEquals(
                              c.get("check").asText().charAt(0),
                              Gst.gstinCheckDigit(c.get("gstin").asText().substring(0, 14)));
                          assertTrue(Gst.isValidGstin(c.get("gstin").asText()));
                        }));
    Stream<DynamicTest> invalid =
        each(v.get("invalid"))
            .map(
                c ->
                    DynamicTest.dynamicTest(
                        c.get("gstin").asText() + " invalid",
                        () -> assertFalse(Gst.isValidGstin(c.get("gstin").asText()))));
    return Stream.concat(valid, invalid);
  }

  @Test
  void unknownFieldsAndEnumValuesDoNotFail() throws Exception {
    String json =
        "{\"id\":\"doc_1\",\"object\":\"document\",\"status\":\"teleported\",\"brand_new\":{\"x\":1},\"doc_no\":\"A/1\"}";
    IrnDocument d = Json.mapper().readValue(json, IrnDocument.class);
    assertFalse(d.status().isKnown());
    assertEquals("teleported", d.status().value());
    assertEquals(Map.of("x", 1), d.additionalProperties().get("brand_new"));
    assertEquals(DocumentStatus.GENERATED, DocumentStatus.of("generated"));
    JsonNode back = Json.mapper().valueToTree(d);
    assertEquals("teleported", back.get("status").asText());
    assertEquals(1, back.get("brand_new").get("x").asInt());
    assertEquals(d, d.toBuilder().build());
  }

  @Test
  void webhookUnionIsOpen() {
    WebhookEvent known =
        WebhookEvent.parse(
            "{\"type\":\"irn.generated\",\"data\":{\"Irn\":\"x\"}}"
                .getBytes(StandardCharsets.UTF_8));
    assertTrue(known.isKnown());
    assertTrue(known.asIrnGenerated().isPresent());
    WebhookEvent unknown =
        WebhookEvent.parse(
            "{\"type\":\"irn.teleported\",\"data\":{}}".getBytes(StandardCharsets.UTF_8));
    assertFalse(unknown.isKnown());
    assertTrue(unknown.asIrnGenerated().isEmpty());
    assertEquals("irn.teleported", unknown.type());
  }

  @Test
  void webhookCodesTestHeadersAndUnwrap() {
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    byte[] payload =
        "{\"type\":\"irn.generated\",\"data\":{\"Irn\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
    long now = 1_764_900_000L;
    Map<String, String> headers = Webhooks.headers("msg_1", now, payload, secret);
    WebhookEvent event =
        new Webhooks(
                List.of(secret),
                java.time.Clock.fixed(Instant.ofEpochSecond(now), java.time.ZoneOffset.UTC))
            .unwrap(payload, headers);
    assertTrue(event.asIrnGenerated().isPresent(), "typed event");
    WebhookVerificationException bad =
        assertThrows(
            WebhookVerificationException.class,
            () -> Webhooks.verify(payload, headers, List.of("whsec_not*valid"), now));
    assertEquals("invalid_secret", bad.code());
    Map<String, String> soon = new LinkedHashMap<>(headers);
    soon.put("webhook-timestamp", "soon");
    assertEquals(
        "invalid_timestamp",
        assertThrows(
                WebhookVerificationException.class,
                () -> Webhooks.verify(payload, soon, List.of(secret), now))
            .code());
  }
}
