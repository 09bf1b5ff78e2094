package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.einvoice.core.ClientOptions;
import dev.einvoice.core.errors.EinvoiceConfigException;
import dev.einvoice.core.errors.EinvoiceException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Misconfigured clients fail when built, with EinvoiceConfigException; no network. */
class ClientConfigTest {
  private static final String NO_CREDENTIALS =
      "einvoice: no credentials: set apiKey(...) (or EINVOICE_API_KEY) for the account, or"
          + " credentials(clientId, clientSecret) (or EINVOICE_CLIENT_ID and"
          + " EINVOICE_CLIENT_SECRET) for a GSTIN";

  private static boolean envSet(String name) {
    String v = System.getenv(name);
    return v != null && !v.isEmpty();
  }

  @Test
  void noCredentialIsAConfigError() {
    EinvoiceConfigException e =
        assertThrows(
            EinvoiceConfigException.class,
            () ->
                new EinvoiceClient(ClientOptions.builder().baseUrl("http://127.0.0.1:1").build()));
    assertEquals(NO_CREDENTIALS, e.getMessage());
    assertInstanceOf(EinvoiceException.class, e, "part of the SDK's hierarchy");
    assertEquals("EinvoiceError", e.contractClass());
  }

  @Test
  void builderWithoutCredentialFails() {
    // builder() reads EINVOICE_CLIENT_ID/SECRET; apiKey(null) drops EINVOICE_API_KEY
    assumeTrue(
        !envSet("EINVOICE_CLIENT_ID") || !envSet("EINVOICE_CLIENT_SECRET"),
        "EINVOICE_CLIENT_ID/SECRET are set");
    EinvoiceConfigException e =
        assertThrows(
            EinvoiceConfigException.class,
            () -> EinvoiceClient.builder().baseUrl("http://127.0.0.1:1").apiKey(null).build());
    assertEquals(NO_CREDENTIALS, e.getMessage());
    assertThrows(
        EinvoiceConfigException.class,
        () -> EinvoiceClient.builder().apiKey("").build(),
        "an empty key is no key");
  }

  @Test
  void eitherCredentialIsEnough() {
    EinvoiceClient account =
        EinvoiceClient.builder().baseUrl("http://127.0.0.1:1").apiKey("sk_test_x").build();
    assertEquals("http://127.0.0.1:1", account.options().baseUrl());
    EinvoiceClient gstin =
        EinvoiceClient.builder()
            .baseUrl("http://127.0.0.1:1/")
            .apiKey(null)
            .credentials("cli_x", "cs_x")
            .build();
    assertEquals("http://127.0.0.1:1", gstin.options().baseUrl());
    EinvoiceClient perGstin =
        new EinvoiceClient(
            ClientOptions.builder().gstinCredential("29AAACP7879D1Z0", "cli_x", "cs_x").build());
    assertEquals(ClientOptions.DEFAULT_BASE_URL, perGstin.options().baseUrl());
    // a copy without any credential is refused too
    EinvoiceConfigException e =
        assertThrows(EinvoiceConfigException.class, () -> account.withOptions(b -> b.apiKey(null)));
    assertEquals(NO_CREDENTIALS, e.getMessage());
  }

  @Test
  void incompleteCredentialIsAConfigError() {
    EinvoiceConfigException noId =
        assertThrows(
            EinvoiceConfigException.class,
            () -> EinvoiceClient.builder().credentials(null, "cs_x"));
    assertEquals(
        "einvoice: a GSTIN credential needs a client id (credentials(clientId, clientSecret))",
        noId.getMessage());
    EinvoiceConfigException noSecret =
        assertThrows(
            EinvoiceConfigException.class,
            () -> EinvoiceClient.builder().gstinCredential("29AAACP7879D1Z0", "cli_x", ""));
    assertEquals(
        "einvoice: the GSTIN credential cli_x needs a client secret (credentials(clientId,"
            + " clientSecret))",
        noSecret.getMessage());
  }

  @Test
  void invalidOptionsAreConfigErrors() {
    EinvoiceConfigException retries =
        assertThrows(
            EinvoiceConfigException.class,
            () -> EinvoiceClient.builder().apiKey("sk_test_x").maxRetries(-1).build());
    assertEquals("einvoice: maxRetries must be 0 or more, got -1", retries.getMessage());
    EinvoiceConfigException timeout =
        assertThrows(
            EinvoiceConfigException.class,
            () ->
                EinvoiceClient.builder()
                    .apiKey("sk_test_x")
                    .timeout(Duration.ofSeconds(-5))
                    .build());
    assertEquals("einvoice: timeout must be positive, got PT-5S", timeout.getMessage());
    assertThrows(
        EinvoiceConfigException.class,
        () -> EinvoiceClient.builder().apiKey("sk_test_x").timeout(Duration.ZERO).build());
    for (String bad :
        new String[] {
          "127.0.0.1:8080",
          "ftp://example.com",
          "http://",
          "not a url",
          "https://api.einvoice.dev/?x=1"
        }) {
      EinvoiceConfigException url =
          assertThrows(
              EinvoiceConfigException.class,
              () -> EinvoiceClient.builder().apiKey("sk_test_x").baseUrl(bad).build(),
              bad);
      assertTrue(url.getMessage().startsWith("einvoice: baseUrl "), url.getMessage());
    }
    EinvoiceConfigException url =
        assertThrows(
            EinvoiceConfigException.class,
            () -> EinvoiceClient.builder().apiKey("sk_test_x").baseUrl("localhost:8080").build());
    assertEquals(
        "einvoice: baseUrl must be an absolute http(s) URL such as https://api.einvoice.dev, got"
            + " localhost:8080",
        url.getMessage());
  }
}
