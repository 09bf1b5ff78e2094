package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.core.Transport;
import dev.einvoice.core.errors.ConflictException;
import dev.einvoice.core.errors.NotFoundException;
import dev.einvoice.core.errors.UnprocessableEntityException;
import dev.einvoice.models.CancelIrnRequest;
import dev.einvoice.models.CancelReason;
import dev.einvoice.models.CreateCredentialRequest;
import dev.einvoice.models.CredentialWithSecret;
import dev.einvoice.models.DeletedGstin;
import dev.einvoice.models.DocType;
import dev.einvoice.models.DocumentStatus;
import dev.einvoice.models.DocumentSummary;
import dev.einvoice.models.DocumentsListParams;
import dev.einvoice.models.Gstin;
import dev.einvoice.models.GstnError;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.IrnGetByDocumentParams;
import dev.einvoice.models.Plan;
import dev.einvoice.models.RegisterGstinRequest;
import dev.einvoice.models.Scope;
import dev.einvoice.models.UpdateGstinRequest;
import dev.einvoice.support.Fixtures;
import dev.einvoice.support.Servers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The README flow against the real reference server (sandbox mode, temp SQLite), started like the
 * Go/Python quickstarts.
 */
class QuickstartTest {
  static final String GSTIN = "29AAACP7879D1Z0";

  /** A second sandbox taxpayer, only for the GSTIN administration flow below. */
  static final String SECOND_GSTIN = "29AABCL4444L1Z7";

  /**
   * Registers the GSTIN and creates a credential with the account key (the admin half of the
   * README).
   */
  static CredentialWithSecret provision(Servers.Reference ref, Plan plan) {
    EinvoiceClient admin = EinvoiceClient.builder().baseUrl(ref.url()).apiKey(ref.apiKey()).build();
    try {
      admin.gstins().get(GSTIN);
    } catch (NotFoundException e) {
      admin
          .gstins()
          .register(
              RegisterGstinRequest.builder()
                  .gstin(GSTIN)
                  .irpUsername("api_user")
                  .irpPassword("sandbox")
                  .build());
    }
    CreateCredentialRequest.Builder req =
        CreateCredentialRequest.builder().scopes(List.of(Scope.IRN_WRITE, Scope.READ));
    if (plan != null) req.plan(plan).rateLimitRps(10000L);
    return admin.credentials().create(GSTIN, req.build());
  }

  @Test
  void quickstart() throws Exception {
    Servers.Reference ref = Servers.reference();
    CredentialWithSecret cred = provision(ref, null);
    EinvoiceClient client =
        EinvoiceClient.builder()
            .baseUrl(ref.url())
            .gstinCredential(GSTIN, cred.clientId(), cred.clientSecret())
            .gstin(GSTIN)
            .build();
    Invoice invoice = Fixtures.invoice(GSTIN);

    ApiResponse<IrnDocument> created =
        client
            .irn()
            .generateWithResponse(invoice, RequestOptions.builder().waitSeconds(10).build());
    IrnDocument doc = created.data();
    assertEquals(201, created.statusCode());
    assertEquals(DocumentStatus.GENERATED, doc.status());
    // present once the IRP has answered: Optional getters, the value is there
    String irn = doc.irn().orElseThrow();
    assertEquals(64, irn.length());
    assertTrue(doc.ackNo().isPresent(), "an acknowledgement number");
    assertTrue(doc.gstnErrors().isEmpty(), "no gstn_errors on a generated IRN");

    ApiResponse<IrnDocument> again =
        client.irn().generateWithResponse(invoice, RequestOptions.none());
    assertTrue(again.replayed(), "a duplicate is a replay");
    assertEquals(doc.irn(), again.data().irn());
    assertEquals(doc.ackNo(), again.data().ackNo());

    IrnDocument byDoc =
        client
            .irn()
            .getByDocument(
                IrnGetByDocumentParams.builder()
                    .docType(DocType.INV)
                    .docNo(invoice.docDtls().no())
                    .docDate(invoice.docDtls().dt())
                    .build());
    assertEquals(doc.irn(), byDoc.irn());

    boolean found = false;
    for (DocumentSummary d :
        client.documents().listAutoPaging(DocumentsListParams.builder().limit(1L).build())) {
      if (d.irn().filter(irn::equals).isPresent()) found = true;
    }
    assertTrue(found, "auto-paging finds the document");

    // the same through async()
    IrnDocument viaAsync = client.async().irn().get(irn).get();
    assertEquals(doc.irn(), viaAsync.irn());

    NotFoundException nf =
        assertThrows(
            NotFoundException.class,
            () ->
                client
                    .irn()
                    .get("0000000000000000000000000000000000000000000000000000000000000000"));
    assertEquals(404, nf.statusCode());
    assertNotNull(nf.requestId());

    IrnDocument cancelled =
        client
            .irn()
            .cancel(
                irn,
                CancelIrnRequest.builder()
                    .cnlRsn(CancelReason.DATA_ENTRY_MISTAKE)
                    .cnlRem("Wrong buyer address")
                    .build());
    assertEquals(DocumentStatus.CANCELLED, cancelled.status());
    assertTrue(cancelled.cancelDate().isPresent(), "a cancelled IRN has its cancel date");
    assertEquals(1, client.tokenRequests());
  }

