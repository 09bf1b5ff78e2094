// Package core is the hand-written runtime of the einvoice Go SDK: HTTP, retries, auth, signing and
// webhooks. The generator never writes in this folder.
package core

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// ErrorKind tells an HTTP error from a connection or timeout failure.
type ErrorKind int

const (
	KindStatus ErrorKind = iota
	KindConnection
	KindTimeout
)

// GSTNError is one government-side (NIC) error with what to change.
type GSTNError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Hint    string `json:"hint,omitempty"`
	Pointer string `json:"pointer,omitempty"`
}

// Error is the error of an API call (HTTP status, connection, timeout); match it with errors.As.
type Error struct {
	Kind       ErrorKind
	StatusCode int
	RequestID  string
	Header     http.Header
	// Problem is the RFC 9457 problem+json body, unknown members kept.
	Problem    map[string]any
	GSTNErrors []GSTNError
	// Code is the problem's machine-readable code (e.g. "idempotency_in_flight"); for a token endpoint
	// error, which carries RFC 6749's "error" instead, that (e.g. "invalid_client").
	Code   string
	Title  string
	Detail string
	Err    error
}

func (e *Error) Error() string {
	switch e.Kind {
	case KindTimeout:
		return fmt.Sprintf("einvoice: request timed out: %v", e.Err)
	case KindConnection:
		return fmt.Sprintf("einvoice: connection error: %v", e.Err)
	}
	msg := fmt.Sprintf("einvoice: %d %s", e.StatusCode, e.Title)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if len(e.GSTNErrors) > 0 {
		parts := make([]string, len(e.GSTNErrors))
		for i, g := range e.GSTNErrors {
			parts[i] = g.Code + ": " + g.Message
		}
		msg += " [" + strings.Join(parts, "; ") + "]"
	}
	if e.RequestID != "" {
		msg += " (request " + e.RequestID + ")"
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Class is the error's name in the cross-language hierarchy (spec/conformance/README.md, "Errors"), e.g. "NotFoundError".
func (e *Error) Class() string {
	switch e.Kind {
	case KindTimeout:
		return "APIConnectionTimeoutError"
	case KindConnection:
		return "APIConnectionError"
	}
	switch e.StatusCode {
	case 400:
		return "BadRequestError"
	case 401:
		return "AuthenticationError"
	case 403:
		return "PermissionDeniedError"
	case 404:
		return "NotFoundError"
	case 409:
		return "ConflictError"
	case 422:
		return "UnprocessableEntityError"
	case 429:
		return "RateLimitError"
	}
	if e.StatusCode >= 500 {
		return "InternalServerError"
	}
	return "APIError"
}

// ConfigError reports a client built without the credential it needs, or with an option no request can
// work with. It is returned before any request is sent; match it with errors.As.
type ConfigError struct {
	// Option is the option at fault, e.g. "WithAPIKey", "WithCredentials", "WithBaseURL".
	Option string
	// EnvVar is the environment variable that can stand in for Option ("" when there is none).
	EnvVar string
	// Message says what is wrong and how to fix it; it names Option and EnvVar.
	Message string
}

func (e *ConfigError) Error() string { return "einvoice: " + e.Message }

// Class is the error's name in the cross-language hierarchy: "EinvoiceConfigError".
func (e *ConfigError) Class() string { return "EinvoiceConfigError" }

func statusError(resp *http.Response, body []byte) *Error {
	e := &Error{Kind: KindStatus, StatusCode: resp.StatusCode, Header: resp.Header, Title: http.StatusText(resp.StatusCode)}
	var problem map[string]any
	if json.Unmarshal(body, &problem) == nil && problem != nil {
		e.Problem = problem
		if s, ok := problem["title"].(string); ok {
			e.Title = s
		}
		if s, ok := problem["detail"].(string); ok {
			e.Detail = s
		}
		if s, ok := problem["code"].(string); ok {
			e.Code = s
		} else if s, ok := problem["error"].(string); ok {
			e.Code = s
		}
		if s, ok := problem["request_id"].(string); ok {
			e.RequestID = s
		}
		var typed struct {
			GSTNErrors []GSTNError `json:"gstn_errors"`
		}
		if json.Unmarshal(body, &typed) == nil {
			e.GSTNErrors = typed.GSTNErrors
		}
	}
	if rid := resp.Header.Get("X-Request-Id"); rid != "" {
		e.RequestID = rid
	}
	return e
}
