package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.einvoice.core.RequestOptions;
import dev.einvoice.core.errors.ApiConnectionException;
import dev.einvoice.core.errors.EinvoiceConfigException;
import dev.einvoice.models.CreateWebhookEndpointRequest;
import dev.einvoice.models.GstinsListParams;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Einvoice-Tenant: a platform acts for one of its tenants per client ({@code .tenant(...)}) or per
 * call ({@code RequestOptions.builder().tenant(...)}, which wins); nothing is sent without one, and
 * a malformed id is refused before any request. The transport records each request's method and
 * tenant header, then fails it as a connection error (no retries), so nothing needs a server.
 */
class TenantTest {
  final List<String> seen = Collections.synchronizedList(new ArrayList<>());

  EinvoiceClient.Builder client() {
    return EinvoiceClient.builder()
        .baseUrl("http://127.0.0.1:9")
        .apiKey("sk_test_platform")
        .maxRetries(0)
        .statusAwareBackoff(false)
        .transport(
            request -> {
              List<String> tenant = request.headers().allValues("Einvoice-Tenant");
              seen.add(
                  request.method() + " " + (tenant.isEmpty() ? "-" : String.join("|", tenant)));
              throw new IOException("recorded");
            });
  }

  static RequestOptions as(String tenant) {
    return RequestOptions.builder().tenant(tenant).build();
  }

  static void send(Executable call) {
    assertThrows(ApiConnectionException.class, call);
  }

  @Test
  void clientTenantOnEveryCallAndTheCallOptionWins() {
    EinvoiceClient plain = client().build();
    EinvoiceClient acme = client().tenant("ten_01JF3Q8Z5XACME").build();
    GstinsListParams all = GstinsListParams.builder().build();
    CreateWebhookEndpointRequest hook =
        CreateWebhookEndpointRequest.builder()
            .url("https://example.com/hook")
            .events(List.of())
            .build();
    send(() -> plain.gstins().list());
    send(() -> acme.gstins().list());
    send(() -> acme.gstins().list(all, as("ten_01JF3Q8Z5XOTHER")));
    send(() -> acme.webhookEndpoints().create(hook, as("ten_01JF3Q8Z5XOTHER")));
    send(() -> acme.gstins().list());
    send(() -> plain.gstins().list(all, as("ten_percall")));
    send(() -> acme.withOptions(b -> b.tenant(null)).gstins().list());
    assertEquals(
        Arrays.asList(
            "GET -",
            "GET ten_01JF3Q8Z5XACME",
            "GET ten_01JF3Q8Z5XOTHER",
            "POST ten_01JF3Q8Z5XOTHER",
            "GET ten_01JF3Q8Z5XACME",
            "GET ten_percall",
            "GET -"),
        seen);
  }

  @Test
  void aMalformedTenantIsRefusedBeforeSending() {
    for (String bad :
        new String[] {"acme", "ten_", "ten_a-b", " ten_abc", "TEN_abc", "ten_abc\n"}) {
      EinvoiceConfigException onClient =
          assertThrows(EinvoiceConfigException.class, () -> client().tenant(bad), bad);
      assertTrue(
          onClient.getMessage().startsWith("einvoice: tenant must be"), onClient.getMessage());
      assertThrows(EinvoiceConfigException.class, () -> RequestOptions.builder().tenant(bad), bad);
    }
    assertThrows(EinvoiceConfigException.class, () -> RequestOptions.builder().tenant(null));
    assertEquals(List.of(), seen);
  }
}
