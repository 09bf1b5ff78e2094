package einvoice_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

func readVector(t *testing.T, name string, v any) {
	b, err := os.ReadFile(filepath.Join(repoRoot(), "spec", "vectors", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func TestWebhookSignatureVectors(t *testing.T) {
	var f struct {
		Cases []struct {
			Name      string            `json:"name"`
			Verifying []string          `json:"verifying_secrets"`
			Now       int64             `json:"now"`
			Payload   string            `json:"payload"`
			Headers   map[string]string `json:"headers"`
			Expected  struct {
				Valid bool   `json:"valid"`
				Error string `json:"error"`
			} `json:"expected"`
		} `json:"cases"`
	}
	readVector(t, "webhook-signatures.json", &f)
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range c.Headers {
				h.Set(k, v)
			}
			err := einvoice.VerifyWebhook([]byte(c.Payload), h, c.Verifying, time.Unix(c.Now, 0))
			if c.Expected.Valid {
				if err != nil {
					t.Fatalf("expected valid, got %v", err)
				}
				return
			}
			var we *einvoice.WebhookError
			if !errors.As(err, &we) || we.Code != c.Expected.Error {
				t.Fatalf("expected %s, got %v", c.Expected.Error, err)
			}
		})
	}
}

func TestRequestSignatureVectors(t *testing.T) {
	var f struct {
		Cases []struct {
			Name       string            `json:"name"`
			Method     string            `json:"method"`
			URL        string            `json:"url"`
			Body       *string           `json:"body"`
			Headers    map[string]string `json:"headers"`
			Components []string          `json:"components"`
			KeyID      string            `json:"key_id"`
			Secret     string            `json:"secret_base64"`
			Label      string            `json:"label"`
			Created    int64             `json:"created"`
			Expected   struct {
				ContentDigest  string `json:"content_digest"`
				SignatureInput string `json:"signature_input"`
				Signature      string `json:"signature"`
				SignatureBase  string `json:"signature_base"`
			} `json:"expected"`
		} `json:"cases"`
	}
	readVector(t, "request-signatures.json", &f)
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			secret, _ := base64.StdEncoding.DecodeString(c.Secret)
			if len(c.Components) > 0 {
				params := core.SignatureParams(c.Components, c.Created, c.KeyID, "")
				base, err := core.SignatureBase(c.Method, c.URL, c.Headers, c.Components, params)
				if err != nil || base != c.Expected.SignatureBase {
					t.Fatalf("base %q err %v", base, err)
				}
				if got := c.Label + "=:" + core.HMACSignature(base, secret) + ":"; got != c.Expected.Signature {
					t.Fatalf("signature %s", got)
				}
				return
			}
			var body []byte
			if c.Body != nil {
				body = []byte(*c.Body)
			}
			h, err := core.SignRequest(c.Method, c.URL, body, core.SigningKey{KeyID: c.KeyID, Secret: secret, Label: c.Label}, c.Created)
			if err != nil {
				t.Fatal(err)
			}
			if h["content-digest"] != c.Expected.ContentDigest || h["signature-input"] != c.Expected.SignatureInput || h["signature"] != c.Expected.Signature {
				t.Fatalf("got %v", h)
			}
		})
	}
}

func TestRetryBackoffVectors(t *testing.T) {
	var f struct {
		MaxRetries int `json:"max_retries_default"`
		Delays     []struct {
			Name       string            `json:"name"`
			RetryIndex int               `json:"retry_index"`
			Headers    map[string]string `json:"response_headers"`
			Now        time.Time         `json:"now"`
			Expected   struct {
				Min float64 `json:"min_ms"`
				Max float64 `json:"max_ms"`
			} `json:"expected"`
			WithRandom []struct {
				Random float64 `json:"random"`
				MS     float64 `json:"ms"`
			} `json:"with_random"`
		} `json:"delays"`
		ShouldRetry []struct {
			Status  int               `json:"status"`
			Headers map[string]string `json:"headers"`
			Retry   bool              `json:"retry"`
		} `json:"should_retry"`
	}
	readVector(t, "retry-backoff.json", &f)
	if f.MaxRetries != core.DefaultMaxRetries {
		t.Fatalf("default retries %d", core.DefaultMaxRetries)
	}
	for _, d := range f.Delays {
		h := http.Header{}
		for k, v := range d.Headers {
			h.Set(k, v)
		}
		for _, r := range []float64{0, 0.5, 0.999} {
			ms := float64(core.RetryDelay(d.RetryIndex, h, r, d.Now)) / float64(time.Millisecond)
			if ms < d.Expected.Min-0.01 || ms > d.Expected.Max+0.01 {
				t.Errorf("%s: %v ms not in [%v, %v]", d.Name, ms, d.Expected.Min, d.Expected.Max)
			}
		}
		for _, w := range d.WithRandom {
			ms := float64(core.Backoff(d.RetryIndex, w.Random)) / float64(time.Millisecond)
			if math.Abs(ms-w.MS) > 0.01 {
				t.Errorf("%s: random %v gave %v ms, want %v", d.Name, w.Random, ms, w.MS)
			}
		}
	}
	for _, s := range f.ShouldRetry {
		h := http.Header{}
		for k, v := range s.Headers {
			h.Set(k, v)
		}
		if core.ShouldRetryStatus(s.Status, h) != s.Retry {
			t.Errorf("status %d %v: want %v", s.Status, s.Headers, s.Retry)
		}
	}
}
