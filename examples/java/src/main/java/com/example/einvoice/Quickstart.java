package com.example.einvoice;

import dev.einvoice.EinvoiceClient;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.core.errors.ApiException;
import dev.einvoice.core.errors.ConflictException;
import dev.einvoice.core.errors.UnprocessableEntityException;
import dev.einvoice.models.CancelEwbRequest;
import dev.einvoice.models.CancelIrnRequest;
import dev.einvoice.models.CancelReason;
import dev.einvoice.models.CreateCredentialRequest;
import dev.einvoice.models.CreateWebhookEndpointRequest;
import dev.einvoice.models.CredentialWithSecret;
import dev.einvoice.models.DocumentStatus;
import dev.einvoice.models.EventFilter;
import dev.einvoice.models.EwayBill;
import dev.einvoice.models.EwbCancelReason;
import dev.einvoice.models.GenerateEwbRequest;
import dev.einvoice.models.GstnError;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.RegisterGstinRequest;
import dev.einvoice.models.Scope;
import dev.einvoice.models.TransMode;
import dev.einvoice.models.VehType;
import dev.einvoice.models.WebhookEndpointWithSecret;
import dev.einvoice.models.WebhookEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The einvoice quickstart: from the account API key to an IRN, a GSTN validation error, an e-way
 * bill, the cancellations and a verified webhook, against a sandbox server. Configured only by the
 * environment: EINVOICE_API_KEY (required, the sk_test_ key ./scripts/start.sh prints) and
 * EINVOICE_BASE_URL.
 */
public final class Quickstart {
  private static final String GSTIN = SampleInvoices.SELLER_GSTIN;
  private static final List<Scope> SCOPES =
      List.of(Scope.IRN_WRITE, Scope.EWB_WRITE, Scope.NOTES_WRITE, Scope.READ);

  /**
   * Lets the server hold its answer until the IRP has answered (Prefer: wait=10) instead of a 202
   * "queued".
   */
  private static final RequestOptions WAIT_FOR_IRP =
      RequestOptions.builder().waitSeconds(10).build();

  private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(30);

  /** Where the server is and the account API key, from the environment. */
  static final class Config {
    final String baseUrl;
    final String apiKey;

    private Config(String baseUrl, String apiKey) {
      this.baseUrl = baseUrl;
      this.apiKey = apiKey;
    }

    static Config fromEnvironment() {
      String baseUrl = System.getenv().getOrDefault("EINVOICE_BASE_URL", "");
      String apiKey = System.getenv().getOrDefault("EINVOICE_API_KEY", "");
      if (apiKey.isBlank()) {
        throw new IllegalStateException(
            "set EINVOICE_API_KEY to the sk_test_ key that ./scripts/start.sh printed");
      }
      return new Config(baseUrl.isBlank() ? "http://127.0.0.1:8080" : baseUrl, apiKey);
    }
  }

  private final Config config;

  /** Acts with the account API key: GSTINs, credentials, webhook endpoints. */
  private final EinvoiceClient admin;

  private Quickstart(Config config) {
    this.config = config;
    this.admin = EinvoiceClient.builder().baseUrl(config.baseUrl).apiKey(config.apiKey).build();
  }

  public static void main(String[] args) {
    try {
      new Quickstart(Config.fromEnvironment()).run();
      System.out.println("Done: every step succeeded.");
    } catch (ApiException e) {
      System.err.printf(
          "FAILED: the API answered %s (code %s, request %s)%n",
          e.getMessage(), e.code(), e.requestId());
      System.exit(1);
    } catch (Exception e) {
      System.err.println("FAILED: " + e.getMessage());
      System.exit(1); // a non-zero exit code tells scripts and CI that a step went wrong
    }
  }

