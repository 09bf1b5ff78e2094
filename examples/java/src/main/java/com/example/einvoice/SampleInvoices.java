package com.example.einvoice;

import dev.einvoice.models.BuyerDtls;
import dev.einvoice.models.DocDtls;
import dev.einvoice.models.DocType;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.Item;
import dev.einvoice.models.ItemIsServc;
import dev.einvoice.models.SellerDtls;
import dev.einvoice.models.TranDtls;
import dev.einvoice.models.TranDtlsIgstOnIntra;
import dev.einvoice.models.TranDtlsRegRev;
import dev.einvoice.models.TranDtlsSupTyp;
import dev.einvoice.models.ValDtls;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The invoices this quickstart sends: the API reference's intra-state B2B example (seller and buyer
 * both in Karnataka, so CGST + SGST rather than IGST), with a document number and date chosen per
 * run.
 */
final class SampleInvoices {
  static final String SELLER_GSTIN = "29AAACP7879D1Z0";
  static final String BUYER_GSTIN = "29AAGCB7383J1Z4";

  /** NIC dates are dd/MM/yyyy in Indian Standard Time, whatever the machine's time zone. */
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private static final DateTimeFormatter NIC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SampleInvoices() {}

  /**
   * A document number no earlier run used: the IRP issues one IRN per (GSTIN, type, number, year),
   * so re-running the quickstart needs new numbers. "EX/" + 8 base-36 characters stays within NIC's
   * 16.
   */
  static String freshDocumentNumber() {
    StringBuilder number = new StringBuilder("EX/");
    for (int i = 0; i < 8; i++) {
      number.append(BASE36.charAt(RANDOM.nextInt(BASE36.length())));
    }
    return number.toString();
  }

  /**
   * Today in IST: the IRP refuses invoices dated in the future, and IST is a day ahead of UTC at
   * night.
   */
  static String todayInIst() {
    return LocalDate.now(IST).format(NIC_DATE);
  }

  /** Ten t-shirts at 100 each, 18 % GST split into 9 % CGST and 9 % SGST: 1,000 + 180 = 1,180. */
  static Invoice intraStateB2b(String documentNumber, String documentDate) {
    return Invoice.builder()
        .version("1.1")
        .tranDtls(
            TranDtls.builder()
                .taxSch("GST")
                .supTyp(TranDtlsSupTyp.B2_B)
                .regRev(TranDtlsRegRev.NO)
                .igstOnIntra(TranDtlsIgstOnIntra.NO)
                .build())
        .docDtls(DocDtls.builder().typ(DocType.INV).no(documentNumber).dt(documentDate).build())
        .sellerDtls(
            SellerDtls.builder()
                .gstin(SELLER_GSTIN)
                .lglNm("Acme Industries Private Limited")
                .trdNm("Acme Industries")
                .addr1("14 Industrial Layout, Peenya")
                .loc("Bengaluru")
                .pin(560058L)
                .stcd("29")
                .ph("9845012345")
                .em("accounts@acme.example")
                .build())
        .buyerDtls(
            BuyerDtls.builder()
                .gstin(BUYER_GSTIN)
                .lglNm("Bharat Components Private Limited")
                .pos("29")
                .addr1("Prestige Tech Park, Outer Ring Road")
                .loc("Bengaluru")
                .pin(560103L)
                .stcd("29")
                .build())
        .itemList(
            List.of(
                Item.builder()
                    .slNo("1")
                    .prdDesc("Cotton knitted t-shirts")
                    .isServc(ItemIsServc.NO)
                    .hsnCd("61149090")
                    .qty(amount("10"))
                    .unit("NOS")
                    .unitPrice(amount("100"))
                    .totAmt(amount("1000"))
                    .discount(amount("0"))
                    .assAmt(amount("1000"))
                    .gstRt(amount("18"))
                    .igstAmt(amount("0"))
                    .cgstAmt(amount("90"))
                    .sgstAmt(amount("90"))
                    .totItemVal(amount("1180"))
                    .build()))
        .valDtls(
            ValDtls.builder()
                .assVal(amount("1000"))
                .cgstVal(amount("90"))
                .sgstVal(amount("90"))
                .igstVal(amount("0"))
                .totInvVal(amount("1180"))
                .build())
        .build();
  }

  /**
   * The same invoice with a different total invoice value (models are immutable: change a copy).
   */
  static Invoice withTotalInvoiceValue(Invoice invoice, BigDecimal totalInvoiceValue) {
    return invoice.toBuilder()
        .valDtls(invoice.valDtls().toBuilder().totInvVal(totalInvoiceValue).build())
        .build();
  }

  /** Money and quantities as BigDecimal: binary doubles cannot hold paise exactly. */
  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }
}
