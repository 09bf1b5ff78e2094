package core

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// Version is the SDK version sent in the User-Agent.
const Version = "0.1.0"

// userAgent is built once: the platform does not change between requests.
var userAgent = fmt.Sprintf("einvoice-go/%s %s", Version, runtime.Version())

// Auth says which credential an operation needs.
type Auth int

const (
	AuthNone Auth = iota
	AuthAccount
	AuthGSTIN
	AuthAccountOrGSTIN
	AuthClientBasic
)

// Credential is a GSTIN credential (OAuth client id and secret).
type Credential struct {
	ClientID     string
	ClientSecret string
	Scope        string
}

// Config is everything an option can change; the client holds one and each call copies it.
type Config struct {
	BaseURL            string
	APIKey             string
	Credentials        map[string]Credential
	GSTIN              string
	HTTPClient         *http.Client
	MaxRetries         int
	Timeout            time.Duration
	Header             http.Header
	SigningKey         *SigningKey
	StatusAwareBackoff bool
	StatusPoll         time.Duration
	StatusMaxWait      time.Duration
	Throttle           bool
	IdempotencyKey     string
	ResponseInto       **http.Response
	Random             func() float64
	// Logger gets one record per HTTP attempt (nil: no logging); see logAttempt.
	Logger *slog.Logger
	// AppInfo is appended to the User-Agent ("name/version (+url)").
	AppInfo string
}

// Option changes a Config; the same options work on the client and on each call.
type Option func(*Config)

// Clone copies the config so per-call options never leak into the client.
func (c Config) Clone() Config {
	c.Header = c.Header.Clone()
	if c.Header == nil {
		c.Header = http.Header{}
	}
	creds := make(map[string]Credential, len(c.Credentials))
	for k, v := range c.Credentials {
		creds[k] = v
	}
	c.Credentials = creds
	return c
}

// Request is one logical call as the generated code describes it.
type Request struct {
	Method      string
	Path        string
	Auth        Auth
	OperationID string
	Body        any
	Form        url.Values
	Query       url.Values
	Idempotent  bool
}

// Engine holds the state shared by a client and its copies: tokens and throttling.
type Engine struct {
	Tokens       *TokenCache
	mu           sync.Mutex
	blockedUntil time.Time
}

// NewEngine returns an engine with an empty token cache.
func NewEngine() *Engine { return &Engine{Tokens: NewTokenCache()} }

func randomFloat() float64 {
	n, err := rand.Int(rand.Reader, big.NewInt(1<<53))
	if err != nil {
		return 0
	}
	return float64(n.Int64()) / float64(1<<53)
}

