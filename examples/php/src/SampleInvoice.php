<?php

declare(strict_types=1);

namespace EinvoiceQuickstart;

use Einvoice\Models\BuyerDtls;
use Einvoice\Models\DocDtls;
use Einvoice\Models\DocType;
use Einvoice\Models\Invoice;
use Einvoice\Models\Item;
use Einvoice\Models\SellerDtls;
use Einvoice\Models\TranDtls;
use Einvoice\Models\ValDtls;

/**
 * The intra-state B2B invoice of the API reference (examples/curl/invoice.json): Acme Industries (Karnataka)
 * sells ten t-shirts to Bharat Components (Karnataka), so the 18 % GST is split into 9 % CGST + 9 % SGST.
 */
final class SampleInvoice
{
    public const SELLER_GSTIN = '29AAACP7879D1Z0';
    public const BUYER_GSTIN = '29AAGCB7383J1Z4';

    /**
     * A document number the IRP has not seen yet: "EX/" and 8 base-36 characters (the IRP allows 16 characters,
     * ^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$). The IRP refuses a second IRN for the same number, so every run needs one.
     */
    public static function freshNumber(): string
    {
        return 'EX/' . strtoupper(base_convert((string) random_int(36 ** 7, 36 ** 8 - 1), 10, 36));
    }

    /** Today in India, dd/MM/yyyy: the IRP checks document dates against IST, not the machine's time zone. */
    public static function todayInIndia(): string
    {
        return (new \DateTimeImmutable('now', new \DateTimeZone('Asia/Kolkata')))->format('d/m/Y');
    }

    public static function create(string $number, string $date): Invoice
    {
        return new Invoice(
            version: '1.1',
            tranDtls: new TranDtls(taxSch: 'GST', supTyp: 'B2B', regRev: 'N', igstOnIntra: 'N'),
            docDtls: new DocDtls(typ: DocType::INV, no: $number, dt: $date),
            sellerDtls: new SellerDtls(
                gstin: self::SELLER_GSTIN,
                lglNm: 'Acme Industries Private Limited',
                trdNm: 'Acme Industries',
                addr1: '14 Industrial Layout, Peenya',
                loc: 'Bengaluru',
                pin: 560058,
                stcd: '29',
                ph: '9845012345',
                em: 'accounts@acme.example',
            ),
            buyerDtls: new BuyerDtls(
                gstin: self::BUYER_GSTIN,
                lglNm: 'Bharat Components Private Limited',
                pos: '29',
                addr1: 'Prestige Tech Park, Outer Ring Road',
                loc: 'Bengaluru',
                pin: 560103,
                stcd: '29',
            ),
            itemList: [
                new Item(
                    slNo: '1',
                    prdDesc: 'Cotton knitted t-shirts',
                    isServc: 'N',
                    hsnCd: '61149090',
                    qty: 10,
                    unit: 'NOS',
                    unitPrice: 100,
                    totAmt: 1000,
                    discount: 0,
                    assAmt: 1000,
                    gstRt: 18,
                    igstAmt: 0,
                    cgstAmt: 90,
                    sgstAmt: 90,
                    totItemVal: 1180,
                ),
            ],
            valDtls: new ValDtls(assVal: 1000, cgstVal: 90, sgstVal: 90, igstVal: 0, totInvVal: 1180),
        );
    }

    /** The same invoice with a grand total that does not match its lines, which the IRP rejects. */
    public static function withWrongTotal(string $number, string $date): Invoice
    {
        $invoice = self::create($number, $date);
        return $invoice->with(valDtls: $invoice->valDtls->with(totInvVal: 99999));
    }
}