  private void run() throws Exception {
    EinvoiceClient client = provisionGstin();
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      WebhookEndpointWithSecret endpoint = registerWebhookEndpoint(receiver);
      try {
        String irn = generateIrn(client);
        readBack(client, irn);
        showValidationError(client);
        generateAndCancelEwayBill(client, irn);
        cancelIrn(client, irn);
        awaitIrnGeneratedWebhook(receiver, irn);
      } finally {
        admin.webhookEndpoints().delete(endpoint.id());
        detail("deleted webhook endpoint %s", endpoint.id());
      }
    }
    detail("stopped the receiver");
  }

  /** Step 1: register the GSTIN (once per server) and create an OAuth credential for it. */
  private EinvoiceClient provisionGstin() {
    step(1, "Register GSTIN %s with the sandbox IRP", GSTIN);
    try {
      admin
          .gstins()
          .register(
              RegisterGstinRequest.builder()
                  .gstin(GSTIN)
                  .irpUsername("demo") // any user name works in the sandbox
                  .irpPassword("sandbox") // the sandbox IRP's password
                  .build());
      detail("registered");
    } catch (ConflictException e) {
      if (!"gstin_exists".equals(e.code())) throw e;
      detail("already registered (409 gstin_exists), continuing");
    }

    CredentialWithSecret credential =
        admin
            .credentials()
            .create(
                GSTIN,
                CreateCredentialRequest.builder().name("java-quickstart").scopes(SCOPES).build());
    detail(
        "created OAuth credential %s with scopes %s",
        credential.clientId(),
        credential.scopes().stream().map(Scope::value).collect(Collectors.joining(", ")));

    // The client secret is shown once: a real integration stores it in its secret manager. The SDK
    // fetches
    // access tokens with it and refreshes them before they expire.
    return EinvoiceClient.builder()
        .baseUrl(config.baseUrl)
        .apiKey(null) // builder() also reads EINVOICE_API_KEY; this client acts only as the GSTIN
        .gstinCredential(GSTIN, credential.clientId(), credential.clientSecret())
        .gstin(GSTIN)
        .build();
  }

  /** Step 2: a local receiver, and a webhook endpoint that sends irn.generated events to it. */
  private WebhookEndpointWithSecret registerWebhookEndpoint(WebhookReceiver receiver) {
    step(2, "Start a webhook receiver at %s and register it", receiver.url());
    WebhookEndpointWithSecret endpoint =
        admin
            .webhookEndpoints()
            .create(
                CreateWebhookEndpointRequest.builder()
                    .url(receiver.url())
                    .description("Java quickstart receiver")
                    .events(List.of(EventFilter.IRN_GENERATED))
                    .build());
    // The whsec_ signing secret comes only in this answer: keep it (and never log it) to verify
    // deliveries.
    receiver.trust(endpoint.secret());
    detail("webhook endpoint %s for irn.generated", endpoint.id());
    return endpoint;
  }

  /** Step 3: an IRN for today's invoice under a fresh number; returns the IRN. */
  private String generateIrn(EinvoiceClient client) {
    String number = SampleInvoices.freshDocumentNumber();
    String date = SampleInvoices.todayInIst();
    step(3, "Generate an IRN for invoice %s dated %s", number, date);
    IrnDocument document =
        client.irn().generate(SampleInvoices.intraStateB2b(number, date), WAIT_FOR_IRP);
    // Members the IRP fills in (Irn, AckNo, ...) are Optional: a queued document has none yet.
    if (!DocumentStatus.GENERATED.equals(document.status())) {
      throw new IllegalStateException(
          "expected status generated, got "
              + document.status().value()
              + document.gstnErrors().map(errors -> " " + errors).orElse(""));
    }
    String irn = document.irn().orElseThrow();
    detail("IRN    %s", irn);
    detail(
        "AckNo  %d (acknowledged %s)",
        document.ackNo().orElseThrow(), document.ackDt().orElse("-"));
    return irn;
  }

  /** Step 4: read the document back by its IRN. */
  private void readBack(EinvoiceClient client, String irn) {
    step(4, "Read the IRN back");
    IrnDocument document = client.irn().get(irn);
    detail("%s %s is %s", document.docType().value(), document.docNo(), document.status().value());
  }

  /** Step 5: totals that do not add up are refused with the NIC error codes, as a 422 problem. */
  private void showValidationError(EinvoiceClient client) {
    Invoice invoice =
        SampleInvoices.withTotalInvoiceValue(
            SampleInvoices.intraStateB2b(
                SampleInvoices.freshDocumentNumber(), SampleInvoices.todayInIst()),
            new BigDecimal("99999"));
    step(5, "Generate an IRN whose total (99999) does not match its lines (1180)");
    try {
      IrnDocument unexpected = client.irn().generate(invoice, WAIT_FOR_IRP);
      throw new IllegalStateException(
          "expected a 422 validation error, got status " + unexpected.status().value());
    } catch (UnprocessableEntityException e) {
      detail("refused: %s (code %s)", e.getMessage(), e.code());
      if (e.gstnErrors().isEmpty()) {
        throw new IllegalStateException("the 422 answer carried no gstn_errors");
      }
      for (GstnError error : e.gstnErrors()) {
        detail("NIC %s: %s", error.code(), error.message());
        error.hint().ifPresent(hint -> detail("     hint: %s", hint));
      }
    }
  }

  /** Step 6: an e-way bill for the goods of the IRN, then its cancellation. */
  private void generateAndCancelEwayBill(EinvoiceClient client, String irn) {
    step(6, "Generate an e-way bill for the IRN, then cancel it");
    EwayBill ewb =
        client
            .ewb()
            .generate(
                GenerateEwbRequest.builder()
                    .irn(irn)
                    .distance(0L) // 0: the IRP computes the distance from the two PIN codes
                    .transMode(TransMode.ROAD)
                    .transId(SampleInvoices.BUYER_GSTIN)
                    .transName("Bharat Logistics")
                    .vehNo("KA01AB1234")
                    .vehType(VehType.REGULAR)
                    .build(),
                WAIT_FOR_IRP);
    detail(
        "EwbNo  %d (%s), valid till %s",
        ewb.ewbNo(), ewb.status().value(), ewb.ewbValidTill().orElse("-"));

    EwayBill cancelled =
        client
            .ewb()
            .cancel(
                ewb.ewbNo(), // the number as read: a Long, passed on without conversion
                CancelEwbRequest.builder()
                    .cancelRsnCode(EwbCancelReason.ORDER_CANCELLED)
                    .cancelRmrk("Order cancelled by the buyer")
                    .build(),
                WAIT_FOR_IRP);
    detail("e-way bill %d is %s", cancelled.ewbNo(), cancelled.status().value());
  }

  /**
   * Step 7: cancel the IRN (allowed within 24 hours, and only once no active e-way bill refers to
   * it).
   */
  private void cancelIrn(EinvoiceClient client, String irn) {
    step(7, "Cancel the IRN");
    IrnDocument cancelled =
        client
            .irn()
            .cancel(
                irn,
                CancelIrnRequest.builder()
                    .cnlRsn(CancelReason.DATA_ENTRY_MISTAKE)
                    .cnlRem("Wrong quantity entered")
                    .build(),
                WAIT_FOR_IRP);
    if (!DocumentStatus.CANCELLED.equals(cancelled.status())) {
      throw new IllegalStateException(
          "expected status cancelled, got " + cancelled.status().value());
    }
    detail("cancelled on %s", cancelled.cancelDate().orElse("-"));
  }

  /** Step 8: the irn.generated event of this IRN, signature verified by the receiver. */
  private void awaitIrnGeneratedWebhook(WebhookReceiver receiver, String irn)
      throws InterruptedException {
    step(8, "Wait for the irn.generated webhook (at most %d s)", WEBHOOK_TIMEOUT.toSeconds());
    WebhookReceiver.Delivery delivery =
        receiver.await(
            d ->
                d.event()
                    .asIrnGenerated()
                    .flatMap(event -> event.data().irn())
                    .map(irn::equals)
                    .orElse(false),
            WEBHOOK_TIMEOUT);
    WebhookEvent event = delivery.event();
    detail(
        "verified %s event %s for IRN %s...",
        event.type(), delivery.webhookId(), irn.substring(0, 16));
  }

  private static void step(int number, String format, Object... args) {
    System.out.printf("%d. %s%n", number, String.format(format, args));
  }

  private static void detail(String format, Object... args) {
    System.out.printf("   %s%n", String.format(format, args));
  }
}