// NewUUID returns a random UUID v4.
func NewUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = (b[6] & 0x0f) | 0x40
	b[8] = (b[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func (c *Config) credential() (Credential, bool) {
	if cr, ok := c.Credentials[c.GSTIN]; ok {
		return cr, true
	}
	if cr, ok := c.Credentials[""]; ok {
		return cr, true
	}
	if c.GSTIN == "" && len(c.Credentials) == 1 {
		for _, cr := range c.Credentials {
			return cr, true
		}
	}
	return Credential{}, false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (e *Engine) throttleWait(cfg *Config) time.Duration {
	if !cfg.Throttle {
		return 0
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return time.Until(e.blockedUntil)
}

func (e *Engine) updateThrottle(h http.Header) {
	rem, reset := h.Get("X-RateLimit-Remaining"), h.Get("X-RateLimit-Reset")
	if rem == "" || reset == "" {
		return
	}
	r, err1 := strconv.ParseFloat(rem, 64)
	s, err2 := strconv.ParseFloat(reset, 64)
	if err1 != nil || err2 != nil || r > 0 || s <= 0 {
		return
	}
	if s > 60 {
		s = 60
	}
	until := time.Now().Add(time.Duration(s * float64(time.Second)))
	e.mu.Lock()
	if until.After(e.blockedUntil) {
		e.blockedUntil = until
	}
	e.mu.Unlock()
}

// Do runs one logical call: attempts until success, a non-retryable answer or the retry budget is spent.
// On success the JSON body is decoded into out (when out is not nil) and the raw body is returned too.
func (e *Engine) Do(ctx context.Context, cfg *Config, req Request, out any) (*http.Response, []byte, error) {
	// A context that is already done sends nothing: no token request, no attempt reaches the transport.
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	target := cfg.BaseURL + req.Path
	if len(req.Query) > 0 {
		target += "?" + req.Query.Encode()
	}
	var payload []byte
	contentType := ""
	if req.Form != nil {
		payload, contentType = []byte(req.Form.Encode()), "application/x-www-form-urlencoded"
	} else if req.Body != nil {
		b, err := json.Marshal(req.Body)
		if err != nil {
			return nil, nil, err
		}
		payload, contentType = b, "application/json"
	}
	key := cfg.IdempotencyKey
	if key == "" && req.Idempotent && req.Method == http.MethodPost {
		key = NewUUID()
	}
	var cred Credential
	hasCred := false
	if req.Auth == AuthGSTIN || req.Auth == AuthAccountOrGSTIN || req.Auth == AuthClientBasic {
		cred, hasCred = cfg.credential()
	}
	useToken := req.Auth == AuthGSTIN || (req.Auth == AuthAccountOrGSTIN && cfg.APIKey == "")
	if useToken && !hasCred {
		what := "a GSTIN credential"
		if cfg.GSTIN != "" {
			what = "the credential of GSTIN " + cfg.GSTIN
		}
		return nil, nil, &ConfigError{Option: "WithCredentials", EnvVar: "EINVOICE_CLIENT_ID",
			Message: req.OperationID + " needs " + what + ": use WithCredentials or WithGSTINCredential (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET)"}
	}
	if req.Auth == AuthAccount && cfg.APIKey == "" {
		return nil, nil, &ConfigError{Option: "WithAPIKey", EnvVar: "EINVOICE_API_KEY",
			Message: req.OperationID + " needs the account API key: use WithAPIKey (or set EINVOICE_API_KEY)"}
	}
	random := cfg.Random
	if random == nil {
		random = randomFloat
	}
	httpClient := cfg.HTTPClient
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	retries, attempt, refreshed := 0, 0, false
	for {
		if err := sleepCtx(ctx, e.throttleWait(cfg)); err != nil {
			return nil, nil, err
		}
		h := http.Header{}
		h.Set("Accept", "application/json, application/problem+json")
		h.Set("User-Agent", userAgent+cfg.AppInfo)
		h.Set("X-Einvoice-Retry-Count", strconv.Itoa(attempt))
		for k, vs := range cfg.Header {
			h[k] = append([]string(nil), vs...)
		}
		if contentType != "" {
			h.Set("Content-Type", contentType)
		}
		if key != "" {
			h.Set("Idempotency-Key", key)
		}
		token := ""
		switch {
		case useToken:
			t, err := e.token(ctx, cfg, cred)
			if err != nil {
				return nil, nil, err
			}
			token = t
			h.Set("Authorization", "Bearer "+t)
		case req.Auth == AuthAccount || req.Auth == AuthAccountOrGSTIN:
			h.Set("Authorization", "Bearer "+cfg.APIKey)
		case req.Auth == AuthClientBasic && hasCred:
			h.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(cred.ClientID+":"+cred.ClientSecret)))
		}
		if cfg.SigningKey != nil {
			sig, err := SignRequest(req.Method, target, payload, *cfg.SigningKey, time.Now().Unix())
			if err != nil {
				return nil, nil, err
			}
			for k, v := range sig {
				h.Set(k, v)
			}
		}
		started := time.Now()
		resp, body, err := e.attempt(ctx, httpClient, cfg.Timeout, req.Method, target, h, payload)
		logAttempt(ctx, cfg.Logger, req.Method, target, attempt, time.Since(started), h, resp, err)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil, ctx.Err() // the caller cancelled: never retried
			}
			if retries >= cfg.MaxRetries {
				return nil, nil, err
			}
			if err := sleepCtx(ctx, RetryDelay(retries, nil, random(), time.Now())); err != nil {
				return nil, nil, err
			}
			retries++
			attempt++
			continue
		}
		e.updateThrottle(resp.Header)
		if cfg.ResponseInto != nil {
			*cfg.ResponseInto = resp
		}
		if resp.StatusCode >= 200 && resp.StatusCode < 300 {
			if out != nil && len(body) > 0 {
				if err := json.Unmarshal(body, out); err != nil {
					return resp, body, fmt.Errorf("einvoice: decoding %s response: %w", req.OperationID, err)
				}
			}
			return resp, body, nil
		}
		if resp.StatusCode == 401 && token != "" && !refreshed {
			refreshed = true
			e.Tokens.Invalidate(cred.ClientID, token)
			attempt++
			continue
		}
		if retries < cfg.MaxRetries && ShouldRetryStatus(resp.StatusCode, resp.Header) {
			if resp.StatusCode == 502 || resp.StatusCode == 503 || resp.StatusCode == 504 {
				e.waitWhileIRPDown(ctx, cfg, httpClient)
			}
			if err := sleepCtx(ctx, RetryDelay(retries, resp.Header, random(), time.Now())); err != nil {
				return nil, nil, err
			}
			retries++
			attempt++
			continue
		}
		return resp, body, statusError(resp, body)
	}
}

