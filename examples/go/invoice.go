package main

import (
	"math/rand/v2"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// The seller is the GSTIN the sandbox IRP knows; the buyer is another business in the same state (29,
// Karnataka), which makes this an intra-state supply taxed as CGST + SGST.
const (
	sellerGSTIN = "29AAACP7879D1Z0"
	buyerGSTIN  = "29AAGCB7383J1Z4"
)

// ist is Indian Standard Time. Asia/Kolkata is UTC+05:30 all year (no daylight saving), so a fixed zone
// is exact and does not depend on the tz database being installed.
var ist = time.FixedZone("IST", 5*60*60+30*60)

// todayIST is today's date as the IRP wants it (dd/MM/yyyy, in India): the IRP refuses future dates, and
// a date taken in UTC would be "tomorrow" or "yesterday" for part of the day.
func todayIST() string {
	return time.Now().In(ist).Format("02/01/2006")
}

// newDocNumber returns a document number that has not been used before, so every run registers new
// invoices: "EX/" and 8 random base-36 characters (11 characters; the IRP allows 16, starting with a
// letter or 1-9, then letters, digits, "/" and "-").
func newDocNumber() string {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	suffix := make([]byte, 8)
	for i := range suffix {
		suffix[i] = alphabet[rand.IntN(len(alphabet))]
	}
	return "EX/" + string(suffix)
}

// sampleInvoice is the intra-state B2B invoice of the API reference (examples/curl/invoice.json): ten
// t-shirts at 100 rupees, 18 % GST split into 9 % CGST and 9 % SGST.
func sampleInvoice(docNo, docDate string) einvoice.Invoice {
	return einvoice.Invoice{
		Version: "1.1",
		TranDtls: einvoice.TranDtls{
			TaxSch:      "GST",
			SupTyp:      einvoice.TranDtlsSupTypB2B,
			RegRev:      einvoice.Ptr(einvoice.TranDtlsRegRevNo),
			IGSTOnIntra: einvoice.Ptr(einvoice.TranDtlsIGSTOnIntraNo),
		},
		DocDtls: einvoice.DocDtls{
			Typ: einvoice.DocTypeInv,
			No:  docNo,
			Dt:  docDate,
		},
		SellerDtls: einvoice.SellerDtls{
			GSTIN: sellerGSTIN,
			LglNm: "Acme Industries Private Limited",
			TrdNm: einvoice.Ptr("Acme Industries"),
			Addr1: "14 Industrial Layout, Peenya",
			Loc:   "Bengaluru",
			Pin:   560058,
			Stcd:  "29",
			Ph:    einvoice.Ptr("9845012345"),
			Em:    einvoice.Ptr("accounts@acme.example"),
		},
		BuyerDtls: einvoice.BuyerDtls{
			GSTIN: buyerGSTIN,
			LglNm: "Bharat Components Private Limited",
			Pos:   "29",
			Addr1: "Prestige Tech Park, Outer Ring Road",
			Loc:   "Bengaluru",
			Pin:   einvoice.Ptr(int64(560103)),
			Stcd:  "29",
		},
		ItemList: []einvoice.Item{{
			SlNo:       "1",
			PrdDesc:    einvoice.Ptr("Cotton knitted t-shirts"),
			IsServc:    einvoice.ItemIsServcNo,
			HsnCd:      "61149090",
			Qty:        einvoice.Ptr(10.0),
			Unit:       einvoice.Ptr("NOS"),
			UnitPrice:  100,
			TotAmt:     1000,
			Discount:   einvoice.Ptr(0.0),
			AssAmt:     1000,
			GstRt:      18,
			IGSTAmt:    einvoice.Ptr(0.0),
			CGSTAmt:    einvoice.Ptr(90.0),
			SGSTAmt:    einvoice.Ptr(90.0),
			TotItemVal: 1180,
		}},
		ValDtls: einvoice.ValDtls{
			AssVal:    1000,
			CGSTVal:   einvoice.Ptr(90.0),
			SGSTVal:   einvoice.Ptr(90.0),
			IGSTVal:   einvoice.Ptr(0.0),
			TotInvVal: 1180,
		},
	}
}
