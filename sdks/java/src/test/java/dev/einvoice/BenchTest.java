package dev.einvoice;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.Json;
import dev.einvoice.models.CredentialWithSecret;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.Plan;
import dev.einvoice.support.Fixtures;
import dev.einvoice.support.Servers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * irn.generate through the SDK vs a raw java.net.http POST on the same reference server, same run,
 * interleaved. Runs only with -Deinvoice.bench=1 (the shim's {@code bench} script).
 */
class BenchTest {
  @Test
  void benchIrnGenerate() throws Exception {
    assumeTrue("1".equals(System.getProperty("einvoice.bench")), "set -Deinvoice.bench=1");
    int n = Integer.parseInt(System.getProperty("einvoice.bench.n", "60"));
    Servers.Reference ref = Servers.reference();
    CredentialWithSecret cred = QuickstartTest.provision(ref, Plan.CUSTOM);
    EinvoiceClient client =
        EinvoiceClient.builder()
            .baseUrl(ref.url())
            .credentials(cred.clientId(), cred.clientSecret())
            .build();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (cred.clientId() + ":" + cred.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> tok =
        http.send(
            HttpRequest.newBuilder(URI.create(ref.url() + "/v1/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = Json.mapper().readTree(tok.body()).get("access_token").asText();

    Runnable raw =
        () -> {
          try {
            byte[] body = Json.mapper().writeValueAsBytes(Fixtures.invoice(QuickstartTest.GSTIN));
            HttpResponse<byte[]> r =
                http.send(
                    HttpRequest.newBuilder(URI.create(ref.url() + "/v1/irn"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 201)
              throw new IllegalStateException("raw status " + r.statusCode());
            Json.mapper().readValue(r.body(), JsonNode.class);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    Runnable sdk =
        () -> {
          IrnDocument d = client.irn().generate(Fixtures.invoice(QuickstartTest.GSTIN));
          if (d.irn() == null) throw new IllegalStateException("no IRN");
        };
    for (int i = 0; i < 5; i++) { // warm up both (JIT, connections, token)
      raw.run();
      sdk.run();
    }
    List<Long> rs = new ArrayList<>();
    List<Long> ss = new ArrayList<>();
    for (int i = 0; i < n; i++) { // interleaved so both see the same server state
      long t = System.nanoTime();
      raw.run();
      rs.add(System.nanoTime() - t);
      t = System.nanoTime();
      sdk.run();
      ss.add(System.nanoTime() - t);
    }
    double mr = median(rs) / 1e6;
    double ms = median(ss) / 1e6;
    System.out.printf(
        "java bench irn.generate n=%d: raw java.net.http median %.2f ms, SDK median %.2f ms,"
            + " overhead ratio %.3f%n",
        n, mr, ms, ms / mr);
  }

  static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
