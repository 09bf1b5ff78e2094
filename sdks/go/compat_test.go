package einvoice_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// An old client given a newer server's response: an unknown field or enum value must not fail.
func TestUnknownFieldAndEnumValue(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/v1/oauth/token" {
			_, _ = w.Write([]byte(`{"access_token":"at","token_type":"Bearer","expires_in":900,"scope":"read"}`))
			return
		}
		_, _ = w.Write([]byte(`{"id":"doc_1","object":"document","status":"archived_forever","gstin":"29AAACP7879D1Z0","doc_type":"XYZ","doc_no":"A/1","doc_date":"25/11/2026","Irn":null,"AckNo":null,"AckDt":null,"SignedInvoice":null,"SignedQRCode":null,"EwbNo":null,"EwbDt":null,"EwbValidTill":null,"created_at":"2026-11-25T09:30:00Z","updated_at":"2026-11-25T09:30:00Z","brand_new_field":{"x":[1,2]}}`))
	}))
	defer srv.Close()
	c := einvoice.NewClient(einvoice.WithBaseURL(srv.URL), einvoice.WithCredentials("c", "s"))
	doc, err := c.IRN.Get(context.Background(), "ab")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Status != "archived_forever" || doc.Status.IsKnown() || doc.DocType != "XYZ" {
		t.Fatalf("got %+v", doc)
	}
	if !einvoice.DocumentStatusGenerated.IsKnown() {
		t.Fatal("known value reported unknown")
	}
}

func TestUnknownWebhookEventType(t *testing.T) {
	ev, err := einvoice.ParseWebhookEvent([]byte(`{"type":"irn.teleported","timestamp":"2026-11-25T09:30:00Z","data":{}}`))
	if err != nil {
		t.Fatal(err)
	}
	u, ok := ev.(*einvoice.UnknownWebhookEvent)
	if !ok || u.EventType() != "irn.teleported" || len(u.Raw) == 0 {
		t.Fatalf("got %#v", ev)
	}
	body, _ := json.Marshal(map[string]any{"type": "irn.generated", "timestamp": "2026-11-25T09:30:00Z", "data": map[string]any{"id": "doc_1", "status": "generated"}})
	known, err := einvoice.ParseWebhookEvent(body)
	if err != nil {
		t.Fatal(err)
	}
	if g, ok := known.(*einvoice.IRNGeneratedEvent); !ok || g.Data.ID != "doc_1" {
		t.Fatalf("got %#v", known)
	}
}
