package einvoice_test

import (
	"context"
	"errors"
	"io"
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
