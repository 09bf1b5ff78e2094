// Package einvoice is the Go SDK of the einvoice GST e-invoice API.
//
// Types and services (*.gen.go) are generated from spec/openapi.yaml by packages/codegen; this file, the
// other hand-written root files and internal/core are not. Every call takes a context.Context first and
// accepts the same functional options as NewClient.
package einvoice

import (
	"context"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/einvoice/einvoice/sdks/go/internal/core"
)

// DefaultBaseURL is used when neither WithBaseURL nor EINVOICE_BASE_URL is set.
const DefaultBaseURL = "https://api.einvoice.dev"

// Client talks to the einvoice API. It is safe for concurrent use.
type Client struct {
	resources
	cfg    core.Config
	engine *core.Engine
}

// NewClient builds a client. Defaults come from EINVOICE_BASE_URL, EINVOICE_API_KEY, EINVOICE_CLIENT_ID,
// EINVOICE_CLIENT_SECRET and EINVOICE_GSTIN.
func NewClient(opts ...RequestOption) *Client {
	cfg := core.Config{
		BaseURL:            envOr("EINVOICE_BASE_URL", DefaultBaseURL),
		APIKey:             os.Getenv("EINVOICE_API_KEY"),
		Credentials:        map[string]core.Credential{},
		GSTIN:              os.Getenv("EINVOICE_GSTIN"),
		MaxRetries:         core.DefaultMaxRetries,
		Timeout:            60 * time.Second,
		Header:             http.Header{},
		StatusAwareBackoff: true,
		StatusPoll:         2 * time.Second,
		StatusMaxWait:      30 * time.Second,
		Throttle:           true,
	}
	if id, secret := os.Getenv("EINVOICE_CLIENT_ID"), os.Getenv("EINVOICE_CLIENT_SECRET"); id != "" && secret != "" {
		cfg.Credentials[cfg.GSTIN] = core.Credential{ClientID: id, ClientSecret: secret}
	}
	for _, o := range opts {
		o(&cfg)
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	c := &Client{cfg: cfg, engine: core.NewEngine()}
	c.resources.init(c)
	return c
}

// WithOptions returns a copy with more options applied; it shares the token cache and throttle state.
func (c *Client) WithOptions(opts ...RequestOption) *Client {
	cfg := c.cfg.Clone()
	for _, o := range opts {
		o(&cfg)
	}
	n := &Client{cfg: cfg, engine: c.engine}
	n.resources.init(n)
	return n
}

// ForGSTIN returns a copy acting for gstin (its credential must have been given with WithGSTINCredential).
func (c *Client) ForGSTIN(gstin string) *Client { return c.WithOptions(WithGSTIN(gstin)) }

// TokenRequests is how many OAuth token requests this client family has made.
func (c *Client) TokenRequests() int { return c.engine.Tokens.Requests() }

func (c *Client) do(ctx context.Context, req core.Request, out any, opts []RequestOption) error {
	cfg := c.cfg
	if len(opts) > 0 {
		cfg = c.cfg.Clone()
		for _, o := range opts {
			o(&cfg)
		}
	}
	_, _, err := c.engine.Do(ctx, &cfg, req, out)
	return err
}

func (c *Client) raw(ctx context.Context, req core.Request, opts []RequestOption) ([]byte, error) {
	cfg := c.cfg.Clone()
	for _, o := range opts {
		o(&cfg)
	}
	_, body, err := c.engine.Do(ctx, &cfg, req, nil)
	return body, err
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
