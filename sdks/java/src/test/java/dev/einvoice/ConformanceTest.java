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
import dev.einvoice.models.AdvanceTestClockRequest;
import dev.einvoice.models.CancelIrnRequest;
import dev.einvoice.models.CreateCredentialRequest;
import dev.einvoice.models.CreateTenantRequest;
import dev.einvoice.models.CreateTestClockRequest;
import dev.einvoice.models.DocumentsListParams;
import dev.einvoice.models.GstnError;
import dev.einvoice.models.RegisterGstinRequest;
import dev.einvoice.models.UsageGetUsageParams;
import dev.einvoice.support.Fixtures;
import dev.einvoice.support.RecordingLogger;
import dev.einvoice.support.Servers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
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

  /** Operations made with the account key (the contract server's {@code api_key}). */
  static final Set<String> ACCOUNT_KEY_OPERATIONS =
      Set.of("createTenant", "registerGstin", "createCredential", "deleteGstin", "getUsage");

  /** Operations {@link #call} makes (the account key's too: {@link #ACCOUNT_KEY_OPERATIONS}). */
  static final Set<String> KNOWN_OPERATIONS =
      Set.of(
          "generateIrn",
          "getIrn",
          "listDocuments",
          "getStatus",
          "getEwb",
          "cancelIrn",
          "createTestClock",
          "advanceTestClock",
          "deleteTestClock");

  /** A string argument: a JSON string, or {@code {"$ref": "name.field"}} of a saved step's JSON. */
  static String arg(JsonNode value, Map<String, JsonNode> saved) {
    return value == null ? null : resolve(value, saved).asText();
  }

  /** A scenario value with {@code {"$ref": "name.field"}} (or {@code "name"}) resolved. */
  static JsonNode resolve(JsonNode value, Map<String, JsonNode> saved) {
    if (value == null || !value.has("$ref")) return value;
    String[] ref = value.get("$ref").asText().split("\\.", 2);
    JsonNode obj = saved.get(ref[0]);
    if (obj == null) throw new IllegalStateException("no step saved " + ref[0]);
    return ref.length == 1 ? obj : obj.path(ref[1]);
  }

  /**
   * A call's, step's or clean-up's {@code options} as request options ({@code tenant}: a $ref too).
   */
  static RequestOptions requestOptions(JsonNode o, Map<String, JsonNode> saved) {
    RequestOptions.Builder rb = RequestOptions.builder();
    if (o.has("timeout_ms")) rb.timeout(Duration.ofMillis(o.get("timeout_ms").asLong()));
    if (o.has("max_retries")) rb.maxRetries(o.get("max_retries").asInt());
    if (o.has("tenant")) rb.tenant(arg(o.get("tenant"), saved));
    return rb.build();
  }

  /** Runs the steps in order, saving each result's JSON named by {@code save_as}. */
  static void runSteps(
      EinvoiceClient client, JsonNode steps, Map<String, JsonNode> saved, String gstin)
      throws IOException {
    for (JsonNode step : steps) {
      EinvoiceClient stepClient = client;
      if (step.has("credential")) {
        // A credential a step created (its client id and secret): a copy acting for its GSTIN.
        JsonNode created = resolve(step.get("credential"), saved);
        String g = created.path("gstin").asText();
        stepClient =
            client.withOptions(
                o ->
                    o.gstinCredential(
                            g,
                            created.path("client_id").asText(),
                            created.path("client_secret").asText())
                        .gstin(g));
      }
      ApiResponse<?> r =
          call(stepClient, step, requestOptions(step.path("options"), saved), gstin, saved);
      if (step.has("save_as"))
        saved.put(step.get("save_as").asText(), Json.mapper().readTree(r.body()));
    }
  }

  /** The operations of the scenario's steps and clean-up other than its call's: not attempts. */
  static Set<String> stepOperations(JsonNode s) {
    Set<String> ops = new HashSet<>();
    for (String k : List.of("steps", "finally"))
      for (JsonNode c : s.path(k)) ops.add(c.get("operation").asText());
    ops.remove(s.get("call").get("operation").asText());
    return ops;
  }

  static ApiResponse<?> call(
      EinvoiceClient client,
      JsonNode call,
      RequestOptions ro,
      String gstin,
      Map<String, JsonNode> saved) {
    JsonNode args = call.path("args");
    String body = args.path("body").toString(); // the request model's JSON, for fromJson
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
      case "getEwb": // the integer the models hold, passed as is
        return client.ewb().getWithResponse(args.get("ewb_no").asLong(), ro);
      case "cancelIrn":
        return client
            .irn()
            .cancelWithResponse(arg(args.get("irn"), saved), CancelIrnRequest.fromJson(body), ro);
      case "createTestClock":
        return client.testClocks().createWithResponse(CreateTestClockRequest.fromJson(body), ro);
      case "advanceTestClock":
        return client
            .testClocks()
            .advanceWithResponse(
                arg(args.get("test_clock_id"), saved), AdvanceTestClockRequest.fromJson(body), ro);
      case "deleteTestClock":
        return client.testClocks().deleteWithResponse(arg(args.get("test_clock_id"), saved), ro);
      // ACCOUNT_KEY_OPERATIONS (the client has the contract server's api_key).
      case "createTenant":
        return client.platforms().createTenantWithResponse(CreateTenantRequest.fromJson(body), ro);
      case "registerGstin":
        return client.gstins().registerWithResponse(RegisterGstinRequest.fromJson(body), ro);
      case "createCredential":
        return client
            .credentials()
            .createWithResponse(
                arg(args.get("gstin"), saved), CreateCredentialRequest.fromJson(body), ro);
      case "deleteGstin":
        return client.gstins().deleteWithResponse(arg(args.get("gstin"), saved), ro);
      case "getUsage":
        {
          UsageGetUsageParams.Builder p = UsageGetUsageParams.builder();
          JsonNode q = args.path("params");
          if (q.has("from")) p.from(q.get("from").asText());
          if (q.has("to")) p.to(q.get("to").asText());
          return client.usage().getUsageWithResponse(p.build(), ro);
        }
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
      case "getEwb":
        return client.async().ewb().getWithResponse(args.get("ewb_no").asLong(), ro);
      default:
        throw new IllegalArgumentException(
            "the runner does not know operation " + call.get("operation").asText());
    }
  }

  /**
   * Expectation keys this runner checks: an unknown one fails the scenario, never passes unchecked.
   */
  static final Set<String> KNOWN_EXPECT =
      Set.of(
          "outcome",
          "status",
          "error_class",
          "error_code",
          "attempts",
          "same_idempotency_key",
          "delays_ms",
          "token_requests",
          "status_requests",
          "replayed",
          "gstn_errors",
          "request_id",
          "gstn_error",
          "distinct_request_ids",
          "log",
          "user_agent_suffix",
          "api_version",
          "result");

  static List<String> run(JsonNode s) throws Exception {
    List<String> unknown = new ArrayList<>();
    s.get("expect")
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (!KNOWN_EXPECT.contains(k)) unknown.add(k);
            });
    if (!unknown.isEmpty()) return List.of("the runner does not check " + unknown);
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
    // The account key only where the scenario makes account-key operations: operations both a GSTIN
    // token and the account key can make (test clocks) go with the account key when the client has
    // one.
    List<JsonNode> calls = new ArrayList<>(List.of(s.get("call")));
    s.path("steps").forEach(calls::add);
    s.path("finally").forEach(calls::add);
    if (calls.stream().anyMatch(x -> ACCOUNT_KEY_OPERATIONS.contains(x.get("operation").asText())))
      b.apiKey(c.apiKey());
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
    RecordingLogger log = new RecordingLogger();
    if (co.has("log_level")) {
      b.logger(log)
          .logLevel(
              co.get("log_level").asText().equals("debug")
                  ? System.Logger.Level.DEBUG
                  : System.Logger.Level.INFO);
    }
    if (co.has("app_info")) {
      JsonNode a = co.get("app_info");
      b.appInfo(a.get("name").asText(), a.path("version").asText(null), a.path("url").asText(null));
    }
    for (String k : List.of("steps", "finally"))
      for (JsonNode st : s.path(k))
        if (!KNOWN_OPERATIONS.contains(st.get("operation").asText())
            && !ACCOUNT_KEY_OPERATIONS.contains(st.get("operation").asText()))
          return List.of("the runner does not know operation " + st.get("operation").asText());
    if (co.has("api_version")) b.apiVersion(co.get("api_version").asText());
    EinvoiceClient client = b.build();
    Map<String, JsonNode> saved = new HashMap<>();
    try {
      runSteps(client, s.path("steps"), saved, c.gstin());
    } catch (EinvoiceException | IllegalStateException ex) {
      try {
        runSteps(client, s.path("finally"), saved, c.gstin());
      } catch (EinvoiceException | IllegalStateException ignored) {
        // the step's failure is the one to report
      }
      return List.of("a step failed: " + ex);
    }
    RequestOptions ro = requestOptions(s.path("call").path("options"), saved);

    int n = s.path("concurrency").asInt(1);
    List<Outcome> outcomes = new ArrayList<>();
    if (n == 1) {
      try {
        outcomes.add(new Outcome(call(client, s.get("call"), ro, c.gstin(), saved), null));
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

    runSteps(client, s.path("finally"), saved, c.gstin());

    HttpResponse<String> rec =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(c.url() + "/__contract/requests?run=" + run))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode recs = Json.mapper().readTree(rec.body());
    List<JsonNode> attempts = new ArrayList<>();
    Set<String> stepOps = stepOperations(s);
    int tokens = 0;
    int statuses = 0;
    List<String> fails = new ArrayList<>();
    for (JsonNode r : recs) {
      if (r.hasNonNull("violation")) fails.add("contract violation: " + r.get("violation"));
      String op = r.path("operationId").asText("");
      if (op.equals("createToken")) tokens++;
      else if (op.equals("getStatus")) statuses++;
      else if (!stepOps.contains(op)) attempts.add(r);
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
        if (e.has("result")) {
          JsonNode body = Json.mapper().readTree(first.response.body());
          for (Map.Entry<String, JsonNode> p : e.get("result").properties()) {
            JsonNode want = resolve(p.getValue(), saved);
            JsonNode got = body.at(p.getKey());
            if (!want.equals(got))
              fails.add("result " + p.getKey() + ": expected " + want + ", got " + got);
          }
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
      if (e.has("gstn_error")) {
        JsonNode g = e.get("gstn_error");
        if (api == null || api.gstnErrors().isEmpty()) fails.add("expected a typed GSTN error");
        else {
          GstnError ge = api.gstnErrors().get(0); // typed accessors, no maps
          if (g.has("code") && !g.get("code").asText().equals(ge.code()))
            fails.add("gstn error code: expected " + g.get("code").asText() + ", got " + ge.code());
          if (g.has("pointer") && !g.get("pointer").asText().equals(ge.pointer().orElse(null)))
            fails.add(
                "gstn error pointer: expected "
                    + g.get("pointer").asText()
                    + ", got "
                    + ge.pointer());
          if (g.path("message").asBoolean(false) && ge.message() == null)
            fails.add("expected a message on the GSTN error");
          if (g.path("hint").asBoolean(false) && ge.hint().isEmpty())
            fails.add("expected a hint on the GSTN error");
        }
      }
    }
    if (e.path("distinct_request_ids").asBoolean(false)) {
      Set<String> sent = new HashSet<>();
      for (JsonNode r : recs) if (r.hasNonNull("requestId")) sent.add(r.get("requestId").asText());
      List<String> ids = new ArrayList<>();
      for (Outcome oc : outcomes) ids.add(oc.response == null ? null : oc.response.requestId());
      if (ids.contains(null) || new HashSet<>(ids).size() != ids.size() || !sent.containsAll(ids))
        fails.add(
            "expected distinct request ids sent in this run on every raw response, got " + ids);
    }
    if (e.has("user_agent_suffix")) {
      for (JsonNode r : recs) {
        String ua = r.path("userAgent").asText("");
        if (!ua.endsWith(e.get("user_agent_suffix").asText()))
          fails.add("User-Agent " + ua + " does not end with " + e.get("user_agent_suffix"));
      }
    }
    if (e.has("api_version")) {
      String want = e.get("api_version").asText();
      for (JsonNode r : recs) {
        String sent = r.path("apiVersion").asText(null);
        String answered = r.path("answeredApiVersion").asText(null);
        if (!want.equals(sent) || !want.equals(answered))
          fails.add(
              "sent Einvoice-Version " + sent + ", answered in " + answered + ", expected " + want);
      }
    }
    if (e.has("log")) {
      JsonNode l = e.get("log");
      if (l.path("one_record_per_request").asBoolean(false) && log.lines.size() != recs.size())
        fails.add(
            "expected " + recs.size() + " log records (one per request), got " + log.lines.size());
      if (l.path("redacted").asBoolean(false)) {
        String text = String.join("\n", log.lines);
        String basic =
            Base64.getEncoder()
                .encodeToString(
                    (cred.clientId() + ":" + cred.clientSecret()).getBytes(StandardCharsets.UTF_8));
        if (text.contains(cred.clientSecret()) || text.contains(basic))
          fails.add("a log record holds the client secret");
        if (Pattern.compile("Bearer [A-Za-z0-9._~+/-]{8,}").matcher(text).find())
          fails.add("a log record holds a bearer token");
        if (text.contains("CT/")) // fixtures number documents CT/<hex>
        fails.add("a log record holds the invoice (its document number)");
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
