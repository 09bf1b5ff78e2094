package einvoice

import "github.com/einvoice/einvoice/sdks/go/internal/core"

// Error is the one error type of the SDK: match it with errors.As. It carries the HTTP status, the request
// id, the headers, the RFC 9457 problem body and the GSTN (NIC) error codes. Class() names it in the
// cross-language hierarchy ("NotFoundError", "UnprocessableEntityError", "APIConnectionTimeoutError" ...).
type Error = core.Error

// GSTNError is one government-side error with NIC's message and a hint.
type GSTNError = core.GSTNError

// Error kinds.
const (
	KindStatus     = core.KindStatus
	KindConnection = core.KindConnection
	KindTimeout    = core.KindTimeout
)
