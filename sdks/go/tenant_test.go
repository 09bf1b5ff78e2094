package einvoice_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// A platform acts for one of its tenants with WithTenant (Einvoice-Tenant), on the client or on one call (the
// call's wins, for that call only); without it nothing is sent and the account key acts on the account itself.
func TestTenantHeaderPerClientAndPerCall(t *testing.T) {
	clearEnv(t)
	tr := &recordingTransport{}
	base := []einvoice.RequestOption{einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_platform"),
		einvoice.WithHTTPClient(&http.Client{Transport: tr})}
	plain := einvoice.NewClient(base...)
	acme := einvoice.NewClient(append(base, einvoice.WithTenant("ten_01JF3Q8Z5XACME"))...)
	ctx := context.Background()
	for i, call := range []func() error{
		func() error { _, err := plain.GSTINs.List(ctx, einvoice.ListGSTINsParams{}); return err },
		func() error { _, err := acme.GSTINs.List(ctx, einvoice.ListGSTINsParams{}); return err },
		func() error {
			_, err := acme.GSTINs.Get(ctx, "29AAGCB1286Q000", einvoice.WithTenant("ten_01JF3Q8Z5XOTHER"))
			return err
		},
		func() error {
			_, err := acme.WebhookEndpoints.Create(ctx, einvoice.CreateWebhookEndpointRequest{URL: "https://example.com/hook"},
				einvoice.WithTenant("ten_01JF3Q8Z5XOTHER"))
			return err
		},
		func() error { _, err := acme.GSTINs.List(ctx, einvoice.ListGSTINsParams{}); return err },
		func() error {
			_, err := plain.GSTINs.List(ctx, einvoice.ListGSTINsParams{}, einvoice.WithTenant("ten_percall"))
			return err
		},
		func() error {
			_, err := acme.WithOptions(einvoice.WithTenant("")).GSTINs.List(ctx, einvoice.ListGSTINsParams{})
			return err
		},
	} {
		if err := call(); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	want := [][]string{nil, {"ten_01JF3Q8Z5XACME"}, {"ten_01JF3Q8Z5XOTHER"}, {"ten_01JF3Q8Z5XOTHER"},
		{"ten_01JF3Q8Z5XACME"}, {"ten_percall"}, nil}
	if len(tr.reqs) != len(want) {
		t.Fatalf("%d requests, want %d", len(tr.reqs), len(want))
	}
	for i, req := range tr.reqs {
		if got := req.Header.Values("Einvoice-Tenant"); strings.Join(got, "|") != strings.Join(want[i], "|") {
			t.Errorf("request %d (%s %s): Einvoice-Tenant %q, want %q", i, req.Method, req.URL.Path, got, want[i])
		}
	}
	if tr.reqs[3].Method != "POST" {
		t.Errorf("request 3 is %s, want the POST", tr.reqs[3].Method)
	}
}

// A malformed tenant id is a *ConfigError naming WithTenant, from the client or from the call, and nothing is sent.
func TestMalformedTenantIsRefusedBeforeSending(t *testing.T) {
	clearEnv(t)
	tr := &recordingTransport{}
	base := []einvoice.RequestOption{einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_platform"),
		einvoice.WithHTTPClient(&http.Client{Transport: tr})}
	ctx := context.Background()
	good := einvoice.NewClient(append(base, einvoice.WithTenant("ten_ok1"))...)
	for _, bad := range []string{"acme", "ten_", "ten_a-b", " ten_abc", "TEN_abc", "ten_abc\n"} {
		c := einvoice.NewClient(append(base, einvoice.WithTenant(bad))...)
		if ce := configErr(t, c.Err()); ce.Option != "WithTenant" || !strings.Contains(ce.Error(), "ten_") {
			t.Errorf("client tenant %q: %+v", bad, ce)
		}
		_, err := c.GSTINs.List(ctx, einvoice.ListGSTINsParams{})
		configErr(t, err)
		_, err = good.GSTINs.List(ctx, einvoice.ListGSTINsParams{}, einvoice.WithTenant(bad))
		if ce := configErr(t, err); ce.Option != "WithTenant" {
			t.Errorf("call tenant %q: option %q", bad, ce.Option)
		}
	}
	if len(tr.reqs) != 0 {
		t.Fatalf("%d requests sent, want none", len(tr.reqs))
	}
}
