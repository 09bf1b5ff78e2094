package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Json;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.core.SigningKey;
import dev.einvoice.core.errors.ApiException;
import dev.einvoice.core.errors.EinvoiceException;
import dev.einvoice.models.DocumentsListParams;
import dev.einvoice.support.Fixtures;
import dev.einvoice.support.Servers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every spec/conformance scenario against the HTTP contract server (the same one every SDK uses).
 */
class ConformanceTest {
  private record Outcome(ApiResponse<?> response, Throwable error) {}

  /**
   * No credential's signing key (32 zero bytes, base64): what {@code signing_key: "wrong"} uses.
   */
  static final String WRONG_SIGNING_SECRET = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> s = Files.list(Servers.repoRoot().resolve("spec/conformance/scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> conformance() throws IOException {
    List<Path> files = scenarioFiles();
    assertFalse(files.isEmpty(), "no scenarios found");
    return files.stream()
        .map(
            f -> {
              JsonNode s = Fixtures.read(Servers.repoRoot().relativize(f).toString());
              return DynamicTest.dynamicTest(
                  s.get("id").asText(),
                  () -> {
                    List<String> fails = run(s);
                    if (!fails.isEmpty())
                      fail(s.get("description").asText() + "\n  " + String.join("\n  ", fails));
                  });
            });
  }

  static ApiResponse<?> call(EinvoiceClient client, JsonNode s, RequestOptions ro, String gstin) {
    JsonNode call = s.get("call");
    JsonNode args = call.path("args");
    switch (call.get("operation").asText()) {
      case "generateIrn":
        return client.irn().generateWithResponse(Fixtures.invoice(args.get("invoice"), gstin), ro);
      case "getIrn":
        return client.irn().getWithResponse(args.get("irn").asText(), ro);
      case "listDocuments":
        {
          DocumentsListParams.Builder p = DocumentsListParams.builder();
          if (args.path("params").has("limit")) p.limit(args.path("params").get("limit").asLong());
          return client.documents().listWithResponse(p.build(), ro);
        }
      case "getStatus":
        return client.status().getWithResponse(ro);
      default:
        throw new IllegalArgumentException(
            "the runner does not know operation " + call.get("operation").asText());
    }
  }

  static CompletableFuture<? extends ApiResponse<?>> callAsync(
      EinvoiceClient client, JsonNode s, RequestOptions ro, String gstin) {
    JsonNode call = s.get("call");
    JsonNode args = call.path("args");
    switch (call.get("operation").asText()) {
      case "generateIrn":
        return client
            .async()
            .irn()
            .generateWithResponse(Fixtures.invoice(args.get("invoice"), gstin), ro);
      case "getIrn":
        return client.async().irn().getWithResponse(args.get("irn").asText(), ro);
      case "listDocuments":
        {
          DocumentsListParams.Builder p = DocumentsListParams.builder();
          if (args.path("params").has("limit")) p.limit(args.path("params").get("limit").asLong());
          return client.async().documents().listWithResponse(p.build(), ro);
        }
      case "getStatus":
        return client.async().status().getWithResponse(ro);
      default:
        throw new IllegalArgumentException(
            "the runner does not know operation " + call.get("operation").asText());
    }
  }

  static List<String> run(JsonNode s) throws Exception {
    Servers.Contract c = Servers.contract();
    String run = "java-" + UUID.randomUUID();
    JsonNode co = s.path("client");
    // `credential` names one of the contract server's credentials (default: its default one).
    String credName = s.path("credential").asText("default");
    Servers.Credential cred = c.credentials().get(credName);
    if (cred == null) return List.of("the contract server has no credential " + credName);
    EinvoiceClient.Builder b =
        EinvoiceClient.builder()
            .baseUrl(c.url())
            .gstinCredential(c.gstin(), cred.clientId(), cred.clientSecret())
            .gstin(c.gstin())
            .header("x-contract-scenario", s.get("scenario").asText())
            .header("x-contract-run", run);
    switch (co.path("signing_key").asText("")) {
      case "credential" ->
          b.signingKey(SigningKey.ofBase64(cred.signingKeyId(), cred.signingSecret()));
      case "wrong" -> b.signingKey(SigningKey.ofBase64(cred.signingKeyId(), WRONG_SIGNING_SECRET));
      default -> {}
    }
    if (co.has("max_retries")) b.maxRetries(co.get("max_retries").asInt());
    if (co.has("timeout_ms")) b.timeout(Duration.ofMillis(co.get("timeout_ms").asLong()));
    if (co.has("status_poll_interval_ms"))
      b.statusPollInterval(Duration.ofMillis(co.get("status_poll_interval_ms").asLong()));
    EinvoiceClient client = b.build();
    RequestOptions.Builder rb = RequestOptions.builder();
    JsonNode o = s.path("call").path("options");
    if (o.has("timeout_ms")) rb.timeout(Duration.ofMillis(o.get("timeout_ms").asLong()));
    if (o.has("max_retries")) rb.maxRetries(o.get("max_retries").asInt());
    RequestOptions ro = rb.build();

    int n = s.path("concurrency").asInt(1);
    List<Outcome> outcomes = new ArrayList<>();
    if (n == 1) {
      try {
        outcomes.add(new Outcome(call(client, s, ro, c.gstin()), null));
      } catch (EinvoiceException e) {
        outcomes.add(new Outcome(null, e));
      }
    } else { // concurrent calls go through client.async()
      List<CompletableFuture<? extends ApiResponse<?>>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) fs.add(callAsync(client, s, ro, c.gstin()));
      for (CompletableFuture<? extends ApiResponse<?>> f : fs) {
        try {
          outcomes.add(new Outcome(f.join(), null));
        } catch (CompletionException e) {
          outcomes.add(new Outcome(null, e.getCause()));
        }
      }
    }

    HttpResponse<String> rec =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(c.url() + "/__contract/requests?run=" + run))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode recs = Json.mapper().readTree(rec.body());
    List<JsonNode> attempts = new ArrayList<>();
    int tokens = 0;
    int statuses = 0;
    List<String> fails = new ArrayList<>();
    for (JsonNode r : recs) {
      if (r.hasNonNull("violation")) fails.add("contract violation: " + r.get("violation"));
      String op = r.path("operationId").asText("");
      if (op.equals("createToken")) tokens++;
      else if (op.equals("getStatus")) statuses++;
      else attempts.add(r);
    }
    JsonNode e = s.get("expect");
    Outcome first = outcomes.get(0);
    if (e.get("outcome").asText().equals("result")) {
      for (Outcome oc : outcomes)
        if (oc.error != null) fails.add("expected a result, got " + oc.error);
      if (first.response != null) {
        if (e.has("status") && first.response.statusCode() != e.get("status").asInt()) {
          fails.add(
              "status: expected "
                  + e.get("status").asInt()
                  + ", got "
                  + first.response.statusCode());
        }
        if (e.has("replayed") && first.response.replayed() != e.get("replayed").asBoolean()) {
          fails.add("replayed: expected " + e.get("replayed").asBoolean());
        }
      }
    } else if (first.error == null) {
      fails.add("expected " + e.path("error_class").asText() + ", got a result");
    } else if (!(first.error instanceof EinvoiceException ee)) {
      fails.add("the error is not an EinvoiceException: " + first.error);
    } else {
      if (e.has("error_class") && !ee.contractClass().equals(e.get("error_class").asText())) {
        fails.add(
            "error class: expected "
                + e.get("error_class").asText()
                + ", got "
                + ee.contractClass()
                + " ("
                + ee
                + ")");
      }
      ApiException api = ee instanceof ApiException a ? a : null;
      if (e.has("status") && (api == null || api.statusCode() != e.get("status").asInt())) {
        fails.add(
            "error status: expected "
                + e.get("status").asInt()
                + ", got "
                + (api == null ? "none" : api.statusCode()));
      }
      if (e.has("error_code")
          && (api == null || !e.get("error_code").asText().equals(api.code()))) {
        fails.add(
            "error code: expected "
                + e.get("error_code").asText()
                + ", got "
                + (api == null ? null : api.code()));
      }
      if (e.path("gstn_errors").asBoolean(false) && (api == null || api.gstnErrors().isEmpty())) {
        fails.add("expected gstn_errors on the error");
      }
      if (e.path("request_id").asBoolean(false)
          && (api == null || api.requestId() == null || api.requestId().isEmpty())) {
        fails.add("expected a request id on the error");
      }
    }
    if (e.has("attempts") && attempts.size() != e.get("attempts").asInt()) {
      fails.add("attempts: expected " + e.get("attempts").asInt() + ", got " + attempts.size());
    }
    if (e.has("token_requests") && tokens != e.get("token_requests").asInt()) {
      fails.add("token requests: expected " + e.get("token_requests").asInt() + ", got " + tokens);
    }
    if (e.has("status_requests") && statuses != e.get("status_requests").asInt()) {
      fails.add(
          "status requests: expected " + e.get("status_requests").asInt() + ", got " + statuses);
    }
    if (e.path("same_idempotency_key").asBoolean(false)) {
      Set<String> keys = new HashSet<>();
      for (JsonNode a : attempts)
        keys.add(a.hasNonNull("idempotencyKey") ? a.get("idempotencyKey").asText() : "<none>");
      if (keys.size() != 1 || keys.contains("<none>") || keys.contains("")) {
        fails.add("expected one Idempotency-Key on every attempt, saw " + keys);
      }
    }
    JsonNode delays = e.path("delays_ms");
    for (int i = 0; i < delays.size(); i++) {
      if (i + 1 >= attempts.size()) {
        fails.add("delay " + i + ": attempts " + i + " and " + (i + 1) + " were not both seen");
        continue;
      }
      long gap = attempts.get(i + 1).get("at").asLong() - attempts.get(i).get("at").asLong();
      long min = delays.get(i).get("min").asLong();
      long max = delays.get(i).get("max").asLong();
      if (gap < min || gap > max)
        fails.add(
            "delay before attempt "
                + (i + 1)
                + ": "
                + gap
                + " ms, expected "
                + min
                + "-"
                + max
                + " ms");
    }
    return fails;
  }
}
