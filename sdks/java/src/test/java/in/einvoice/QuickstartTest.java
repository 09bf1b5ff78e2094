package in.einvoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.einvoice.core.ApiResponse;
import in.einvoice.core.RequestOptions;
import in.einvoice.core.errors.NotFoundException;
import in.einvoice.models.CancelIrnRequest;
import in.einvoice.models.CancelIrnRequestCnlRsn;
import in.einvoice.models.CreateCredentialRequest;
import in.einvoice.models.CredentialWithSecret;
import in.einvoice.models.DocType;
import in.einvoice.models.DocumentStatus;
import in.einvoice.models.DocumentSummary;
import in.einvoice.models.DocumentsListParams;
import in.einvoice.models.Invoice;
import in.einvoice.models.IrnDocument;
import in.einvoice.models.IrnGetByDocumentParams;
import in.einvoice.models.Plan;
import in.einvoice.models.RegisterGstinRequest;
import in.einvoice.models.Scope;
import in.einvoice.support.Fixtures;
import in.einvoice.support.Servers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README flow against the real reference server (sandbox mode, temp SQLite), started like the Go/Python quickstarts. */
class QuickstartTest {
  static final String GSTIN = "29AAACP7879D1Z0";

  /** Registers the GSTIN and creates a credential with the account key (the admin half of the README). */
  static CredentialWithSecret provision(Servers.Reference ref, Plan plan) {
    EinvoiceClient admin = EinvoiceClient.builder().baseUrl(ref.url()).apiKey(ref.apiKey()).build();
    try {
      admin.gstins().get(GSTIN);
    } catch (NotFoundException e) {
      admin.gstins().register(RegisterGstinRequest.builder().gstin(GSTIN).irpUsername("api_user").irpPassword("sandbox").build());
    }
    CreateCredentialRequest.Builder req = CreateCredentialRequest.builder().scopes(List.of(Scope.IRN_WRITE, Scope.READ));
    if (plan != null) req.plan(plan).rateLimitRps(10000L);
    return admin.credentials().create(GSTIN, req.build());
  }

  @Test
  void quickstart() throws Exception {
    Servers.Reference ref = Servers.reference();
    CredentialWithSecret cred = provision(ref, null);
    EinvoiceClient client = EinvoiceClient.builder()
        .baseUrl(ref.url())
        .gstinCredential(GSTIN, cred.clientId(), cred.clientSecret())
        .gstin(GSTIN)
        .build();
    Invoice invoice = Fixtures.invoice(GSTIN);

    ApiResponse<IrnDocument> created = client.irn().generateWithResponse(invoice, RequestOptions.builder().waitSeconds(10).build());
    IrnDocument doc = created.data();
    assertEquals(201, created.statusCode());
    assertEquals(DocumentStatus.GENERATED, doc.status());
    assertEquals(64, doc.irn().length());
    assertNotNull(doc.ackNo());

    ApiResponse<IrnDocument> again = client.irn().generateWithResponse(invoice, RequestOptions.none());
    assertTrue(again.replayed(), "a duplicate is a replay");
    assertEquals(doc.irn(), again.data().irn());

    IrnDocument byDoc = client.irn().getByDocument(IrnGetByDocumentParams.builder()
        .docType(DocType.INV).docNo(invoice.docDtls().no()).docDate(invoice.docDtls().dt()).build());
    assertEquals(doc.irn(), byDoc.irn());

    boolean found = false;
    for (DocumentSummary d : client.documents().listAutoPaging(DocumentsListParams.builder().limit(1L).build())) {
      if (doc.irn().equals(d.irn())) found = true;
    }
    assertTrue(found, "auto-paging finds the document");

    // the same through async()
    IrnDocument viaAsync = client.async().irn().get(doc.irn()).get();
    assertEquals(doc.irn(), viaAsync.irn());

    NotFoundException nf = assertThrows(NotFoundException.class,
        () -> client.irn().get("0000000000000000000000000000000000000000000000000000000000000000"));
    assertEquals(404, nf.statusCode());
    assertNotNull(nf.requestId());

    IrnDocument cancelled = client.irn().cancel(doc.irn(),
        CancelIrnRequest.builder().cnlRsn(CancelIrnRequestCnlRsn.of("2")).cnlRem("Wrong buyer address").build());
    assertEquals(DocumentStatus.CANCELLED, cancelled.status());
    assertEquals(1, client.tokenRequests());
  }
}
