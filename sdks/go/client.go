// Package einvoice is the Go SDK of the einvoice GST e-invoice API.
//
// Types and services (*.gen.go) are generated from spec/openapi.yaml by packages/codegen; this file, the
// other hand-written root files and internal/core are not. Every call takes a context.Context first and
// accepts the same functional options as NewClient.
//
// NewClient cannot return an error (its signature predates the check), so a client built without the
// credential it needs, or with an invalid option, reports a *ConfigError from Err() and from every call,
// before any request is sent.
package einvoice

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

// DefaultBaseURL is used when neither WithBaseURL nor EINVOICE_BASE_URL is set.
const DefaultBaseURL = "https://api.einvoice.dev"

// Version is this SDK's version, as sent in the User-Agent (einvoice-go/<Version>).
const Version = core.Version

// Client talks to the einvoice API. It is safe for concurrent use.
type Client struct {
	resources
	cfg    core.Config
	engine *core.Engine
	// err is the *ConfigError of a client built without its credential or with an invalid option.
	err error
}

// NewClient builds a client. Defaults come from EINVOICE_BASE_URL, EINVOICE_API_KEY, EINVOICE_CLIENT_ID,
// EINVOICE_CLIENT_SECRET and EINVOICE_GSTIN; EINVOICE_LOG=info|debug logs each HTTP attempt to stderr unless
// WithLogger says where.
//
// A client needs a credential: the account API key (WithAPIKey or EINVOICE_API_KEY) or a GSTIN credential
// (WithCredentials, WithGSTINCredential, or EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET). Without one, or
// with an invalid option (a base URL that is not http(s), negative retries, a timeout that is not positive),
// the client is still returned but Err() and every call return a *ConfigError, before any request:
//
//	client := einvoice.NewClient(einvoice.WithAPIKey(os.Getenv("MY_KEY")))
//	if err := client.Err(); err != nil {
//		var cfgErr *einvoice.ConfigError
//		errors.As(err, &cfgErr) // cfgErr.Option == "WithAPIKey", cfgErr.EnvVar == "EINVOICE_API_KEY"
//		return err
//	}
func NewClient(opts ...RequestOption) *Client {
	cfg := core.Config{
		BaseURL:            envOr("EINVOICE_BASE_URL", DefaultBaseURL),
		APIKey:             os.Getenv("EINVOICE_API_KEY"),
		Credentials:        map[string]core.Credential{},
		GSTIN:              os.Getenv("EINVOICE_GSTIN"),
		MaxRetries:         core.DefaultMaxRetries,
		Timeout:            60 * time.Second,
		Header:             http.Header{"Einvoice-Version": {APIVersion}},
		StatusAwareBackoff: true,
		StatusPoll:         2 * time.Second,
		StatusMaxWait:      30 * time.Second,
		Throttle:           true,
		Logger:             envLogger(os.Getenv("EINVOICE_LOG")),
	}
	envID, envSecret := os.Getenv("EINVOICE_CLIENT_ID"), os.Getenv("EINVOICE_CLIENT_SECRET")
	if envID != "" && envSecret != "" {
		cfg.Credentials[cfg.GSTIN] = core.Credential{ClientID: envID, ClientSecret: envSecret}
	}
	for _, o := range opts {
		o(&cfg)
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	c := &Client{cfg: cfg, engine: core.NewEngine(), err: check(&cfg, envID, envSecret)}
	c.resources.init(c)
	return c
}

// Err is the *ConfigError of a client built without the credential it needs or with an invalid option
// (nil when the configuration is usable). Every call of such a client returns the same error without
// sending a request; check Err() right after NewClient to fail at start-up instead.
func (c *Client) Err() error { return c.err }

// WithOptions returns a copy with more options applied; it shares the token cache and throttle state.
// The copy's configuration is checked again: it reports a *ConfigError (see Err) unless it is usable.
func (c *Client) WithOptions(opts ...RequestOption) *Client {
	cfg := c.cfg.Clone()
	for _, o := range opts {
		o(&cfg)
	}
	n := &Client{cfg: cfg, engine: c.engine, err: c.err}
	if len(opts) > 0 {
		n.err = check(&cfg, "", "")
	}
	n.resources.init(n)
	return n
}

// ForGSTIN returns a copy acting for gstin (its credential must have been given with WithGSTINCredential).
func (c *Client) ForGSTIN(gstin string) *Client { return c.WithOptions(WithGSTIN(gstin)) }

// TokenRequests is how many OAuth token requests this client family has made.
func (c *Client) TokenRequests() int { return c.engine.Tokens.Requests() }

// callConfig is the configuration of one call: the client's, with the call's options applied and checked.
func (c *Client) callConfig(opts []RequestOption) (core.Config, error) {
	if len(opts) == 0 {
		return c.cfg, c.err
	}
	cfg := c.cfg.Clone()
	for _, o := range opts {
		o(&cfg)
	}
	return cfg, check(&cfg, "", "")
}

func (c *Client) do(ctx context.Context, req core.Request, out any, opts []RequestOption) error {
	cfg, err := c.callConfig(opts)
	if err != nil {
		return err
	}
	_, _, err = c.engine.Do(ctx, &cfg, req, out)
	return err
}

func (c *Client) raw(ctx context.Context, req core.Request, opts []RequestOption) ([]byte, error) {
	cfg, err := c.callConfig(opts)
	if err != nil {
		return nil, err
	}
	_, body, err := c.engine.Do(ctx, &cfg, req, nil)
	return body, err
}

// check returns the *ConfigError of a configuration no request can work with: an invalid option, or no
// credential at all (envID and envSecret tell a half-set environment credential apart).
func check(cfg *core.Config, envID, envSecret string) error {
	if err := validate(cfg); err != nil {
		return err
	}
	if cfg.APIKey == "" && len(cfg.Credentials) == 0 {
		return noCredential(envID, envSecret)
	}
	return nil
}

// validate checks the options every request depends on.
func validate(cfg *core.Config) error {
	if u, err := url.Parse(cfg.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &ConfigError{Option: "WithBaseURL", EnvVar: "EINVOICE_BASE_URL",
			Message: "the base URL must be an http(s) URL such as " + DefaultBaseURL + ", got " + strconv.Quote(cfg.BaseURL) + ": use WithBaseURL (or set EINVOICE_BASE_URL)"}
	}
	if cfg.MaxRetries < 0 {
		return &ConfigError{Option: "WithMaxRetries", Message: "WithMaxRetries needs a retry budget >= 0, got " + strconv.Itoa(cfg.MaxRetries)}
	}
	if cfg.Timeout <= 0 {
		return &ConfigError{Option: "WithRequestTimeout", Message: "WithRequestTimeout needs a positive per-attempt timeout, got " + cfg.Timeout.String()}
	}
	if tenant := cfg.Header.Values(tenantHeader); len(tenant) > 0 && (len(tenant) > 1 || !tenantID.MatchString(tenant[0])) {
		return &ConfigError{Option: "WithTenant",
			Message: "WithTenant needs a tenant id such as ten_01JF3Q8Z5X (ten_ and letters or digits), got " + strconv.Quote(strings.Join(tenant, ", "))}
	}
	for gstin, cr := range cfg.Credentials {
		if cr.ClientID != "" && cr.ClientSecret != "" {
			continue
		}
		missing, env := "client secret", "EINVOICE_CLIENT_SECRET"
		if cr.ClientID == "" {
			missing, env = "client id", "EINVOICE_CLIENT_ID"
		}
		if gstin == "" {
			return &ConfigError{Option: "WithCredentials", EnvVar: env,
				Message: "the GSTIN credential has no " + missing + ": use WithCredentials(clientID, clientSecret) (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET)"}
		}
		return &ConfigError{Option: "WithGSTINCredential", EnvVar: env,
			Message: "the credential of GSTIN " + gstin + " has no " + missing + ": use WithGSTINCredential(gstin, clientID, clientSecret)"}
	}
	return nil
}

// tenantID is what a tenant id looks like (WithTenant).
var tenantID = regexp.MustCompile(`^ten_[A-Za-z0-9]+$`)

// noCredential is the error of a client with neither an API key nor a GSTIN credential.
func noCredential(envID, envSecret string) *ConfigError {
	switch {
	case envID != "" && envSecret == "":
		return &ConfigError{Option: "WithCredentials", EnvVar: "EINVOICE_CLIENT_SECRET",
			Message: "EINVOICE_CLIENT_ID is set but EINVOICE_CLIENT_SECRET is not: set it, or use WithCredentials(clientID, clientSecret)"}
	case envID == "" && envSecret != "":
		return &ConfigError{Option: "WithCredentials", EnvVar: "EINVOICE_CLIENT_ID",
			Message: "EINVOICE_CLIENT_SECRET is set but EINVOICE_CLIENT_ID is not: set it, or use WithCredentials(clientID, clientSecret)"}
	}
	return &ConfigError{Option: "WithAPIKey", EnvVar: "EINVOICE_API_KEY",
		Message: "the client has no credential: use WithAPIKey (or set EINVOICE_API_KEY) for the account API, " +
			"or WithCredentials / WithGSTINCredential (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET) to act for a GSTIN"}
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// envLogger is the logger EINVOICE_LOG asks for: info or debug to stderr; anything else, none.
func envLogger(level string) *slog.Logger {
	var l slog.Level
	switch strings.ToLower(level) {
	case "info":
		l = slog.LevelInfo
	case "debug":
		l = slog.LevelDebug
	default:
		return nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}
