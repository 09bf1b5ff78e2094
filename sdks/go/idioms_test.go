package einvoice_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// recordingTransport answers every request with an empty JSON object and remembers what it was sent.
type recordingTransport struct{ reqs []*http.Request }

func (r *recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r.reqs = append(r.reqs, req)
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(`{}`)), Request: req}, nil
}

// A context that is already cancelled is reported as such and sends nothing: not the call, not a token request.
func TestCancelledContextSendsNothing(t *testing.T) {
	clearEnv(t)
	tr := &countingTransport{}
	client := einvoice.NewClient(einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_x"),
		einvoice.WithCredentials("cli_x", "cs_x"), einvoice.WithHTTPClient(&http.Client{Transport: tr}))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := client.Status.Get(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if _, err := client.IRN.Get(ctx, strings.Repeat("a", 64)); !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if tr.n != 0 {
		t.Fatalf("%d requests reached the transport after cancellation", tr.n)
	}
}

// WithWait takes a time.Duration and sends whole seconds, rounding up so a short wait never becomes wait=0.
func TestWithWaitDuration(t *testing.T) {
	clearEnv(t)
	for _, c := range []struct {
		d    time.Duration
		want string
	}{{10 * time.Second, "wait=10"}, {1500 * time.Millisecond, "wait=2"}, {time.Millisecond, "wait=1"}, {0, "wait=0"}} {
		tr := &recordingTransport{}
		client := einvoice.NewClient(einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_x"),
			einvoice.WithHTTPClient(&http.Client{Transport: tr}))
		if _, err := client.Status.Get(context.Background(), einvoice.WithWait(c.d)); err != nil {
			t.Fatal(err)
		}
		if got := tr.reqs[0].Header.Get("Prefer"); got != c.want {
			t.Errorf("WithWait(%v): Prefer %q, want %q", c.d, got, c.want)
		}
	}
}

// Version is exported and is what the User-Agent carries.
func TestVersionInUserAgent(t *testing.T) {
	clearEnv(t)
	tr := &recordingTransport{}
	client := einvoice.NewClient(einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_x"),
		einvoice.WithHTTPClient(&http.Client{Transport: tr}))
	if _, err := client.Status.Get(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ua := tr.reqs[0].Header.Get("User-Agent"); !strings.HasPrefix(ua, "einvoice-go/"+einvoice.Version+" ") {
		t.Fatalf("User-Agent %q does not start with einvoice-go/%s", ua, einvoice.Version)
	}
}

// One log record per HTTP attempt, token request included; never the secret, the token or the query string.
func TestLoggerRecordsAttemptsWithoutSecrets(t *testing.T) {
	clearEnv(t)
	var buf strings.Builder
	tr := &recordingTransport{}
	client := einvoice.NewClient(einvoice.WithBaseURL("http://127.0.0.1:9"),
		einvoice.WithCredentials("cli_x", "cs_secret_never_logged"),
		einvoice.WithHTTPClient(&http.Client{Transport: tr}),
		einvoice.WithLogger(slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	if _, err := client.Documents.List(context.Background(), einvoice.ListDocumentsParams{From: einvoice.Ptr("2026-11-01")}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 records (token + call), got %d:\n%s", len(lines), buf.String())
	}
	for _, want := range []string{`"path":"/v1/oauth/token"`, `"path":"/v1/documents"`, `"status":200`, `"attempt":1`, `"Authorization":"[redacted]"`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, buf.String())
		}
	}
	for _, never := range []string{"cs_secret_never_logged", "2026-11-01", "Basic ", "Bearer "} {
		if strings.Contains(buf.String(), never) {
			t.Errorf("log contains %q:\n%s", never, buf.String())
		}
	}
}

// WithAppInfo is appended to the User-Agent of every request.
func TestAppInfoInUserAgent(t *testing.T) {
	clearEnv(t)
	tr := &recordingTransport{}
	client := einvoice.NewClient(einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_x"),
		einvoice.WithHTTPClient(&http.Client{Transport: tr}), einvoice.WithAppInfo("acme-erp", "4.2.0", "https://acme.example"))
	if _, err := client.Status.Get(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ua := tr.reqs[0].Header.Get("User-Agent"); !strings.HasSuffix(ua, " acme-erp/4.2.0 (+https://acme.example)") {
		t.Fatalf("User-Agent %q lacks the app info", ua)
	}
}

// A Nullable request field is left out when absent, sent as null when cleared, and sent when set.
func TestNullableRequestField(t *testing.T) {
	for _, c := range []struct {
		req  einvoice.UpdateGSTINRequest
		want string
	}{
		{einvoice.UpdateGSTINRequest{LargeTaxpayer: einvoice.Ptr(true)}, `{"large_taxpayer":true}`},
		{einvoice.UpdateGSTINRequest{Description: einvoice.Null[string]()}, `{"description":null}`},
		{einvoice.UpdateGSTINRequest{Description: einvoice.Value("Bengaluru")}, `{"description":"Bengaluru"}`},
	} {
		b, err := json.Marshal(c.req)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.want {
			t.Errorf("got %s, want %s", b, c.want)
		}
	}
	var back einvoice.UpdateGSTINRequest
	if err := json.Unmarshal([]byte(`{"description":null}`), &back); err != nil || !back.Description.IsNull() {
		t.Fatalf("null did not decode to Null: %+v %v", back.Description, err)
	}
	var absent einvoice.UpdateGSTINRequest
	if err := json.Unmarshal([]byte(`{}`), &absent); err != nil || !absent.Description.IsAbsent() {
		t.Fatalf("a missing member did not stay absent: %+v %v", absent.Description, err)
	}
}

// Webhooks: a malformed secret is invalid_secret (never a silent mismatch), a non-numeric timestamp
// invalid_timestamp, and WebhookHeaders builds a delivery that ConstructEvent accepts as a typed event.
func TestWebhookCodesAndTestHeaders(t *testing.T) {
	secret := "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	payload := []byte(`{"type":"irn.generated","timestamp":"2026-12-05T10:00:00Z","data":{"Irn":"x"}}`)
	now := time.Unix(1_764_900_000, 0)
	h, err := einvoice.WebhookHeaders("msg_1", now, payload, secret)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := einvoice.ConstructEvent(payload, h, []string{secret}, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := ev.(*einvoice.IRNGeneratedEvent); !ok {
		t.Fatalf("want *IRNGeneratedEvent, got %T", ev)
	}
	code := func(err error) string {
		var we *einvoice.WebhookError
		if !errors.As(err, &we) {
			return fmt.Sprint(err)
		}
		return we.Code
	}
	if c := code(einvoice.VerifyWebhook(payload, h, []string{"whsec_not*valid"}, now)); c != "invalid_secret" {
		t.Errorf("malformed secret: %s", c)
	}
	bad := h.Clone()
	bad.Set("Webhook-Timestamp", "soon")
	if c := code(einvoice.VerifyWebhook(payload, bad, []string{secret}, now)); c != "invalid_timestamp" {
		t.Errorf("non-numeric timestamp: %s", c)
	}
}

// Every request carries the dated API version this package was generated for; WithAPIVersion pins another,
// for the client or for one call, without changing the client's.
func TestAPIVersionSentAndOverridden(t *testing.T) {
	clearEnv(t)
	tr := &recordingTransport{}
	opts := []einvoice.RequestOption{einvoice.WithBaseURL("http://127.0.0.1:9"), einvoice.WithAPIKey("sk_test_x"),
		einvoice.WithHTTPClient(&http.Client{Transport: tr})}
	client := einvoice.NewClient(opts...)
	pinned := einvoice.NewClient(append(opts, einvoice.WithAPIVersion("2026-12-01"))...)
	ctx := context.Background()
	for _, call := range []func() error{
		func() error { _, err := client.Status.Get(ctx); return err },
		func() error { _, err := client.Status.Get(ctx, einvoice.WithAPIVersion("2026-12-01")); return err },
		func() error { _, err := client.Status.Get(ctx); return err },
		func() error { _, err := pinned.Status.Get(ctx); return err },
	} {
		if err := call(); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{einvoice.APIVersion, "2026-12-01", einvoice.APIVersion, "2026-12-01"}
	for i, req := range tr.reqs {
		if got := req.Header.Values("Einvoice-Version"); len(got) != 1 || got[0] != want[i] {
			t.Fatalf("request %d: Einvoice-Version %q, want %q", i, got, want[i])
		}
	}
	if len(tr.reqs) != len(want) || einvoice.APIVersion == "" {
		t.Fatalf("%d requests, APIVersion %q", len(tr.reqs), einvoice.APIVersion)
	}
}
