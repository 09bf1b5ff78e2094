package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.einvoice.core.SigningKey;
import dev.einvoice.core.errors.ApiConnectionException;
import dev.einvoice.core.errors.ApiException;
import dev.einvoice.core.errors.EinvoiceConfigException;
import dev.einvoice.models.DocumentsListParams;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.support.RecordingLogger;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attempt log (one line per HTTP attempt, headers at DEBUG, secrets never) and appInfo in the
 * User-Agent, against a local stub server.
 */
class LoggingTest {
  static final String CLIENT_SECRET = "cs_test_CLIENTSECRET42";
  static final String TOKEN = "tok_ACCESSTOKEN42";
  static final String CUSTOM_SECRET = "sk_test_CUSTOMKEY42";
  static final String SIGNING_SECRET =
      "c2lnbmluZy1zZWNyZXQtYnl0ZXMtNDI="; // signing-secret-bytes-42
  static final String IRN = "8b73aae655b9397ae96f2a1d168304d203fb91454e2afd365294803b164fa6fe";

  HttpServer server;
  final List<String> userAgents = new CopyOnWriteArrayList<>();
  final List<String> apiVersions = new CopyOnWriteArrayList<>();
  final AtomicInteger irnCalls = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
          apiVersions.add(String.join("|", ex.getRequestHeaders().get("Einvoice-Version")));
          String path = ex.getRequestURI().getPath();
          if (path.equals("/v1/oauth/token")) {
            answer(
                ex,
                200,
                "req_token",
                "{\"access_token\":\""
                    + TOKEN
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
          } else if (path.startsWith("/v1/irn/") && irnCalls.incrementAndGet() == 1) {
            ex.getResponseHeaders().add("retry-after-ms", "1");
            answer(ex, 500, "req_first", "{\"title\":\"boom\",\"status\":500}");
          } else if (path.startsWith("/v1/irn/")) {
            answer(
                ex,
                200,
                "req_second",
                "{\"id\":\"doc_1\",\"object\":\"document\",\"status\":\"generated\",\"Irn\":\""
                    + IRN
                    + "\"}");
          } else if (path.equals("/v1/documents")) {
            answer(ex, 200, "req_list", "{\"object\":\"list\",\"data\":[],\"has_more\":false}");
          } else {
            answer(ex, 404, "req_404", "{\"title\":\"not found\",\"status\":404}");
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static void answer(HttpExchange ex, int status, String requestId, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.getResponseHeaders().add("X-Request-Id", requestId);
    ex.getResponseHeaders().add("Set-Cookie", "session=COOKIESECRET42");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  EinvoiceClient.Builder client(RecordingLogger log) {
    return EinvoiceClient.builder()
        .baseUrl(url())
        .apiKey(null)
        .credentials("cli_test_logging", CLIENT_SECRET)
        .signingKey(SigningKey.ofBase64("key_1", SIGNING_SECRET))
        .header("X-Api-Key", CUSTOM_SECRET)
        .statusAwareBackoff(false)
        .logger(log);
  }

  @Test
  void oneLinePerAttemptAndNoSecrets() {
    RecordingLogger log = new RecordingLogger();
    EinvoiceClient client =
        client(log)
            .logLevel(System.Logger.Level.DEBUG)
            .appInfo("AcmeERP", "4.2.0", "https://erp.acme.example")
            .build();

    IrnDocument doc = client.irn().get(IRN); // token, a 500, then the retry's 200
    assertEquals(IRN, doc.irn().orElseThrow());
    client.documents().list(DocumentsListParams.builder().limit(5L).startingAfter("cur_X").build());

    // With DEBUG on, each attempt is still one record: the attempt line with both header sets.
    List<String> debug = log.lines;
    assertEquals(4, debug.size(), "one record per attempt: " + debug);
    Pattern line =
        Pattern.compile(
            "DEBUG einvoice: (GET|POST) (/[^ ?]*) (\\d{3}) request_id=(req_\\w+) attempt=(\\d)"
                + " latency_ms=\\d+ request headers .* response headers .*");
    String[][] expected = {
      {"POST", "/v1/oauth/token", "200", "req_token", "1"},
      {"GET", "/v1/irn/" + IRN, "500", "req_first", "1"},
      {"GET", "/v1/irn/" + IRN, "200", "req_second", "2"},
      {"GET", "/v1/documents", "200", "req_list", "1"},
    };
    for (int i = 0; i < expected.length; i++) {
      var m = line.matcher(debug.get(i));
      assertTrue(m.matches(), debug.get(i));
      for (int g = 0; g < 5; g++) assertEquals(expected[i][g], m.group(g + 1), debug.get(i));
    }
    String headers = debug.get(1).toLowerCase(Locale.ROOT);
    for (String redacted :
        new String[] {"authorization", "signature", "signature-input", "x-api-key", "set-cookie"}) {
      assertTrue(headers.contains(redacted + "=[redacted]"), redacted + ": " + debug.get(1));
    }
    assertTrue(debug.get(1).contains("X-Einvoice-Retry-Count=0"), debug.get(1));
    assertTrue(
        debug.get(1).contains("AcmeERP/4.2.0 (+https://erp.acme.example)"),
        "debug shows the User-Agent: " + debug.get(1));

    String basic =
        Base64.getEncoder()
            .encodeToString(("cli_test_logging:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    for (String l : log.lines) {
      for (String secret :
          new String[] {
            CLIENT_SECRET, TOKEN, CUSTOM_SECRET, SIGNING_SECRET, basic, "COOKIESECRET42", "cur_X"
          }) {
        assertFalse(l.contains(secret), "a secret or a query reached the log: " + l);
      }
      assertFalse(l.contains("has_more") || l.contains("access_token"), "a body was logged: " + l);
    }

    // appInfo: appended to the SDK's own User-Agent on every request
    assertEquals(4, userAgents.size());
    for (String ua : userAgents) {
      assertTrue(ua.startsWith("einvoice-java/"), ua);
      assertTrue(ua.endsWith(" AcmeERP/4.2.0 (+https://erp.acme.example)"), ua);
    }
  }

  @Test
  void infoLevelHasNoHeadersAndOffIsSilent() {
    RecordingLogger info = new RecordingLogger();
    client(info)
        .logLevel(System.Logger.Level.INFO)
        .appInfo("AcmeERP", "4.2.0")
        .build()
        .irn()
        .get(IRN);
    assertEquals(3, info.lines.size(), info.lines.toString());
    assertTrue(
        info.lines.stream().allMatch(l -> l.startsWith("INFO einvoice: ")), info.lines.toString());
    assertTrue(userAgents.get(0).endsWith(" AcmeERP/4.2.0"), userAgents.get(0));

    RecordingLogger off = new RecordingLogger();
    client(off).logLevel(System.Logger.Level.OFF).build().irn().get(IRN);
    assertEquals(List.of(), off.lines);
  }

  @Test
  void aFailedAttemptIsLoggedWithItsErrorClass() {
    RecordingLogger log = new RecordingLogger();
    EinvoiceClient client =
        EinvoiceClient.builder()
            .baseUrl("http://127.0.0.1:1")
            .apiKey("sk_test_ACCOUNTKEY42")
            .maxRetries(0)
            .statusAwareBackoff(false)
            .logger(log) // a supplied logger without a level gets INFO lines
            .build();
    assertThrows(ApiConnectionException.class, () -> client.status().get());
    assertEquals(1, log.lines.size(), log.lines.toString());
    assertTrue(
        log.lines
            .get(0)
            .matches(
                "INFO einvoice: GET /v1/status error=ApiConnection\\w*Exception attempt=1"
                    + " latency_ms=\\d+"),
        log.lines.get(0));
  }

  @Test
  void appInfoMustBeAUserAgentProduct() {
    for (String[] bad :
        new String[][] {
          {"Acme ERP", "1.0", null},
          {"Acme/ERP", "1.0", null},
          {"AcmeERP", "", null},
          {"AcmeERP", "1.0\r\nX-Evil: 1", null},
          {"AcmeERP", "1.0", "https://acme.example/a b"},
          {null, "1.0", null},
        }) {
      EinvoiceConfigException e =
          assertThrows(
              EinvoiceConfigException.class,
              () -> EinvoiceClient.builder().appInfo(bad[0], bad[1], bad[2]),
              String.join("|", String.valueOf(bad[0]), String.valueOf(bad[1])));
      assertTrue(e.getMessage().startsWith("einvoice: appInfo "), e.getMessage());
    }
  }

  @Test
  void everyRequestCarriesTheApiVersionAndAClientCanPinAnother() {
    // The stub answers /v1/status 404: what matters is the header each request carried.
    EinvoiceClient current =
        EinvoiceClient.builder()
            .baseUrl(url())
            .apiKey("sk_test_ACCOUNTKEY42")
            .maxRetries(0)
            .build();
    EinvoiceClient pinned =
        EinvoiceClient.builder()
            .baseUrl(url())
            .apiKey("sk_test_ACCOUNTKEY42")
            .maxRetries(0)
            .apiVersion("2026-12-01")
            .build();
    assertThrows(ApiException.class, () -> current.status().get());
    assertThrows(ApiException.class, () -> pinned.status().get());
    assertTrue(ApiVersion.VALUE.matches("\\d{4}-\\d{2}-\\d{2}"), ApiVersion.VALUE);
    assertEquals(List.of(ApiVersion.VALUE, "2026-12-01"), apiVersions);
    assertThrows(
        EinvoiceConfigException.class, () -> EinvoiceClient.builder().apiVersion("latest"));
  }
}
