package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// generateIRN registers the invoice with the IRP and returns the document with its IRN.
func generateIRN(ctx context.Context, client *einvoice.Client, invoice einvoice.Invoice) (*einvoice.IRNDocument, error) {
	doc, err := client.IRN.Generate(ctx, invoice)
	if err != nil {
		return nil, fmt.Errorf("generate an IRN for %s: %w", invoice.DocDtls.No, err)
	}
	// 202 "queued" means no IRP answered in time and the IRN comes later (by webhook); the sandbox IRP
	// always answers, so here that is a failure.
	if doc.Status != einvoice.DocumentStatusGenerated || doc.IRN == nil {
		return nil, fmt.Errorf("generate an IRN for %s: document %s is %s, not generated", invoice.DocDtls.No, doc.ID, doc.Status)
	}
	return doc, nil
}

// expectValidationError sends an invoice that breaks one of the IRP's rules and returns the SDK's error
// for the 422 (UnprocessableEntityError) that must come back. einvoice checks the IRP's business rules
// before calling it, so the answer carries the NIC error codes the IRP would have given.
func expectValidationError(ctx context.Context, client *einvoice.Client, invoice einvoice.Invoice) (*einvoice.Error, error) {
	doc, err := client.IRN.Generate(ctx, invoice)
	if err == nil {
		return nil, fmt.Errorf("invoice %s should have been refused, but got IRN %s", invoice.DocDtls.No, deref(doc.IRN))
	}
	var apiErr *einvoice.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnprocessableEntity {
		return nil, fmt.Errorf("invoice %s: want a 422 validation error, got: %w", invoice.DocDtls.No, err)
	}
	if len(apiErr.GSTNErrors) == 0 {
		return nil, fmt.Errorf("invoice %s: the 422 lists no gstn_errors: %w", invoice.DocDtls.No, err)
	}
	return apiErr, nil
}

// generateEwayBill creates an e-way bill for the IRN: goods leaving by road in a regular vehicle, with the
// distance left to the IRP (0 = computed from the seller's and buyer's PIN codes).
func generateEwayBill(ctx context.Context, client *einvoice.Client, irn string) (*einvoice.EwayBill, error) {
	ewb, err := client.EWB.Generate(ctx, einvoice.GenerateEWBRequest{
		IRN:       irn,
		Distance:  0,
		TransMode: einvoice.Ptr(einvoice.TransModeRoad),
		TransID:   einvoice.Ptr(buyerGSTIN),
		TransName: einvoice.Ptr("Bharat Logistics"),
		VehNo:     einvoice.Ptr("KA01AB1234"),
		VehType:   einvoice.Ptr(einvoice.VehTypeRegular),
	})
	if err != nil {
		return nil, fmt.Errorf("generate an e-way bill for IRN %s: %w", irn, err)
	}
	return ewb, nil
}

// cancelEwayBill cancels the e-way bill; the IRP allows it within 24 hours of generation.
func cancelEwayBill(ctx context.Context, client *einvoice.Client, ewbNo int64) (*einvoice.EwayBill, error) {
	ewb, err := client.EWB.Cancel(ctx, ewbNo, einvoice.CancelEWBRequest{
		CancelRsnCode: einvoice.EWBCancelReasonOrderCancelled,
		CancelRmrk:    einvoice.Ptr("Order cancelled by the buyer"),
	})
	if err != nil {
		return nil, fmt.Errorf("cancel e-way bill %d: %w", ewbNo, err)
	}
	return ewb, nil
}

// cancelIRN cancels the IRN; the IRP allows it within 24 hours, and only once no e-way bill is active.
func cancelIRN(ctx context.Context, client *einvoice.Client, irn string) (*einvoice.IRNDocument, error) {
	doc, err := client.IRN.Cancel(ctx, irn, einvoice.CancelIRNRequest{
		CnlRsn: einvoice.CancelReasonDataEntryMistake,
		CnlRem: einvoice.Ptr("Wrong quantity entered"),
	})
	if err != nil {
		return nil, fmt.Errorf("cancel IRN %s: %w", irn, err)
	}
	if doc.Status != einvoice.DocumentStatusCancelled {
		return nil, fmt.Errorf("cancel IRN %s: document is %s, not cancelled", irn, doc.Status)
	}
	return doc, nil
}

// deref prints an optional response field.
func deref[T any](p *T) string {
	if p == nil {
		return "(none)"
	}
	return fmt.Sprint(*p)
}
