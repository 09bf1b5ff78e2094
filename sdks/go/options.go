package einvoice

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

// RequestOption configures the client (NewClient, WithOptions) or one call (the last arguments).
type RequestOption = core.Option

// WithBaseURL sets the API base URL.
func WithBaseURL(u string) RequestOption { return func(c *core.Config) { c.BaseURL = u } }

// WithAPIKey sets the account API key (administration operations).
func WithAPIKey(key string) RequestOption { return func(c *core.Config) { c.APIKey = key } }

// WithCredentials sets the default GSTIN credential (OAuth client id and secret).
func WithCredentials(clientID, clientSecret string) RequestOption {
	return func(c *core.Config) {
		c.Credentials[""] = core.Credential{ClientID: clientID, ClientSecret: clientSecret}
	}
}

// WithGSTINCredential adds the credential of one GSTIN; one client can act for many GSTINs, each with its
// own cached token.
func WithGSTINCredential(gstin, clientID, clientSecret string) RequestOption {
	return func(c *core.Config) {
		c.Credentials[gstin] = core.Credential{ClientID: clientID, ClientSecret: clientSecret}
	}
}

// WithScope limits the scopes requested for the default credential's tokens.
func WithScope(scope string) RequestOption {
	return func(c *core.Config) {
		cr := c.Credentials[""]
		cr.Scope = scope
		c.Credentials[""] = cr
	}
}

// WithGSTIN selects the GSTIN to act for (client-wide, or for one call).
func WithGSTIN(gstin string) RequestOption { return func(c *core.Config) { c.GSTIN = gstin } }

// WithMaxRetries sets the retry budget (retries after the first attempt; default 2).
func WithMaxRetries(n int) RequestOption { return func(c *core.Config) { c.MaxRetries = n } }

// WithRequestTimeout sets the per-attempt timeout (default 60 s); the context bounds the whole call.
func WithRequestTimeout(d time.Duration) RequestOption { return func(c *core.Config) { c.Timeout = d } }

// WithHeader adds a header to every request (client) or to one call.
func WithHeader(name, value string) RequestOption {
	return func(c *core.Config) { c.Header.Set(name, value) }
}

// WithAPIVersion pins the dated API version sent in Einvoice-Version, for the client or one call (default
// APIVersion, the version this package was generated for). Every answer says which version it used.
func WithAPIVersion(version string) RequestOption {
	return func(c *core.Config) { c.Header.Set("Einvoice-Version", version) }
}

// WithTenant acts for one of your tenants (Stripe's stripeAccount): the request header Einvoice-Tenant, for the
// client or for one call (a call's WithTenant wins). Account-key calls then see and change only that tenant's
// GSTINs, credentials, webhook endpoints and usage. The id is a "ten_..." id; anything else makes the client (or
// the call) report a *ConfigError before any request. WithTenant("") acts on the account itself again.
func WithTenant(tenant string) RequestOption {
	return func(c *core.Config) {
		if tenant == "" {
			c.Header.Del(tenantHeader)
		} else {
			c.Header.Set(tenantHeader, tenant)
		}
	}
}

const tenantHeader = "Einvoice-Tenant"

// WithHTTPClient injects the *http.Client (transport, proxy, TLS pinning, test doubles).
func WithHTTPClient(h *http.Client) RequestOption { return func(c *core.Config) { c.HTTPClient = h } }

// WithIdempotencyKey sets the Idempotency-Key of one POST (default: a UUID per call, reused on retries).
func WithIdempotencyKey(key string) RequestOption {
	return func(c *core.Config) { c.IdempotencyKey = key }
}

// WithWait sends `Prefer: wait=N` on generate calls: how long to wait for the IRP before a 202 `queued`.
// The header counts whole seconds, so d is rounded up (a positive d never becomes wait=0).
func WithWait(d time.Duration) RequestOption {
	seconds := int64((d + time.Second - 1) / time.Second)
	if seconds < 0 {
		seconds = 0
	}
	return func(c *core.Config) { c.Header.Set("Prefer", "wait="+strconv.FormatInt(seconds, 10)) }
}

// WithSigningKey enables RFC 9421 request signing (HMAC-SHA256) with a raw key.
func WithSigningKey(keyID string, secret []byte) RequestOption {
	return func(c *core.Config) { c.SigningKey = &core.SigningKey{KeyID: keyID, Secret: secret, Label: "sig1"} }
}

// WithStatusAwareBackoff turns the GET /v1/status wait on 502/503/504 on or off and sets its poll interval.
func WithStatusAwareBackoff(enabled bool, poll time.Duration) RequestOption {
	return func(c *core.Config) {
		c.StatusAwareBackoff = enabled
		if poll > 0 {
			c.StatusPoll = poll
		}
	}
}

// WithThrottle turns client-side throttling from X-RateLimit-* headers on or off (default on).
func WithThrottle(enabled bool) RequestOption { return func(c *core.Config) { c.Throttle = enabled } }

// WithResponseInto stores the final *http.Response of the call (status, Idempotent-Replayed ...).
func WithResponseInto(dst **http.Response) RequestOption {
	return func(c *core.Config) { c.ResponseInto = dst }
}

// Ptr returns a pointer to v, for optional fields: einvoice.Ptr("B2B").
func Ptr[T any](v T) *T { return &v }

// WithLogger logs one record per HTTP attempt ("einvoice request": method, path, status, request_id, attempt,
// latency_ms) at Info, and the request and response headers as well when the handler is enabled for Debug.
// Credentials, signatures, query strings and bodies are never logged. nil turns logging off.
func WithLogger(l *slog.Logger) RequestOption { return func(c *core.Config) { c.Logger = l } }

// WithAppInfo appends your integration to the User-Agent ("name/version (+url)"), so the API's operators can
// tell integrations apart. version and url may be empty; an empty name adds nothing.
func WithAppInfo(name, version, url string) RequestOption {
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '/' || r == '(' || r == ')' || r < 0x20 {
				return '-'
			}
			return r
		}, strings.TrimSpace(s))
	}
	info := " " + clean(name)
	if version != "" {
		info += "/" + clean(version)
	}
	if url != "" {
		info += " (+" + strings.TrimSpace(url) + ")"
	}
	return func(c *core.Config) {
		if strings.TrimSpace(name) != "" {
			c.AppInfo = info
		}
	}
}
