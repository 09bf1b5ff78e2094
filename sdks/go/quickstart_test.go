package einvoice_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

const quickGSTIN = "29AAACP7879D1Z0"

// provision registers the GSTIN and creates a credential with the account key (the admin half of the README).
func provision(t testing.TB, url, key string, plan ...einvoice.Plan) (string, string) {
	ctx := context.Background()
	admin := einvoice.NewClient(einvoice.WithBaseURL(url), einvoice.WithAPIKey(key))
	if _, err := admin.GSTINs.Get(ctx, quickGSTIN); err != nil {
		if _, err := admin.GSTINs.Register(ctx, einvoice.RegisterGSTINRequest{GSTIN: quickGSTIN, IRPUsername: "api_user", IRPPassword: "sandbox"}); err != nil {
			t.Fatal(err)
		}
	}
	req := einvoice.CreateCredentialRequest{Scopes: []einvoice.Scope{einvoice.ScopeIRNWrite, einvoice.ScopeRead}}
	if len(plan) > 0 {
		req.Plan, req.RateLimitRPS = &plan[0], einvoice.Ptr(int64(10000))
	}
	cred, err := admin.Credentials.Create(ctx, quickGSTIN, req)
	if err != nil {
		t.Fatal(err)
	}
	return cred.ClientID, cred.ClientSecret
}

func fixtureInvoice(t testing.TB) einvoice.Invoice {
	return toInvoice(t, resolveFixture(t, json.RawMessage(`{"$fixture":"invoice"}`), quickGSTIN))
}

// TestQuickstart is the README flow against the real reference server (sandbox mode, temp SQLite).
func TestQuickstart(t *testing.T) {
	url, key := referenceServer(t)
	id, secret := provision(t, url, key)
	ctx := context.Background()
	client := einvoice.NewClient(einvoice.WithBaseURL(url), einvoice.WithGSTINCredential(quickGSTIN, id, secret), einvoice.WithGSTIN(quickGSTIN))
	inv := fixtureInvoice(t)
	var resp *http.Response
	doc, err := client.IRN.Generate(ctx, inv, einvoice.WithWait(10*time.Second), einvoice.WithResponseInto(&resp))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 201 || doc.Status != einvoice.DocumentStatusGenerated || doc.IRN == nil || len(*doc.IRN) != 64 {
		t.Fatalf("generate: %d %+v", resp.StatusCode, doc)
	}
	again, err := client.IRN.Generate(ctx, inv, einvoice.WithResponseInto(&resp))
	if err != nil || *again.IRN != *doc.IRN || resp.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("duplicate: %v %v", err, resp.Header)
	}
	byDoc, err := client.IRN.GetByDocument(ctx, einvoice.GetIRNByDocumentParams{DocType: "INV", DocNo: inv.DocDtls.No, DocDate: inv.DocDtls.Dt})
	if err != nil || *byDoc.IRN != *doc.IRN {
		t.Fatalf("by document: %v", err)
	}
	found := false
	it := client.Documents.ListAutoPaging(ctx, einvoice.ListDocumentsParams{Limit: einvoice.Ptr(int64(1))})
	for it.Next() {
		if it.Current().IRN != nil && *it.Current().IRN == *doc.IRN {
			found = true
		}
	}
	if it.Err() != nil || !found {
		t.Fatalf("auto-paging: %v found=%v", it.Err(), found)
	}
	_, err = client.IRN.Get(ctx, "0000000000000000000000000000000000000000000000000000000000000000")
	var apiErr *einvoice.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 404 || apiErr.RequestID == "" || apiErr.Class() != "NotFoundError" {
		t.Fatalf("404: %v", err)
	}
	cancelled, err := client.IRN.Cancel(ctx, *doc.IRN, einvoice.CancelIRNRequest{CnlRsn: "2", CnlRem: einvoice.Ptr("Wrong buyer address")})
	if err != nil || cancelled.Status != einvoice.DocumentStatusCancelled {
		t.Fatalf("cancel: %v", err)
	}
	if client.TokenRequests() != 1 {
		t.Fatalf("token requests %d", client.TokenRequests())
	}
}

// attemptCounter counts the HTTP attempts a client makes (retries included).
type attemptCounter struct{ n atomic.Int64 }