func (e *Engine) attempt(ctx context.Context, client *http.Client, timeout time.Duration, method, target string, h http.Header, payload []byte) (*http.Response, []byte, error) {
	actx, cancel := ctx, context.CancelFunc(func() {})
	if timeout > 0 {
		actx, cancel = context.WithTimeout(ctx, timeout)
	}
	defer cancel()
	var rdr io.Reader
	if payload != nil {
		rdr = bytes.NewReader(payload)
	}
	hreq, err := http.NewRequestWithContext(actx, method, target, rdr)
	if err != nil {
		return nil, nil, err
	}
	hreq.Header = h
	// net/http silently replays a request carrying Idempotency-Key on a dead keep-alive connection; the
	// SDK owns retries (counted, delayed, same key), so make the body non-replayable for the transport.
	hreq.GetBody = nil
	resp, err := client.Do(hreq)
	if err == nil {
		var body []byte
		body, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		if err == nil {
			resp.Body = io.NopCloser(bytes.NewReader(body))
			return resp, body, nil
		}
	}
	if ctx.Err() == nil && errors.Is(actx.Err(), context.DeadlineExceeded) {
		return nil, nil, &Error{Kind: KindTimeout, Err: err}
	}
	return nil, nil, &Error{Kind: KindConnection, Err: err}
}

func (e *Engine) waitWhileIRPDown(ctx context.Context, cfg *Config, client *http.Client) {
	if !cfg.StatusAwareBackoff {
		return
	}
	poll := cfg.StatusPoll
	if poll <= 0 {
		poll = 2 * time.Second
	}
	maxWait := cfg.StatusMaxWait
	if maxWait <= 0 {
		maxWait = 30 * time.Second
	}
	deadline := time.Now().Add(maxWait)
	for e.irpDown(ctx, cfg, client) && !time.Now().Add(poll).After(deadline) {
		if sleepCtx(ctx, poll) != nil {
			return
		}
	}
}

func (e *Engine) irpDown(ctx context.Context, cfg *Config, client *http.Client) bool {
	sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(sctx, http.MethodGet, cfg.BaseURL+"/v1/status", nil)
	if err != nil {
		return false
	}
	for k, vs := range cfg.Header {
		req.Header[k] = vs
	}
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return false
	}
	var st struct {
		Status string `json:"status"`
		IRPs   []struct {
			Status string `json:"status"`
		} `json:"irps"`
	}
	if json.NewDecoder(resp.Body).Decode(&st) != nil {
		return false
	}
	if st.Status == "down" {
		return true
	}
	for _, i := range st.IRPs {
		if i.Status == "down" {
			return true
		}
	}
	return false
}

// TokenCache caches OAuth tokens per client id, refreshed before expiry, fetched in a single flight.
type TokenCache struct {
	mu       sync.Mutex
	entries  map[string]*tokenEntry
	requests int
}

type tokenEntry struct {
	mu        sync.Mutex
	token     string
	refreshAt time.Time
}

// NewTokenCache returns an empty cache.
func NewTokenCache() *TokenCache { return &TokenCache{entries: map[string]*tokenEntry{}} }

// Requests is how many token requests were made.
func (t *TokenCache) Requests() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.requests
}

func (t *TokenCache) entry(clientID string) *tokenEntry {
	t.mu.Lock()
	defer t.mu.Unlock()
	en, ok := t.entries[clientID]
	if !ok {
		en = &tokenEntry{}
		t.entries[clientID] = en
	}
	return en
}

// Invalidate drops the cached token if it is still token (after a 401).
func (t *TokenCache) Invalidate(clientID, token string) {
	en := t.entry(clientID)
	en.mu.Lock()
	if en.token == token {
		en.token = ""
	}
	en.mu.Unlock()
}

func (e *Engine) token(ctx context.Context, cfg *Config, cred Credential) (string, error) {
	en := e.Tokens.entry(cred.ClientID)
	en.mu.Lock() // single flight: concurrent callers wait for the one request
	defer en.mu.Unlock()
	if en.token != "" && time.Now().Before(en.refreshAt) {
		return en.token, nil
	}
	e.Tokens.mu.Lock()
	e.Tokens.requests++
	e.Tokens.mu.Unlock()
	form := url.Values{"grant_type": {"client_credentials"}}
	if cred.Scope != "" {
		form.Set("scope", cred.Scope)
	}
	tcfg := *cfg
	tcfg.IdempotencyKey = ""
	tcfg.ResponseInto = nil
	tcfg.Credentials = map[string]Credential{"": cred}
	tcfg.GSTIN = ""
	var out struct {
		AccessToken string  `json:"access_token"`
		ExpiresIn   float64 `json:"expires_in"`
	}
	if _, _, err := e.Do(ctx, &tcfg, Request{Method: http.MethodPost, Path: "/v1/oauth/token", Auth: AuthClientBasic, OperationID: "createToken", Form: form}, &out); err != nil {
		return "", err
	}
	lifetime := time.Duration(out.ExpiresIn * float64(time.Second))
	skew := time.Minute
	if lifetime/2 < skew {
		skew = lifetime / 2
	}
	en.token, en.refreshAt = out.AccessToken, time.Now().Add(lifetime-skew)
	return en.token, nil
}