  /**
   * The GSTIN administration half of the README: IRP check at registration, update, final 409,
   * delete.
   */
  @Test
  void gstinLifecycle() {
    Servers.Reference ref = Servers.reference();
    AtomicInteger registerAttempts = new AtomicInteger();
    Transport counting =
        request -> {
          if ("POST".equals(request.method()) && "/v1/gstins".equals(request.uri().getPath()))
            registerAttempts.incrementAndGet();
          return Transport.defaultTransport().send(request);
        };
    EinvoiceClient admin =
        EinvoiceClient.builder()
            .baseUrl(ref.url())
            .apiKey(ref.apiKey())
            .transport(counting)
            .build();

    // (a) a wrong IRP password is refused at registration: 422 with NIC 1019, one request (422 is
    // never retried)
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () ->
                admin
                    .gstins()
                    .register(
                        RegisterGstinRequest.builder()
                            .gstin(SECOND_GSTIN)
                            .irpUsername("api_user")
                            .irpPassword("not-the-password")
                            .build()));
    assertEquals(422, rejected.statusCode());
    assertEquals("irp_credentials_rejected", rejected.code());
    assertTrue(
        rejected.gstnErrors().stream().map(GstnError::code).anyMatch("1019"::equals),
        "gstn_errors carries 1019: " + rejected.gstnErrors());
    assertEquals(1, registerAttempts.get(), "a 422 is not retried");
    assertThrows(
        NotFoundException.class, () -> admin.gstins().get(SECOND_GSTIN), "nothing was stored");

    // (b) the sandbox password registers it; update changes the description
    RegisterGstinRequest register =
        RegisterGstinRequest.builder()
            .gstin(SECOND_GSTIN)
            .irpUsername("api_user")
            .irpPassword("sandbox")
            .description("Bengaluru plant")
            .build();
    Gstin registered = admin.gstins().register(register);
    assertEquals(SECOND_GSTIN, registered.gstin());
    assertEquals(2, registerAttempts.get());
    Gstin updated =
        admin
            .gstins()
            .update(
                SECOND_GSTIN,
                UpdateGstinRequest.builder().description("Bengaluru warehouse").build());
    assertEquals(SECOND_GSTIN, updated.gstin());
    assertEquals("Bengaluru warehouse", updated.description().orElseThrow());
    assertEquals("api_user", updated.irpUsername(), "members left out keep their values");
    assertEquals(
        Optional.of("Bengaluru warehouse"), admin.gstins().get(SECOND_GSTIN).description());

    // (c) registering it again is a final 409 (x-should-retry: false): exactly one attempt
    long started = System.nanoTime();
    ConflictException conflict =
        assertThrows(ConflictException.class, () -> admin.gstins().register(register));
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    assertEquals(409, conflict.statusCode());
    assertEquals("gstin_exists", conflict.code());
    assertEquals(
        3, registerAttempts.get(), "a final 409 is not retried (took " + elapsedMs + " ms)");

    // (d) delete: its credentials are revoked, and it is gone
    DeletedGstin deleted = admin.gstins().delete(SECOND_GSTIN);
    assertEquals(SECOND_GSTIN, deleted.gstin());
    assertEquals(Boolean.TRUE, deleted.deleted());
    NotFoundException gone =
        assertThrows(NotFoundException.class, () -> admin.gstins().get(SECOND_GSTIN));
    assertEquals(404, gone.statusCode());
  }
}