func (a *attemptCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	a.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// TestGSTINLifecycle: a wrong IRP password is refused once with NIC 1019; update; a second registration is a
// final 409 after one attempt; delete, after which the GSTIN is not found.
func TestGSTINLifecycle(t *testing.T) {
	const gstin = "29AABCL4444L1Z7" // a taxpayer the sandbox IRP knows
	url, key := referenceServer(t)
	ctx := context.Background()
	attempts := &attemptCounter{}
	admin := einvoice.NewClient(einvoice.WithBaseURL(url), einvoice.WithAPIKey(key), einvoice.WithHTTPClient(&http.Client{Transport: attempts}))
	if err := admin.Err(); err != nil {
		t.Fatal(err)
	}

	// (a) wrong IRP password: 422 irp_credentials_rejected with NIC 1019, not retried.
	_, err := admin.GSTINs.Register(ctx, einvoice.RegisterGSTINRequest{GSTIN: gstin, IRPUsername: "api_user", IRPPassword: "not-sandbox"})
	var apiErr *einvoice.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 422 || apiErr.Class() != "UnprocessableEntityError" || apiErr.Code != "irp_credentials_rejected" {
		t.Fatalf("wrong password: %v", err)
	}
	if len(apiErr.GSTNErrors) != 1 || apiErr.GSTNErrors[0].Code != "1019" {
		t.Fatalf("gstn_errors: %+v", apiErr.GSTNErrors)
	}
	if n := attempts.n.Load(); n != 1 {
		t.Fatalf("the 422 took %d attempts", n)
	}
	if _, err := admin.GSTINs.Get(ctx, gstin); !errors.As(err, &apiErr) || apiErr.Class() != "NotFoundError" {
		t.Fatalf("a refused registration stored the GSTIN: %v", err)
	}

	// (b) the right password registers it; Update changes the description.
	if _, err := admin.GSTINs.Register(ctx, einvoice.RegisterGSTINRequest{GSTIN: gstin, IRPUsername: "api_user", IRPPassword: "sandbox"}); err != nil {
		t.Fatal(err)
	}
	updated, err := admin.GSTINs.Update(ctx, gstin, einvoice.UpdateGSTINRequest{Description: einvoice.Value("Bengaluru warehouse")})
	if err != nil || updated.GSTIN != gstin || updated.Description == nil || *updated.Description != "Bengaluru warehouse" || updated.IRPUsername != "api_user" {
		t.Fatalf("update: %v %+v", err, updated)
	}

	// (c) a second registration is a final 409 (x-should-retry: false): one attempt, no back-off.
	attempts.n.Store(0)
	started := time.Now()
	_, err = admin.GSTINs.Register(ctx, einvoice.RegisterGSTINRequest{GSTIN: gstin, IRPUsername: "api_user", IRPPassword: "sandbox"})
	elapsed := time.Since(started)
	if !errors.As(err, &apiErr) || apiErr.Class() != "ConflictError" || apiErr.Code != "gstin_exists" || apiErr.Header.Get("X-Should-Retry") != "false" {
		t.Fatalf("second registration: %v", err)
	}
	if n := attempts.n.Load(); n != 1 || elapsed >= 300*time.Millisecond {
		t.Fatalf("the final 409 took %d attempts, %v", n, elapsed)
	}

	// (d) Delete: deleted is true and the GSTIN is gone.
	deleted, err := admin.GSTINs.Delete(ctx, gstin)
	if err != nil || !deleted.Deleted || deleted.GSTIN != gstin {
		t.Fatalf("delete: %v %+v", err, deleted)
	}
	if _, err := admin.GSTINs.Get(ctx, gstin); !errors.As(err, &apiErr) || apiErr.StatusCode != 404 || apiErr.Class() != "NotFoundError" {
		t.Fatalf("get after delete: %v", err)
	}
}

// TestBenchIRNGenerate compares IRN.Generate with a raw net/http POST on the same server, same run.
// Run with EINVOICE_BENCH=1 (the shim's `bench` script); prints the overhead ratio.
func TestBenchIRNGenerate(t *testing.T) {
	if os.Getenv("EINVOICE_BENCH") == "" {
		t.Skip("set EINVOICE_BENCH=1")
	}
	n := 60
	url, key := referenceServer(t)
	id, secret := provision(t, url, key, einvoice.PlanCustom)
	ctx := context.Background()
	client := einvoice.NewClient(einvoice.WithBaseURL(url), einvoice.WithCredentials(id, secret))
	// Token for the raw client (the SDK caches its own).
	form := bytes.NewBufferString("grant_type=client_credentials")
	req, _ := http.NewRequest("POST", url+"/v1/oauth/token", form)
	req.SetBasicAuth(id, secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	_ = json.NewDecoder(res.Body).Decode(&tok)
	res.Body.Close()
	raw := func() time.Duration {
		body, _ := json.Marshal(fixtureInvoice(t))
		start := time.Now()
		r, _ := http.NewRequest("POST", url+"/v1/irn", bytes.NewReader(body))
		r.Header.Set("Authorization", "Bearer "+tok.AccessToken)
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Idempotency-Key", fmt.Sprintf("bench-%d", time.Now().UnixNano()))
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		var doc einvoice.IRNDocument
		_ = json.NewDecoder(resp.Body).Decode(&doc)
		resp.Body.Close()
		if resp.StatusCode != 201 {
			t.Fatalf("raw status %d", resp.StatusCode)
		}
		return time.Since(start)
	}
	sdk := func() time.Duration {
		inv := fixtureInvoice(t)
		start := time.Now()
		if _, err := client.IRN.Generate(ctx, inv); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	sdk()
	raw() // warm up both
	var rs, ss []time.Duration
	for i := 0; i < n; i++ { // interleaved so both see the same server state
		rs = append(rs, raw())
		ss = append(ss, sdk())
	}
	med := func(d []time.Duration) time.Duration {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return d[len(d)/2]
	}
	mr, ms := med(rs), med(ss)
	fmt.Printf("go bench irn.generate n=%d: raw net/http median %.2f ms, SDK median %.2f ms, overhead ratio %.3f\n", n, float64(mr)/1e6, float64(ms)/1e6, float64(ms)/float64(mr))
}
