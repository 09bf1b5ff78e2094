package einvoice

import "github.com/einvoice-dev/einvoice/sdks/go/internal/core"

// Error is the error of every API call: match it with errors.As. It carries the HTTP status, the request
// id, the headers, the RFC 9457 problem body and the GSTN (NIC) error codes. Class() names it in the
// cross-language hierarchy ("NotFoundError", "UnprocessableEntityError", "APIConnectionTimeoutError" ...).
type Error = core.Error

// ConfigError reports a client built without the credential it needs (no WithAPIKey / EINVOICE_API_KEY and
// no GSTIN credential) or with an invalid option. NewClient keeps its signature, so the error is returned by
// Client.Err() and by every call of the client, before any request is sent; match it with errors.As.
// Option names the option at fault, EnvVar its environment variable; Class() is "EinvoiceConfigError".
type ConfigError = core.ConfigError

// GSTNError is one government-side error with NIC's message and a hint.
type GSTNError = core.GSTNError

// Error kinds.
const (
	KindStatus     = core.KindStatus
	KindConnection = core.KindConnection
	KindTimeout    = core.KindTimeout
)
