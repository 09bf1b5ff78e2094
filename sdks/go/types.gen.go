// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

import (
	"encoding/json"
)

// AddSecretRequest is generated from #/components/schemas/AddSecretRequest.
type AddSecretRequest struct {
	// Optional lifetime of the new secret in seconds.
	ExpiresIn *int64 `json:"expires_in,omitempty"`
}

// AddlDocDtls is a supporting document.
type AddlDocDtls struct {
	// URL of the document.
	URL *string `json:"Url,omitempty"`
	// The document, base64.
	Docs *string `json:"Docs,omitempty"`
	// Additional information.
	Info *string `json:"Info,omitempty"`
}

// AdvanceTestClockRequest is the exactly one of `frozen_time` and `advance_by_seconds`.
type AdvanceTestClockRequest struct {
	FrozenTime *string `json:"frozen_time,omitempty"`
	// Seconds to move forward (at most 366 days).
	AdvanceBySeconds *int64 `json:"advance_by_seconds,omitempty"`
}

// APIKey is generated from #/components/schemas/ApiKey.
type APIKey struct {
	ID     string  `json:"id"`
	Object string  `json:"object"`
	Name   *string `json:"name"`
	// The tenant the key acts on (null: not bound to one).
	Tenant      *string            `json:"tenant"`
	Permissions []APIKeyPermission `json:"permissions"`
	// The secret: only in the answers of createApiKey and rollApiKey.
	Key       *string `json:"key,omitempty"`
	Last4     *string `json:"last4"`
	CreatedAt string  `json:"created_at"`
	// Recorded at most once a minute.
	LastUsedAt *string `json:"last_used_at"`
	RevokedAt  *string `json:"revoked_at"`
}

// APIKeyList is generated from #/components/schemas/ApiKeyList.
type APIKeyList struct {
	Object     string   `json:"object"`
	Data       []APIKey `json:"data"`
	HasMore    bool     `json:"has_more"`
	NextCursor *string  `json:"next_cursor"`
}

// APIKeyPermission is an open enum: values this SDK version does not list decode without error.
//
// `read`: every GET of account-level operations. `documents`: read, and create OAuth credentials
// and their secrets. `admin`: everything account-level (tenants only when the key is not bound to
// one).
type APIKeyPermission string

const (
	APIKeyPermissionRead      APIKeyPermission = "read"
	APIKeyPermissionDocuments APIKeyPermission = "documents"
	APIKeyPermissionAdmin     APIKeyPermission = "admin"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v APIKeyPermission) IsKnown() bool {
	switch v {
	case APIKeyPermissionRead, APIKeyPermissionDocuments, APIKeyPermissionAdmin:
		return true
	}
	return false
}

// APIWarning is a deprecated request field the request used; it works until `sunset`.
type APIWarning struct {
	Code string `json:"code"`
	// The deprecated field.
	Field   string `json:"field"`
	Message string `json:"message"`
	// The first day it no longer works.
	Sunset string `json:"sunset"`
	// What to use instead.
	Replacement string `json:"replacement"`
	// The migration guide.
	Guide string `json:"guide"`
}

// AttribDtls is an attribute of the item.
type AttribDtls struct {
	// Attribute name.
	Nm *string `json:"Nm,omitempty"`
	// Attribute value.
	Val *string `json:"Val,omitempty"`
}

// AuditEvent is generated from #/components/schemas/AuditEvent.
type AuditEvent struct {
	ID         string          `json:"id"`
	Object     string          `json:"object"`
	Type       AuditEventType  `json:"type"`
	OccurredAt string          `json:"occurred_at"`
	Actor      AuditEventActor `json:"actor"`
	GSTIN      *string         `json:"gstin,omitempty"`
	ClientID   *string         `json:"client_id,omitempty"`
	RequestID  *string         `json:"request_id,omitempty"`
	IP         *string         `json:"ip,omitempty"`
	// Event-specific facts (never secrets)., additionalProperties: true
	Data map[string]any `json:"data,omitempty"`
	// The tenant it belongs to (null: the account itself).
	Tenant *string `json:"tenant,omitempty"`
}

// AuditEventActor is generated from #/components/schemas/AuditEvent/properties/actor.
type AuditEventActor struct {
	// `system`: the server itself (e.g. an endpoint disabled after failing).
	Type AuditEventActorType `json:"type"`
	ID   *string             `json:"id,omitempty"`
}

// AuditEventActorType is an open enum: values this SDK version does not list decode without error.
//
// `system`: the server itself (e.g. an endpoint disabled after failing).
type AuditEventActorType string

const (
	AuditEventActorTypeAPIKey    AuditEventActorType = "api_key"
	AuditEventActorTypeClient    AuditEventActorType = "client"
	AuditEventActorTypeAnonymous AuditEventActorType = "anonymous"
	AuditEventActorTypeSystem    AuditEventActorType = "system"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v AuditEventActorType) IsKnown() bool {
	switch v {
	case AuditEventActorTypeAPIKey, AuditEventActorTypeClient, AuditEventActorTypeAnonymous, AuditEventActorTypeSystem:
		return true
	}
	return false
}

// AuditEventList is generated from #/components/schemas/AuditEventList.
type AuditEventList struct {
	Object     string       `json:"object"`
	Data       []AuditEvent `json:"data"`
	HasMore    bool         `json:"has_more"`
	NextCursor *string      `json:"next_cursor"`
}

// AuditEventType is an open enum: values this SDK version does not list decode without error.
type AuditEventType string

const (
	AuditEventTypeGSTINRegistered              AuditEventType = "gstin.registered"
	AuditEventTypeGSTINUpdated                 AuditEventType = "gstin.updated"
	AuditEventTypeGSTINDeleted                 AuditEventType = "gstin.deleted"
	AuditEventTypeCredentialCreated            AuditEventType = "credential.created"
	AuditEventTypeCredentialRevoked            AuditEventType = "credential.revoked"
	AuditEventTypeCredentialSecretAdded        AuditEventType = "credential.secret_added"
	AuditEventTypeCredentialSecretRevoked      AuditEventType = "credential.secret_revoked"
	AuditEventTypeAuthFailed                   AuditEventType = "auth.failed"
	AuditEventTypeAuthForbidden                AuditEventType = "auth.forbidden"
	AuditEventTypeWebhookEndpointSecretRotated AuditEventType = "webhook_endpoint.secret_rotated"
	AuditEventTypeWebhookEndpointDisabled      AuditEventType = "webhook_endpoint.disabled"
	AuditEventTypeOnboardingLinkCreated        AuditEventType = "onboarding_link.created"
	AuditEventTypeOnboardingLinkConnected      AuditEventType = "onboarding_link.connected"
	AuditEventTypeOnboardingLinkFailed         AuditEventType = "onboarding_link.failed"
	AuditEventTypeOnboardingLinkRevoked        AuditEventType = "onboarding_link.revoked"
	AuditEventTypeTenantCreated                AuditEventType = "tenant.created"
	AuditEventTypeTenantUpdated                AuditEventType = "tenant.updated"
	AuditEventTypeAPIKeyCreated                AuditEventType = "api_key.created"
	AuditEventTypeAPIKeyRolled                 AuditEventType = "api_key.rolled"
	AuditEventTypeAPIKeyRevoked                AuditEventType = "api_key.revoked"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v AuditEventType) IsKnown() bool {
	switch v {
	case AuditEventTypeGSTINRegistered, AuditEventTypeGSTINUpdated, AuditEventTypeGSTINDeleted, AuditEventTypeCredentialCreated, AuditEventTypeCredentialRevoked, AuditEventTypeCredentialSecretAdded, AuditEventTypeCredentialSecretRevoked, AuditEventTypeAuthFailed, AuditEventTypeAuthForbidden, AuditEventTypeWebhookEndpointSecretRotated, AuditEventTypeWebhookEndpointDisabled, AuditEventTypeOnboardingLinkCreated, AuditEventTypeOnboardingLinkConnected, AuditEventTypeOnboardingLinkFailed, AuditEventTypeOnboardingLinkRevoked, AuditEventTypeTenantCreated, AuditEventTypeTenantUpdated, AuditEventTypeAPIKeyCreated, AuditEventTypeAPIKeyRolled, AuditEventTypeAPIKeyRevoked:
		return true
	}
	return false
}

// BchDtls is the batch details.
type BchDtls struct {
	// Batch number or name.
	Nm    string  `json:"Nm"`
	ExpDt *string `json:"ExpDt,omitempty"`
	WrDt  *string `json:"WrDt,omitempty"`
}

// BulkCompletedEvent is generated from #/components/schemas/BulkCompletedEvent.
type BulkCompletedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string                `json:"tenant,omitempty"`
	Data   BulkCompletedEventData `json:"data"`
}

// BulkCompletedEventData is generated from
// #/components/schemas/BulkCompletedEvent/properties/data.
type BulkCompletedEventData struct {
	ID          string      `json:"id"`
	Object      *string     `json:"object,omitempty"`
	Status      *string     `json:"status,omitempty"`
	Summary     BulkSummary `json:"summary"`
	CreatedAt   *string     `json:"created_at,omitempty"`
	CompletedAt *string     `json:"completed_at,omitempty"`
}

// BulkGenerateRequest is generated from #/components/schemas/BulkGenerateRequest.
type BulkGenerateRequest struct {
	// 1 to 5,000 INV-01 documents (INV, CRN or DBN) of the token's GSTIN. More than 5,000 is a 413
	// `payload_too_large` (with `limit`), counted before any document is validated; the limit is
	// not a schema `maxItems` because it is answered as a size limit, not as a field error.
	Documents []Invoice `json:"documents"`
}

// BulkGenerateResult is a completed bulk job, every record's outcome in request order.
type BulkGenerateResult struct {
	// The job's id (`getBulkJob`).
	ID      string      `json:"id"`
	Object  string      `json:"object"`
	Summary BulkSummary `json:"summary"`
	// One entry per document, in request order.
	Results []BulkRecordResult `json:"results"`
}

// BulkJob is a bulk job (`bulkGenerateIrn`), durable across restarts.
type BulkJob struct {
	ID     string `json:"id"`
	Object string `json:"object"`
	// `queued`: waiting for a server to (re)start it; `running`: a server is relaying its records
	// (or will resume them after a restart); `completed`: every record has an outcome.
	Status  BulkJobStatus `json:"status"`
	GSTIN   string        `json:"gstin"`
	Summary BulkProgress  `json:"summary"`
	// Where `listBulkJobResults` lists the per-record results.
	ResultsURL  string  `json:"results_url"`
	CreatedAt   string  `json:"created_at"`
	UpdatedAt   string  `json:"updated_at"`
	CompletedAt *string `json:"completed_at"`
}

// BulkJobRecordResult is generated from #/components/schemas/BulkJobRecordResult.
type BulkJobRecordResult struct {
	// Position in `documents`.
	Index    int64                     `json:"index"`
	Status   BulkJobRecordResultStatus `json:"status"`
	Document *IRNDocument              `json:"document"`
	Error    *Problem                  `json:"error"`
}

// BulkJobRecordResultStatus is an open enum: values this SDK version does not list decode without
// error.
type BulkJobRecordResultStatus string

const (
	BulkJobRecordResultStatusPending   BulkJobRecordResultStatus = "pending"
	BulkJobRecordResultStatusGenerated BulkJobRecordResultStatus = "generated"
	BulkJobRecordResultStatusReplayed  BulkJobRecordResultStatus = "replayed"
	BulkJobRecordResultStatusQueued    BulkJobRecordResultStatus = "queued"
	BulkJobRecordResultStatusFailed    BulkJobRecordResultStatus = "failed"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v BulkJobRecordResultStatus) IsKnown() bool {
	switch v {
	case BulkJobRecordResultStatusPending, BulkJobRecordResultStatusGenerated, BulkJobRecordResultStatusReplayed, BulkJobRecordResultStatusQueued, BulkJobRecordResultStatusFailed:
		return true
	}
	return false
}

// BulkJobResultList is generated from #/components/schemas/BulkJobResultList.
type BulkJobResultList struct {
	Object     string                `json:"object"`
	Data       []BulkJobRecordResult `json:"data"`
	HasMore    bool                  `json:"has_more"`
	NextCursor *string               `json:"next_cursor"`
}

// BulkJobStatus is an open enum: values this SDK version does not list decode without error.
//
// `queued`: waiting for a server to (re)start it; `running`: a server is relaying its records (or
// will resume them after a restart); `completed`: every record has an outcome.
type BulkJobStatus string

const (
	BulkJobStatusQueued    BulkJobStatus = "queued"
	BulkJobStatusRunning   BulkJobStatus = "running"
	BulkJobStatusCompleted BulkJobStatus = "completed"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v BulkJobStatus) IsKnown() bool {
	switch v {
	case BulkJobStatusQueued, BulkJobStatusRunning, BulkJobStatusCompleted:
		return true
	}
	return false
}

// BulkProgress is a job's records by outcome so far; `pending` ones have none yet.
type BulkProgress struct {
	Total     int64 `json:"total"`
	Generated int64 `json:"generated"`
	// Records whose document already had an IRN.
	Replayed int64 `json:"replayed"`
	Failed   int64 `json:"failed"`
	// Handed to the outage queue (no GSP reachable); it sends the document's own event.
	Queued  int64 `json:"queued"`
	Pending int64 `json:"pending"`
}

// BulkRecordResult is generated from #/components/schemas/BulkRecordResult.
type BulkRecordResult struct {
	// Position in `documents`.
	Index    int64                  `json:"index"`
	Status   BulkRecordResultStatus `json:"status"`
	Document *IRNDocument           `json:"document,omitempty"`
	Error    *Problem               `json:"error,omitempty"`
}

// BulkRecordResultStatus is an open enum: values this SDK version does not list decode without
// error.
type BulkRecordResultStatus string

const (
	BulkRecordResultStatusGenerated BulkRecordResultStatus = "generated"
	BulkRecordResultStatusReplayed  BulkRecordResultStatus = "replayed"
	BulkRecordResultStatusQueued    BulkRecordResultStatus = "queued"
	BulkRecordResultStatusFailed    BulkRecordResultStatus = "failed"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v BulkRecordResultStatus) IsKnown() bool {
	switch v {
	case BulkRecordResultStatusGenerated, BulkRecordResultStatusReplayed, BulkRecordResultStatusQueued, BulkRecordResultStatusFailed:
		return true
	}
	return false
}

// BulkSummary is generated from #/components/schemas/BulkSummary.
type BulkSummary struct {
	Total     int64 `json:"total"`
	Generated int64 `json:"generated"`
	// Records that already had an IRN (retried batch or duplicate).
	Replayed int64 `json:"replayed"`
	Failed   int64 `json:"failed"`
	Queued   int64 `json:"queued"`
}

// BuyerDtls is the recipient. `Gstin` is `URP` (unregistered person) for exports.
type BuyerDtls struct {
	// GSTIN of the recipient or `URP`.
	GSTIN string `json:"Gstin"`
	// Legal name.
	LglNm string `json:"LglNm"`
	// Trade name.
	TrdNm *string `json:"TrdNm,omitempty"`
	// Place of supply state code; `96` for exports.
	Pos string `json:"Pos"`
	// Address line 1.
	Addr1 string `json:"Addr1"`
	// Address line 2.
	Addr2 *string `json:"Addr2,omitempty"`
	// Location (city).
	Loc string `json:"Loc"`
	// PIN code; required for domestic supplies (2244), `999999` for exports.
	Pin  *int64 `json:"Pin,omitempty"`
	Stcd string `json:"Stcd"`
	// Phone number, digits only.
	Ph *string `json:"Ph,omitempty"`
	// E-mail address.
	Em *string `json:"Em,omitempty"`
}

// CancelEWBRequest is the NIC `CANEWB` body (the e-way bill number comes from the path).
type CancelEWBRequest struct {
	CancelRsnCode EWBCancelReason `json:"cancelRsnCode"`
	CancelRmrk    *string         `json:"cancelRmrk,omitempty"`
}

// CancelIRNRequest is the NIC Cancel IRN body; the IRN comes from the path.
type CancelIRNRequest struct {
	CnlRsn CancelReason `json:"CnlRsn"`
	// Remark.
	CnlRem *string `json:"CnlRem,omitempty"`
}

// CancelReason is an open enum: values this SDK version does not list decode without error.
//
// Why an IRN is cancelled (NIC `CnlRsn`): `1` duplicate, `2` data entry mistake, `3` order
// cancelled, `4` others.
type CancelReason string

const (
	CancelReasonDuplicate        CancelReason = "1"
	CancelReasonDataEntryMistake CancelReason = "2"
	CancelReasonOrderCancelled   CancelReason = "3"
	CancelReasonOthers           CancelReason = "4"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v CancelReason) IsKnown() bool {
	switch v {
	case CancelReasonDuplicate, CancelReasonDataEntryMistake, CancelReasonOrderCancelled, CancelReasonOthers:
		return true
	}
	return false
}

// ConsignmentStatus is an open enum: values this SDK version does not list decode without error.
//
// `M` in movement, `T` in transit.
type ConsignmentStatus string

const (
	ConsignmentStatusInMovement ConsignmentStatus = "M"
	ConsignmentStatusInTransit  ConsignmentStatus = "T"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v ConsignmentStatus) IsKnown() bool {
	switch v {
	case ConsignmentStatusInMovement, ConsignmentStatusInTransit:
		return true
	}
	return false
}

// ContrDtls is the contract details.
type ContrDtls struct {
	// Receipt advice reference.
	RecAdvRefr *string `json:"RecAdvRefr,omitempty"`
	RecAdvDt   *string `json:"RecAdvDt,omitempty"`
	// Tender or lot reference.
	TendRefr *string `json:"TendRefr,omitempty"`
	// Contract reference.
	ContrRefr *string `json:"ContrRefr,omitempty"`
	// External reference.
	ExtRefr *string `json:"ExtRefr,omitempty"`
	// Project reference.
	ProjRefr *string `json:"ProjRefr,omitempty"`
	// Purchase order reference.
	PoRefr  *string `json:"PORefr,omitempty"`
	PoRefDt *string `json:"PORefDt,omitempty"`
}

// CreateAPIKeyRequest is generated from #/components/schemas/CreateApiKeyRequest.
type CreateAPIKeyRequest struct {
	Name        string             `json:"name"`
	Tenant      *string            `json:"tenant,omitempty"`
	Permissions []APIKeyPermission `json:"permissions"`
}

// CreateCredentialRequest is generated from #/components/schemas/CreateCredentialRequest.
type CreateCredentialRequest struct {
	// A label for you.
	Name   *string `json:"name,omitempty"`
	Scopes []Scope `json:"scopes"`
	Plan   *Plan   `json:"plan,omitempty"`
	// Only with plan `custom`.
	RateLimitRPS *int64 `json:"rate_limit_rps,omitempty"`
	// Refuse this client's requests unless they carry a valid RFC 9421 signature made with its
	// `signing_key` (token requests included). Fixed at creation.
	RequireSignatures *bool `json:"require_signatures,omitempty"`
}

// CreateOnboardingLinkRequest is generated from #/components/schemas/CreateOnboardingLinkRequest.
type CreateOnboardingLinkRequest struct {
	GSTIN string `json:"gstin"`
	// Your label for the link; shown to the business on the page.
	Description *string `json:"description,omitempty"`
	// How long the link can be used, in seconds (5 minutes to 7 days).
	ExpiresInSeconds *int64 `json:"expires_in_seconds,omitempty"`
}

// CreateTenantRequest is generated from #/components/schemas/CreateTenantRequest.
type CreateTenantRequest struct {
	Name     string    `json:"name"`
	Metadata *Metadata `json:"metadata,omitempty"`
	Plan     *Plan     `json:"plan,omitempty"`
	// With plan custom only (required then).
	RateLimitRPS *int64 `json:"rate_limit_rps,omitempty"`
}

// CreateTestClockRequest is generated from #/components/schemas/CreateTestClockRequest.
type CreateTestClockRequest struct {
	Name         *string  `json:"name,omitempty"`
	FrozenTime   *string  `json:"frozen_time,omitempty"`
	GSTINs       []string `json:"gstins,omitempty"`
	WholeAccount *bool    `json:"whole_account,omitempty"`
}

// CreateWebhookEndpointRequest is generated from
// #/components/schemas/CreateWebhookEndpointRequest.
type CreateWebhookEndpointRequest struct {
	// HTTPS URL (plain HTTP only for a loopback receiver the server is configured to allow).
	URL         string        `json:"url"`
	Description *string       `json:"description,omitempty"`
	Events      []EventFilter `json:"events"`
	// Only events of these GSTINs (default: all GSTINs of the account).
	GSTINs  []string `json:"gstins,omitempty"`
	Enabled *bool    `json:"enabled,omitempty"`
}

// Credential is generated from #/components/schemas/Credential.
type Credential struct {
	Object       string  `json:"object"`
	ClientID     string  `json:"client_id"`
	GSTIN        string  `json:"gstin"`
	Name         *string `json:"name,omitempty"`
	Scopes       []Scope `json:"scopes"`
	Plan         Plan    `json:"plan"`
	RateLimitRPS int64   `json:"rate_limit_rps"`
	// Unsigned or badly signed requests of this client are refused (see `createCredential`).
	RequireSignatures bool               `json:"require_signatures"`
	Environment       Environment        `json:"environment"`
	Secrets           []CredentialSecret `json:"secrets"`
	CreatedAt         string             `json:"created_at"`
	RevokedAt         *string            `json:"revoked_at,omitempty"`
}

// CredentialList is generated from #/components/schemas/CredentialList.
type CredentialList struct {
	Object     string       `json:"object"`
	Data       []Credential `json:"data"`
	HasMore    bool         `json:"has_more"`
	NextCursor *string      `json:"next_cursor"`
}

// CredentialSecret is a client secret, as stored (hash only); `prefix` helps you tell them apart.
type CredentialSecret struct {
	ID string `json:"id"`
	// First characters of the secret.
	Prefix     string  `json:"prefix"`
	CreatedAt  string  `json:"created_at"`
	ExpiresAt  *string `json:"expires_at,omitempty"`
	RevokedAt  *string `json:"revoked_at,omitempty"`
	LastUsedAt *string `json:"last_used_at,omitempty"`
}

// CredentialWithSecret is a new credential with its secret and its request-signing key, shown this
// once.
type CredentialWithSecret struct {
	Object       string  `json:"object"`
	ClientID     string  `json:"client_id"`
	GSTIN        string  `json:"gstin"`
	Name         *string `json:"name,omitempty"`
	Scopes       []Scope `json:"scopes"`
	Plan         Plan    `json:"plan"`
	RateLimitRPS int64   `json:"rate_limit_rps"`
	// Unsigned or badly signed requests of this client are refused (see `createCredential`).
	RequireSignatures bool               `json:"require_signatures"`
	Environment       Environment        `json:"environment"`
	Secrets           []CredentialSecret `json:"secrets"`
	CreatedAt         string             `json:"created_at"`
	RevokedAt         *string            `json:"revoked_at,omitempty"`
	// The secret. Shown once; store it now.
	ClientSecret string     `json:"client_secret"`
	SigningKey   SigningKey `json:"signing_key"`
}

// DeletedGSPRouteUser is generated from #/components/schemas/DeletedGspRouteUser.
type DeletedGSPRouteUser struct {
	Object  string `json:"object"`
	GSTIN   string `json:"gstin"`
	Route   string `json:"route"`
	Deleted bool   `json:"deleted"`
}

// DeletedGSTIN is generated from #/components/schemas/DeletedGstin.
type DeletedGSTIN struct {
	Object  string `json:"object"`
	GSTIN   string `json:"gstin"`
	Deleted bool   `json:"deleted"`
	// Credentials of the GSTIN that this deletion revoked.
	RevokedCredentials int64 `json:"revoked_credentials"`
}

// DeletedTestClock is generated from #/components/schemas/DeletedTestClock.
type DeletedTestClock struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Deleted bool   `json:"deleted"`
}

// DeliveryAttempt is generated from #/components/schemas/DeliveryAttempt.
type DeliveryAttempt struct {
	AttemptedAt string `json:"attempted_at"`
	// The receiver's HTTP status; null when no answer.
	StatusCode *int64  `json:"status_code,omitempty"`
	LatencyMs  float64 `json:"latency_ms"`
	// First 1 KiB of the receiver's answer.
	ResponseExcerpt *string `json:"response_excerpt,omitempty"`
	// Transport error (`timeout`, `connection_refused`, `ssrf_blocked`, ...).
	Error *string `json:"error,omitempty"`
}

// DeliveryStatus is an open enum: values this SDK version does not list decode without error.
//
// `pending` waiting for its next attempt; `succeeded`; `dead` the whole schedule failed
// (dead-letter queue).
type DeliveryStatus string

const (
	DeliveryStatusPending   DeliveryStatus = "pending"
	DeliveryStatusSucceeded DeliveryStatus = "succeeded"
	DeliveryStatusDead      DeliveryStatus = "dead"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v DeliveryStatus) IsKnown() bool {
	switch v {
	case DeliveryStatusPending, DeliveryStatusSucceeded, DeliveryStatusDead:
		return true
	}
	return false
}

// DispDtls is the dispatch-from address, when goods leave from somewhere other than the seller's
// address.
type DispDtls struct {
	// Name of the place.
	Nm string `json:"Nm"`
	// Address line 1.
	Addr1 string `json:"Addr1"`
	// Address line 2.
	Addr2 *string `json:"Addr2,omitempty"`
	// Location (city).
	Loc string `json:"Loc"`
	// PIN code.
	Pin  int64  `json:"Pin"`
	Stcd string `json:"Stcd"`
}

// DocDtls is the document details; together with the seller GSTIN and financial year they identify
// the document (and its IRN).
type DocDtls struct {
	Typ DocType `json:"Typ"`
	// Document number; first character a letter or 1-9, then letters, digits, `/` and `-`.
	// Upper-cased by the IRP for the IRN and duplicate check.
	No string `json:"No"`
	Dt string `json:"Dt"`
}

// DocPerdDtls is the period the invoice covers.
type DocPerdDtls struct {
	InvStDt  string `json:"InvStDt"`
	InvEndDt string `json:"InvEndDt"`
}

// DocType is an open enum: values this SDK version does not list decode without error.
//
// `INV` invoice, `CRN` credit note, `DBN` debit note.
type DocType string

const (
	DocTypeInv DocType = "INV"
	DocTypeCrn DocType = "CRN"
	DocTypeDbn DocType = "DBN"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v DocType) IsKnown() bool {
	switch v {
	case DocTypeInv, DocTypeCrn, DocTypeDbn:
		return true
	}
	return false
}

// DocumentList is generated from #/components/schemas/DocumentList.
type DocumentList struct {
	Object     string            `json:"object"`
	Data       []DocumentSummary `json:"data"`
	HasMore    bool              `json:"has_more"`
	NextCursor *string           `json:"next_cursor"`
}

// DocumentStatus is an open enum: values this SDK version does not list decode without error.
//
// `pending` sent to the IRP, answer awaited; `queued` waiting for a GSP to recover; `generated`
// IRN issued; `failed` refused (see `gstn_errors`); `cancelled` IRN cancelled. New states may be
// added; treat unknown values as `pending`.
type DocumentStatus string

const (
	DocumentStatusPending   DocumentStatus = "pending"
	DocumentStatusQueued    DocumentStatus = "queued"
	DocumentStatusGenerated DocumentStatus = "generated"
	DocumentStatusFailed    DocumentStatus = "failed"
	DocumentStatusCancelled DocumentStatus = "cancelled"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v DocumentStatus) IsKnown() bool {
	switch v {
	case DocumentStatusPending, DocumentStatusQueued, DocumentStatusGenerated, DocumentStatusFailed, DocumentStatusCancelled:
		return true
	}
	return false
}

// DocumentSummary is generated from #/components/schemas/DocumentSummary.
type DocumentSummary struct {
	ID         string         `json:"id"`
	Object     string         `json:"object"`
	DocType    DocType        `json:"doc_type"`
	DocNo      string         `json:"doc_no"`
	DocDate    string         `json:"doc_date"`
	Status     DocumentStatus `json:"status"`
	IRN        *string        `json:"Irn"`
	AckNo      *int64         `json:"AckNo"`
	AckDt      *string        `json:"AckDt"`
	EWBNo      *int64         `json:"EwbNo"`
	BuyerGSTIN *string        `json:"buyer_gstin,omitempty"`
	TotalValue *float64       `json:"total_value,omitempty"`
	CreatedAt  string         `json:"created_at"`
	UpdatedAt  string         `json:"updated_at"`
}

// Environment is an open enum: values this SDK version does not list decode without error.
//
// `sandbox` routes to the built-in IRP simulator; `production` to the configured GSPs.
type Environment string

const (
	EnvironmentSandbox    Environment = "sandbox"
	EnvironmentProduction Environment = "production"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v Environment) IsKnown() bool {
	switch v {
	case EnvironmentSandbox, EnvironmentProduction:
		return true
	}
	return false
}

// EventFilter is an event type, or `*` for all of them.
//
// EventFilter is open: values this SDK version does not list decode without error.
type EventFilter string

const (
	EventFilterAny                     EventFilter = "*"
	EventFilterIRNGenerated            EventFilter = "irn.generated"
	EventFilterIRNFailed               EventFilter = "irn.failed"
	EventFilterIRNCancelled            EventFilter = "irn.cancelled"
	EventFilterNoteGenerated           EventFilter = "note.generated"
	EventFilterEWBGenerated            EventFilter = "ewb.generated"
	EventFilterEWBVehicleUpdated       EventFilter = "ewb.vehicle_updated"
	EventFilterEWBExtended             EventFilter = "ewb.extended"
	EventFilterEWBCancelled            EventFilter = "ewb.cancelled"
	EventFilterBulkCompleted           EventFilter = "bulk.completed"
	EventFilterWebhookEndpointDisabled EventFilter = "webhook_endpoint.disabled"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v EventFilter) IsKnown() bool {
	switch v {
	case EventFilterAny, EventFilterIRNGenerated, EventFilterIRNFailed, EventFilterIRNCancelled, EventFilterNoteGenerated, EventFilterEWBGenerated, EventFilterEWBVehicleUpdated, EventFilterEWBExtended, EventFilterEWBCancelled, EventFilterBulkCompleted, EventFilterWebhookEndpointDisabled:
		return true
	}
	return false
}

// EventType is a webhook event type. New types may be added; ignore the ones you do not know.
//
// EventType is open: values this SDK version does not list decode without error.
type EventType string

const (
	EventTypeIRNGenerated            EventType = "irn.generated"
	EventTypeIRNFailed               EventType = "irn.failed"
	EventTypeIRNCancelled            EventType = "irn.cancelled"
	EventTypeNoteGenerated           EventType = "note.generated"
	EventTypeEWBGenerated            EventType = "ewb.generated"
	EventTypeEWBVehicleUpdated       EventType = "ewb.vehicle_updated"
	EventTypeEWBExtended             EventType = "ewb.extended"
	EventTypeEWBCancelled            EventType = "ewb.cancelled"
	EventTypeBulkCompleted           EventType = "bulk.completed"
	EventTypeWebhookEndpointDisabled EventType = "webhook_endpoint.disabled"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v EventType) IsKnown() bool {
	switch v {
	case EventTypeIRNGenerated, EventTypeIRNFailed, EventTypeIRNCancelled, EventTypeNoteGenerated, EventTypeEWBGenerated, EventTypeEWBVehicleUpdated, EventTypeEWBExtended, EventTypeEWBCancelled, EventTypeBulkCompleted, EventTypeWebhookEndpointDisabled:
		return true
	}
	return false
}

// EwayBill is an e-way bill: NIC's fields plus einvoice's envelope.
type EwayBill struct {
	ID     string    `json:"id"`
	Object string    `json:"object"`
	Status EWBStatus `json:"status"`
	GSTIN  string    `json:"gstin"`
	IRN    string    `json:"Irn"`
	EWBNo  int64     `json:"EwbNo"`
	// `yyyy-MM-dd HH:mm:ss` IST.
	EWBDt string `json:"EwbDt"`
	// `yyyy-MM-dd HH:mm:ss` IST; null until Part-B.
	EWBValidTill *string `json:"EwbValidTill"`
	Remarks      *string `json:"Remarks,omitempty"`
	DistanceKm   *int64  `json:"distance_km,omitempty"`
	// Part-B history, oldest first.
	Vehicles         []VehicleEntry `json:"vehicles,omitempty"`
	ExtensionCount   *int64         `json:"extension_count,omitempty"`
	CancellableUntil *string        `json:"cancellable_until,omitempty"`
	CancelledAt      *string        `json:"cancelled_at,omitempty"`
	GSP              *string        `json:"gsp,omitempty"`
	IRP              *string        `json:"irp,omitempty"`
	CreatedAt        string         `json:"created_at"`
	UpdatedAt        string         `json:"updated_at"`
}

// EWBAddress is generated from #/components/schemas/EwbAddress.
type EWBAddress struct {
	Nm    *string `json:"Nm,omitempty"`
	Addr1 string  `json:"Addr1"`
	Addr2 *string `json:"Addr2,omitempty"`
	Loc   string  `json:"Loc"`
	Pin   int64   `json:"Pin"`
	Stcd  string  `json:"Stcd"`
}

// EWBCancelReason is an open enum: values this SDK version does not list decode without error.
//
// Why an e-way bill is cancelled (NIC `cancelRsnCode`): `1` duplicate, `2` order cancelled, `3`
// data entry mistake, `4` others.
type EWBCancelReason string

const (
	EWBCancelReasonDuplicate        EWBCancelReason = "1"
	EWBCancelReasonOrderCancelled   EWBCancelReason = "2"
	EWBCancelReasonDataEntryMistake EWBCancelReason = "3"
	EWBCancelReasonOthers           EWBCancelReason = "4"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v EWBCancelReason) IsKnown() bool {
	switch v {
	case EWBCancelReasonDuplicate, EWBCancelReasonOrderCancelled, EWBCancelReasonDataEntryMistake, EWBCancelReasonOthers:
		return true
	}
	return false
}

// EWBCancelledEvent is generated from #/components/schemas/EwbCancelledEvent.
type EWBCancelledEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string  `json:"tenant,omitempty"`
	Data   EwayBill `json:"data"`
}

// EWBDtls is the e-way bill details to generate one together with the IRN. Only `Distance` is
// required; `TransId` alone gives a Part-A e-way bill.
type EWBDtls struct {
	// Transporter GSTIN or TRANSIN.
	TransID *string `json:"TransId,omitempty"`
	// Transporter name.
	TransName *string    `json:"TransName,omitempty"`
	TransMode *TransMode `json:"TransMode,omitempty"`
	// Distance in km; 0 lets the IRP compute it from the PINs.
	Distance int64 `json:"Distance"`
	// Transport document number (rail, air, ship).
	TransDocNo *string `json:"TransDocNo,omitempty"`
	TransDocDt *string `json:"TransDocDt,omitempty"`
	// Vehicle number (road).
	VehNo   *string  `json:"VehNo,omitempty"`
	VehType *VehType `json:"VehType,omitempty"`
}

// EWBExtendedEvent is generated from #/components/schemas/EwbExtendedEvent.
type EWBExtendedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string  `json:"tenant,omitempty"`
	Data   EwayBill `json:"data"`
}

// EWBGeneratedEvent is generated from #/components/schemas/EwbGeneratedEvent.
type EWBGeneratedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string  `json:"tenant,omitempty"`
	Data   EwayBill `json:"data"`
}

// EWBStatus is an open enum: values this SDK version does not list decode without error.
//
// `part_a` generated without vehicle (no validity yet); `active`; `cancelled`; `expired`.
type EWBStatus string

const (
	EWBStatusPartA     EWBStatus = "part_a"
	EWBStatusActive    EWBStatus = "active"
	EWBStatusCancelled EWBStatus = "cancelled"
	EWBStatusExpired   EWBStatus = "expired"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v EWBStatus) IsKnown() bool {
	switch v {
	case EWBStatusPartA, EWBStatusActive, EWBStatusCancelled, EWBStatusExpired:
		return true
	}
	return false
}

// EWBVehicleUpdatedEvent is generated from #/components/schemas/EwbVehicleUpdatedEvent.
type EWBVehicleUpdatedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string  `json:"tenant,omitempty"`
	Data   EwayBill `json:"data"`
}

// ExpDtls is the export details; for `EXPWP`/`EXPWOP`.
type ExpDtls struct {
	// Shipping bill number.
	ShipBNo *string `json:"ShipBNo,omitempty"`
	ShipBDt *string `json:"ShipBDt,omitempty"`
	// Port code (e.g. `INBOM1`).
	Port *string `json:"Port,omitempty"`
	// `Y` when a refund is claimed.
	RefClm *ExpDtlsRefClm `json:"RefClm,omitempty"`
	// Foreign currency code (ISO 4217).
	ForCur *string `json:"ForCur,omitempty"`
	// Destination country (ISO 3166 alpha-2).
	CntCode *string `json:"CntCode,omitempty"`
	// Export duty.
	ExpDuty *float64 `json:"ExpDuty,omitempty"`
}

// ExpDtlsRefClm is an open enum: values this SDK version does not list decode without error.
//
// `Y` when a refund is claimed.
type ExpDtlsRefClm string

const (
	ExpDtlsRefClmYes ExpDtlsRefClm = "Y"
	ExpDtlsRefClmNo  ExpDtlsRefClm = "N"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v ExpDtlsRefClm) IsKnown() bool {
	switch v {
	case ExpDtlsRefClmYes, ExpDtlsRefClmNo:
		return true
	}
	return false
}

// ExportUsageGranularity is an open enum: values this SDK version does not list decode without
// error.
type ExportUsageGranularity string

const (
	ExportUsageGranularityDay   ExportUsageGranularity = "day"
	ExportUsageGranularityMonth ExportUsageGranularity = "month"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v ExportUsageGranularity) IsKnown() bool {
	switch v {
	case ExportUsageGranularityDay, ExportUsageGranularityMonth:
		return true
	}
	return false
}

// ExtendEWBRequest is the NIC `EXTENDVALIDITY` body (the e-way bill number comes from the path).
type ExtendEWBRequest struct {
	VehicleNo         *string            `json:"vehicleNo,omitempty"`
	FromPlace         string             `json:"fromPlace"`
	FromState         int64              `json:"fromState"`
	FromPincode       int64              `json:"fromPincode"`
	RemainingDistance int64              `json:"remainingDistance"`
	TransDocNo        *string            `json:"transDocNo,omitempty"`
	TransDocDate      *string            `json:"transDocDate,omitempty"`
	TransMode         ExtensionTransMode `json:"transMode"`
	ExtnRsnCode       ExtensionReason    `json:"extnRsnCode"`
	ExtnRemarks       string             `json:"extnRemarks"`
	ConsignmentStatus ConsignmentStatus  `json:"consignmentStatus"`
	TransitType       *TransitType       `json:"transitType,omitempty"`
	AddressLine1      *string            `json:"addressLine1,omitempty"`
	AddressLine2      *string            `json:"addressLine2,omitempty"`
	AddressLine3      *string            `json:"addressLine3,omitempty"`
}

// ExtensionReason is an open enum: values this SDK version does not list decode without error.
//
// Why validity is extended (NIC `extnRsnCode`): `1` natural calamity, `2` law and order, `4`
// transshipment, `5` accident, `99` others.
type ExtensionReason string

const (
	ExtensionReasonNaturalCalamity ExtensionReason = "1"
	ExtensionReasonLawAndOrder     ExtensionReason = "2"
	ExtensionReasonTransshipment   ExtensionReason = "4"
	ExtensionReasonAccident        ExtensionReason = "5"
	ExtensionReasonOthers          ExtensionReason = "99"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v ExtensionReason) IsKnown() bool {
	switch v {
	case ExtensionReasonNaturalCalamity, ExtensionReasonLawAndOrder, ExtensionReasonTransshipment, ExtensionReasonAccident, ExtensionReasonOthers:
		return true
	}
	return false
}

// ExtensionTransMode is an open enum: values this SDK version does not list decode without error.
//
// Transport mode of an extension (NIC `transMode`): `1` road, `2` rail, `3` air, `4` ship, `5` in
// transit (with `consignmentStatus` `T`).
type ExtensionTransMode string

const (
	ExtensionTransModeRoad      ExtensionTransMode = "1"
	ExtensionTransModeRail      ExtensionTransMode = "2"
	ExtensionTransModeAir       ExtensionTransMode = "3"
	ExtensionTransModeShip      ExtensionTransMode = "4"
	ExtensionTransModeInTransit ExtensionTransMode = "5"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v ExtensionTransMode) IsKnown() bool {
	switch v {
	case ExtensionTransModeRoad, ExtensionTransModeRail, ExtensionTransModeAir, ExtensionTransModeShip, ExtensionTransModeInTransit:
		return true
	}
	return false
}

// FieldError is one invalid field.
type FieldError struct {
	// JSON pointer (RFC 6901) into the request body, or `header:<name>` / `query:<name>`.
	Pointer string `json:"pointer"`
	// What is wrong.
	Detail string `json:"detail"`
	// Machine-readable reason (`required`, `pattern`, `maxLength`, ...).
	Code *string `json:"code,omitempty"`
}

// GenerateEWBRequest is the NIC Generate E-way Bill by IRN.
type GenerateEWBRequest struct {
	IRN string `json:"Irn"`
	// Distance in km; 0 to compute from the PINs.
	Distance  int64      `json:"Distance"`
	TransMode *TransMode `json:"TransMode,omitempty"`
	// Transporter GSTIN or TRANSIN.
	TransID     *string     `json:"TransId,omitempty"`
	TransName   *string     `json:"TransName,omitempty"`
	TransDocNo  *string     `json:"TransDocNo,omitempty"`
	TransDocDt  *string     `json:"TransDocDt,omitempty"`
	VehNo       *string     `json:"VehNo,omitempty"`
	VehType     *VehType    `json:"VehType,omitempty"`
	ExpShipDtls *EWBAddress `json:"ExpShipDtls,omitempty"`
	DispDtls    *EWBAddress `json:"DispDtls,omitempty"`
}

// GetUsageGranularity is an open enum: values this SDK version does not list decode without error.
type GetUsageGranularity string

const (
	GetUsageGranularityDay   GetUsageGranularity = "day"
	GetUsageGranularityMonth GetUsageGranularity = "month"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v GetUsageGranularity) IsKnown() bool {
	switch v {
	case GetUsageGranularityDay, GetUsageGranularityMonth:
		return true
	}
	return false
}

// GSPHealth is generated from #/components/schemas/GspHealth.
type GSPHealth struct {
	ID       string      `json:"id"`
	Name     *string     `json:"name,omitempty"`
	Priority *int64      `json:"priority,omitempty"`
	Status   HealthState `json:"status"`
	// `half_open`: the next call is a probe (the circuit was open for `GSP_HALF_OPEN_AFTER_MS`).
	Circuit   GSPHealthCircuit `json:"circuit"`
	LatencyMs *LatencySummary  `json:"latency_ms,omitempty"`
	// Share of failed calls over the last 5 minutes, since the circuit last closed.
	ErrorRate   *float64 `json:"error_rate,omitempty"`
	LastErrorAt *string  `json:"last_error_at,omitempty"`
}

// GSPHealthCircuit is an open enum: values this SDK version does not list decode without error.
//
// `half_open`: the next call is a probe (the circuit was open for `GSP_HALF_OPEN_AFTER_MS`).
type GSPHealthCircuit string

const (
	GSPHealthCircuitClosed   GSPHealthCircuit = "closed"
	GSPHealthCircuitOpen     GSPHealthCircuit = "open"
	GSPHealthCircuitHalfOpen GSPHealthCircuit = "half_open"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v GSPHealthCircuit) IsKnown() bool {
	switch v {
	case GSPHealthCircuitClosed, GSPHealthCircuitOpen, GSPHealthCircuitHalfOpen:
		return true
	}
	return false
}

// GSPRouteUser is a GSTIN's own API users on one GSP route. Passwords are never returned.
type GSPRouteUser struct {
	Object string `json:"object"`
	GSTIN  string `json:"gstin"`
	// The GSP route's name (`GET /v1/status` `gsps[].id`).
	Route string `json:"route"`
	// The e-invoice API user on this route.
	IRPUsername string `json:"irp_username"`
	// The e-way bill system user on this route; `null`: the e-invoice user is used.
	EWBUsername *string `json:"ewb_username"`
	// `refused`: the route refused this login on a document's call and is unusable for the GSTIN
	// until the users are replaced.
	Status GSPRouteUserStatus `json:"status"`
	// What the route answered (route name and NIC's code).
	RefusedReason *string `json:"refused_reason"`
	RefusedAt     *string `json:"refused_at"`
	CreatedAt     string  `json:"created_at"`
	UpdatedAt     string  `json:"updated_at"`
}

// GSPRouteUserList is generated from #/components/schemas/GspRouteUserList.
type GSPRouteUserList struct {
	Object string         `json:"object"`
	Data   []GSPRouteUser `json:"data"`
}

// GSPRouteUserStatus is an open enum: values this SDK version does not list decode without error.
//
// `refused`: the route refused this login on a document's call and is unusable for the GSTIN until
// the users are replaced.
type GSPRouteUserStatus string

const (
	GSPRouteUserStatusActive  GSPRouteUserStatus = "active"
	GSPRouteUserStatusRefused GSPRouteUserStatus = "refused"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v GSPRouteUserStatus) IsKnown() bool {
	switch v {
	case GSPRouteUserStatusActive, GSPRouteUserStatusRefused:
		return true
	}
	return false
}

// GSTIN is generated from #/components/schemas/Gstin.
type GSTIN struct {
	Object      string      `json:"object"`
	GSTIN       string      `json:"gstin"`
	Environment Environment `json:"environment"`
	Description *string     `json:"description,omitempty"`
	IRPUsername string      `json:"irp_username"`
	// An IRP password is stored (it is never returned).
	IRPPasswordSet bool  `json:"irp_password_set"`
	LargeTaxpayer  *bool `json:"large_taxpayer,omitempty"`
	// The tenant it belongs to (null: the account itself).
	Tenant    *string `json:"tenant,omitempty"`
	CreatedAt string  `json:"created_at"`
	UpdatedAt string  `json:"updated_at"`
}

// GSTINDetails is NIC's Get GSTIN Details response, field for field.
type GSTINDetails struct {
	GSTIN     string  `json:"Gstin"`
	TradeName *string `json:"TradeName,omitempty"`
	LegalName string  `json:"LegalName"`
	// Building name.
	AddrBnm *string `json:"AddrBnm,omitempty"`
	// Building number.
	AddrBno *string `json:"AddrBno,omitempty"`
	// Floor number.
	AddrFlno *string `json:"AddrFlno,omitempty"`
	// Street.
	AddrSt *string `json:"AddrSt,omitempty"`
	// Location.
	AddrLoc   *string `json:"AddrLoc,omitempty"`
	StateCode int64   `json:"StateCode"`
	AddrPncd  *int64  `json:"AddrPncd,omitempty"`
	// `REG` regular, `COM` composition, `SEZ`, `UN`, `ISD`, `TDS`, `TCS`, ...
	TxpType string `json:"TxpType"`
	// `ACT` active, `CNL` cancelled, `SUS` suspended, `INA` inactive.
	Status string `json:"Status"`
	// `B` blocked from generating e-invoices/e-way bills, `U` unblocked.
	BlkStatus *string `json:"BlkStatus,omitempty"`
	// Registration date `yyyy-MM-dd`.
	DtReg *string `json:"DtReg,omitempty"`
	// Cancellation date `yyyy-MM-dd`.
	DtDReg *string `json:"DtDReg,omitempty"`
}

// GSTINList is generated from #/components/schemas/GstinList.
type GSTINList struct {
	Object     string  `json:"object"`
	Data       []GSTIN `json:"data"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
}

// GstnError is one government-side error, with what to change.
type GstnError struct {
	// NIC error code (e.g. `2172`), or an e-way bill API code.
	Code string `json:"code"`
	// NIC's message.
	Message string `json:"message"`
	// What to change in the request to resolve it.
	Hint *string `json:"hint,omitempty"`
	// JSON pointer to the field concerned, when there is one.
	Pointer *string `json:"pointer,omitempty"`
}

// HealthState is an open enum: values this SDK version does not list decode without error.
//
// `operational`, `degraded` (slow or failing some calls), `down`. New values may be added.
type HealthState string

const (
	HealthStateOperational HealthState = "operational"
	HealthStateDegraded    HealthState = "degraded"
	HealthStateDown        HealthState = "down"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v HealthState) IsKnown() bool {
	switch v {
	case HealthStateOperational, HealthStateDegraded, HealthStateDown:
		return true
	}
	return false
}

// InfoDtl is NIC's `InfoDtls` entry: `DUPIRN` (duplicate; `Desc` holds AckNo, AckDt, Irn),
// `EWBERR` (the e-way bill part failed; `Desc` lists errors), `EWBPPD` (computed PIN-to-PIN
// distance), `ADDNLNFO`.
type InfoDtl struct {
	InfCd string `json:"InfCd"`
	// Free text, an object or an array, depending on `InfCd`.
	Desc any `json:"Desc,omitempty"`
}

// Invoice is the GST e-invoice as defined by GSTN/NIC schema INV-01 version 1.1. Do not send
// `Irn`; the IRP computes it.
type Invoice struct {
	// Schema version; `1.1`.
	Version    string     `json:"Version"`
	TranDtls   TranDtls   `json:"TranDtls"`
	DocDtls    DocDtls    `json:"DocDtls"`
	SellerDtls SellerDtls `json:"SellerDtls"`
	BuyerDtls  BuyerDtls  `json:"BuyerDtls"`
	DispDtls   *DispDtls  `json:"DispDtls,omitempty"`
	ShipDtls   *ShipDtls  `json:"ShipDtls,omitempty"`
	// Invoice lines; 1 to 1000 (2228 when empty, 2173 over the limit).
	ItemList []Item   `json:"ItemList"`
	ValDtls  ValDtls  `json:"ValDtls"`
	PayDtls  *PayDtls `json:"PayDtls,omitempty"`
	RefDtls  *RefDtls `json:"RefDtls,omitempty"`
	// Supporting documents.
	AddlDocDtls []AddlDocDtls `json:"AddlDocDtls,omitempty"`
	ExpDtls     *ExpDtls      `json:"ExpDtls,omitempty"`
	EWBDtls     *EWBDtls      `json:"EwbDtls,omitempty"`
}

// IRNCancelledEvent is generated from #/components/schemas/IrnCancelledEvent.
type IRNCancelledEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string     `json:"tenant,omitempty"`
	Data   IRNDocument `json:"data"`
}

// IRNDocument is an invoice or note as einvoice holds it: NIC's response fields (PascalCase,
// exactly as the IRP gives them) plus einvoice's envelope (snake_case). NIC fields are null until
// the IRN exists.
type IRNDocument struct {
	// einvoice's id of the document.
	ID      string         `json:"id"`
	Object  string         `json:"object"`
	Status  DocumentStatus `json:"status"`
	GSTIN   string         `json:"gstin"`
	DocType DocType        `json:"doc_type"`
	// `DocDtls.No` as sent.
	DocNo   string  `json:"doc_no"`
	DocDate string  `json:"doc_date"`
	IRN     *string `json:"Irn"`
	AckNo   *int64  `json:"AckNo"`
	// `yyyy-MM-dd HH:mm:ss` IST.
	AckDt *string `json:"AckDt"`
	// The IRP's RS256 JWT over the invoice (payload `data` is the invoice JSON with AckNo, AckDt
	// and Irn).
	SignedInvoice *string `json:"SignedInvoice"`
	// The IRP's RS256 JWT for the QR code (SellerGstin, BuyerGstin, DocNo, DocTyp, DocDt,
	// TotInvVal, ItemCnt, MainHsnCode, Irn, IrnDt); print it as the QR code.
	SignedQRCode *string `json:"SignedQRCode"`
	// `SignedInvoice` and `SignedQRCode` checked against NIC's signing certificates when the IRN
	// was recorded; null before an IRN exists (and for documents recorded before this check
	// existed).
	SignatureVerification *SignatureVerification `json:"signature_verification,omitempty"`
	// E-way bill number when `EwbDtls` produced one.
	EWBNo *int64 `json:"EwbNo"`
	// `yyyy-MM-dd HH:mm:ss` IST.
	EWBDt *string `json:"EwbDt"`
	// `yyyy-MM-dd HH:mm:ss` IST; null for Part-A only.
	EWBValidTill *string `json:"EwbValidTill"`
	Remarks      *string `json:"Remarks,omitempty"`
	// NIC's cancellation timestamp, `yyyy-MM-dd HH:mm:ss` IST.
	CancelDate *string `json:"CancelDate,omitempty"`
	// NIC's `InfoDtls` (e.g. `EWBERR` when the e-way bill part failed, `EWBPPD` with the computed
	// distance).
	Info []InfoDtl `json:"info,omitempty"`
	// Why a `failed` document was refused.
	GstnErrors []GstnError `json:"gstn_errors,omitempty"`
	// AckDt + 24 h: the last moment `cancelIrn` is allowed.
	CancellableUntil *string       `json:"cancellable_until,omitempty"`
	CancelledAt      *string       `json:"cancelled_at,omitempty"`
	CancelReason     *CancelReason `json:"cancel_reason,omitempty"`
	// The GSP route that carried the request.
	GSP *string `json:"gsp,omitempty"`
	// The IRP that issued the IRN (`NIC1`, `NIC2`, `SANDBOX`); follow-ups go there.
	IRP         *string      `json:"irp,omitempty"`
	Environment *Environment `json:"environment,omitempty"`
	CreatedAt   string       `json:"created_at"`
	UpdatedAt   string       `json:"updated_at"`
}

// IRNFailedEvent is generated from #/components/schemas/IrnFailedEvent.
type IRNFailedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string     `json:"tenant,omitempty"`
	Data   IRNDocument `json:"data"`
}

// IRNGeneratedEvent is generated from #/components/schemas/IrnGeneratedEvent.
type IRNGeneratedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string     `json:"tenant,omitempty"`
	Data   IRNDocument `json:"data"`
}

// IRPHealth is generated from #/components/schemas/IrpHealth.
type IRPHealth struct {
	// `NIC1`, `NIC2`, or `SANDBOX`.
	ID        string          `json:"id"`
	Status    HealthState     `json:"status"`
	LatencyMs *LatencySummary `json:"latency_ms,omitempty"`
	ErrorRate *float64        `json:"error_rate,omitempty"`
}

// Item is one invoice line. Arithmetic the IRP checks: TotAmt = Qty x UnitPrice (2192); AssAmt =
// TotAmt - Discount (2193); TotItemVal = AssAmt + taxes + cess + OthChrg (2194).
type Item struct {
	// Line number, unique within the invoice (2233).
	SlNo string `json:"SlNo"`
	// Product description.
	PrdDesc *string `json:"PrdDesc,omitempty"`
	// `Y` for a service (SAC code), `N` for goods.
	IsServc ItemIsServc `json:"IsServc"`
	// HSN or SAC code, 4, 6 or 8 digits, in the HSN master (2176).
	HsnCd string `json:"HsnCd"`
	// Barcode.
	Barcde *string `json:"Barcde,omitempty"`
	// Quantity; required for goods (2238).
	Qty *float64 `json:"Qty,omitempty"`
	// Free quantity.
	FreeQty *float64 `json:"FreeQty,omitempty"`
	// Unit quantity code (UQC) such as `NOS`, `KGS`, `BAG`; required for goods (2239), in the UQC
	// master (2177).
	Unit *string `json:"Unit,omitempty"`
	// Price per unit.
	UnitPrice float64 `json:"UnitPrice"`
	// Gross amount, Qty x UnitPrice.
	TotAmt float64 `json:"TotAmt"`
	// Discount.
	Discount *float64 `json:"Discount,omitempty"`
	// Pre-tax value.
	PreTaxVal *float64 `json:"PreTaxVal,omitempty"`
	// Taxable value, TotAmt - Discount.
	AssAmt float64 `json:"AssAmt"`
	// Combined GST rate in percent (IGST-equivalent).
	GstRt float64 `json:"GstRt"`
	// IGST amount.
	IGSTAmt *float64 `json:"IgstAmt,omitempty"`
	// CGST amount.
	CGSTAmt *float64 `json:"CgstAmt,omitempty"`
	// SGST/UTGST amount.
	SGSTAmt *float64 `json:"SgstAmt,omitempty"`
	// Cess rate in percent.
	CesRt *float64 `json:"CesRt,omitempty"`
	// Cess amount (ad valorem).
	CesAmt *float64 `json:"CesAmt,omitempty"`
	// Cess amount (non ad valorem).
	CesNonAdvlAmt *float64 `json:"CesNonAdvlAmt,omitempty"`
	// State cess rate in percent.
	StateCesRt *float64 `json:"StateCesRt,omitempty"`
	// State cess amount (ad valorem).
	StateCesAmt *float64 `json:"StateCesAmt,omitempty"`
	// State cess amount (non ad valorem).
	StateCesNonAdvlAmt *float64 `json:"StateCesNonAdvlAmt,omitempty"`
	// Other charges.
	OthChrg *float64 `json:"OthChrg,omitempty"`
	// Total item value including taxes.
	TotItemVal float64 `json:"TotItemVal"`
	// Order line reference.
	OrdLineRef *string `json:"OrdLineRef,omitempty"`
	// Country of origin (ISO 3166 alpha-2).
	OrgCntry *string `json:"OrgCntry,omitempty"`
	// Product serial number.
	PrdSlNo *string  `json:"PrdSlNo,omitempty"`
	BchDtls *BchDtls `json:"BchDtls,omitempty"`
	// Free attributes of the item.
	AttribDtls []AttribDtls `json:"AttribDtls,omitempty"`
}

// ItemIsServc is an open enum: values this SDK version does not list decode without error.
//
// `Y` for a service (SAC code), `N` for goods.
type ItemIsServc string

const (
	ItemIsServcYes ItemIsServc = "Y"
	ItemIsServcNo  ItemIsServc = "N"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v ItemIsServc) IsKnown() bool {
	switch v {
	case ItemIsServcYes, ItemIsServcNo:
		return true
	}
	return false
}

// LatencyBreakdown is the milliseconds spent in each stage of the call.
type LatencyBreakdown struct {
	Auth       *float64 `json:"auth,omitempty"`
	Validation *float64 `json:"validation,omitempty"`
	Queue      *float64 `json:"queue,omitempty"`
	Upstream   *float64 `json:"upstream,omitempty"`
	Storage    *float64 `json:"storage,omitempty"`
	Total      float64  `json:"total"`
}

// LatencySummary is generated from #/components/schemas/LatencySummary.
type LatencySummary struct {
	P50 *float64 `json:"p50,omitempty"`
	P99 *float64 `json:"p99,omitempty"`
}

// Metadata is the your own key-value pairs (at most 50 keys; keys up to 40 characters, values up
// to 500).
type Metadata struct {
}

// NewSecret is generated from #/components/schemas/NewSecret.
type NewSecret struct {
	Object   string `json:"object"`
	ClientID string `json:"client_id"`
	// The new secret. Shown once; store it now.
	ClientSecret string           `json:"client_secret"`
	Secret       CredentialSecret `json:"secret"`
}

// NoteGeneratedEvent is generated from #/components/schemas/NoteGeneratedEvent.
type NoteGeneratedEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string     `json:"tenant,omitempty"`
	Data   IRNDocument `json:"data"`
}

// NoteRequest is an INV-01 document of type `CRN` or `DBN`; `RefDtls.PrecDocDtls` must name the
// original invoice. Same fields as `Invoice`.
type NoteRequest struct {
	// Schema version; `1.1`.
	Version  string   `json:"Version"`
	TranDtls TranDtls `json:"TranDtls"`
	// Document details of the note.
	DocDtls    NoteRequestDocDtls `json:"DocDtls"`
	SellerDtls SellerDtls         `json:"SellerDtls"`
	BuyerDtls  BuyerDtls          `json:"BuyerDtls"`
	DispDtls   *DispDtls          `json:"DispDtls,omitempty"`
	ShipDtls   *ShipDtls          `json:"ShipDtls,omitempty"`
	// Note lines; 1 to 1000.
	ItemList []Item   `json:"ItemList"`
	ValDtls  ValDtls  `json:"ValDtls"`
	PayDtls  *PayDtls `json:"PayDtls,omitempty"`
	// References; `PrecDocDtls` names the original invoice.
	RefDtls     NoteRequestRefDtls `json:"RefDtls"`
	AddlDocDtls []AddlDocDtls      `json:"AddlDocDtls,omitempty"`
	ExpDtls     *ExpDtls           `json:"ExpDtls,omitempty"`
	// Refused on notes (2252/4010); present only so the IRP's own answer can be relayed.
	EWBDtls *EWBDtls `json:"EwbDtls,omitempty"`
}

// NoteRequestDocDtls is the document details of the note.
type NoteRequestDocDtls struct {
	// `CRN` credit note, `DBN` debit note.
	Typ NoteRequestDocDtlsTyp `json:"Typ"`
	// Note number.
	No string `json:"No"`
	Dt string `json:"Dt"`
}

// NoteRequestDocDtlsTyp is an open enum: values this SDK version does not list decode without
// error.
//
// `CRN` credit note, `DBN` debit note.
type NoteRequestDocDtlsTyp string

const (
	NoteRequestDocDtlsTypCrn NoteRequestDocDtlsTyp = "CRN"
	NoteRequestDocDtlsTypDbn NoteRequestDocDtlsTyp = "DBN"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v NoteRequestDocDtlsTyp) IsKnown() bool {
	switch v {
	case NoteRequestDocDtlsTypCrn, NoteRequestDocDtlsTypDbn:
		return true
	}
	return false
}

// NoteRequestRefDtls is the references; `PrecDocDtls` names the original invoice.
type NoteRequestRefDtls struct {
	// Remarks.
	InvRm       *string      `json:"InvRm,omitempty"`
	DocPerdDtls *DocPerdDtls `json:"DocPerdDtls,omitempty"`
	// The original invoice(s).
	PrecDocDtls []PrecDocDtls `json:"PrecDocDtls"`
	ContrDtls   []ContrDtls   `json:"ContrDtls,omitempty"`
}

// OAuthProblem is the token endpoint's error body (`application/json`, RFC 6749 §5.2): the problem
// members plus `error` and `error_description`, so OAuth libraries and problem readers both
// understand it.
type OAuthProblem struct {
	// Stable URI of the problem type; its page explains it.
	Type string `json:"type"`
	// Short summary, the same for every occurrence of the type.
	Title string `json:"title"`
	// The HTTP status code.
	Status int64 `json:"status"`
	// What went wrong this time; for humans, do not parse.
	Detail *string `json:"detail,omitempty"`
	// The request path.
	Instance *string `json:"instance,omitempty"`
	// Same as the `X-Request-Id` header.
	RequestID string `json:"request_id"`
	// Machine-readable problem code (`invalid_request`, `gstn_validation_failed`,
	// `idempotency_in_flight`, ...).
	Code *string `json:"code,omitempty"`
	// Field-level errors, each with a JSON pointer.
	Errors []FieldError `json:"errors,omitempty"`
	// Government-side error codes with NIC's message and a resolution hint.
	GstnErrors []GstnError    `json:"gstn_errors,omitempty"`
	Upstream   *UpstreamFault `json:"upstream,omitempty"`
	// For a duplicate document with different content, the fields that differ.
	Diff []OAuthProblemDiffItem `json:"diff,omitempty"`
	// The limit that was exceeded (413).
	Limit            *int64            `json:"limit,omitempty"`
	Error            OAuthProblemError `json:"error"`
	ErrorDescription *string           `json:"error_description,omitempty"`
}

// OAuthProblemDiffItem is generated from #/components/schemas/OAuthProblem/properties/diff/items.
type OAuthProblemDiffItem struct {
	Pointer string `json:"pointer"`
	// Value registered at the IRP.
	Existing any `json:"existing,omitempty"`
	// Value in this request.
	Requested any `json:"requested,omitempty"`
}

// OAuthProblemError is an open enum: values this SDK version does not list decode without error.
type OAuthProblemError string

const (
	OAuthProblemErrorInvalidRequest       OAuthProblemError = "invalid_request"
	OAuthProblemErrorInvalidClient        OAuthProblemError = "invalid_client"
	OAuthProblemErrorInvalidGrant         OAuthProblemError = "invalid_grant"
	OAuthProblemErrorUnauthorizedClient   OAuthProblemError = "unauthorized_client"
	OAuthProblemErrorUnsupportedGrantType OAuthProblemError = "unsupported_grant_type"
	OAuthProblemErrorInvalidScope         OAuthProblemError = "invalid_scope"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v OAuthProblemError) IsKnown() bool {
	switch v {
	case OAuthProblemErrorInvalidRequest, OAuthProblemErrorInvalidClient, OAuthProblemErrorInvalidGrant, OAuthProblemErrorUnauthorizedClient, OAuthProblemErrorUnsupportedGrantType, OAuthProblemErrorInvalidScope:
		return true
	}
	return false
}

// OnboardingFailure is generated from #/components/schemas/OnboardingFailure.
type OnboardingFailure struct {
	// NIC's code (1019 Incorrect Password, 1017 Invalid user name), or `irp_login_too_long`.
	Code string `json:"code"`
	// NIC's message.
	Message string `json:"message"`
}

// OnboardingLink is generated from #/components/schemas/OnboardingLink.
type OnboardingLink struct {
	ID     string `json:"id"`
	Object string `json:"object"`
	GSTIN  string `json:"gstin"`
	// The tenant the GSTIN belongs to; null for the account itself.
	Tenant      *string `json:"tenant"`
	Description *string `json:"description"`
	// The page to send to the business, with the one-time token in it. Only in the answer to
	// `createOnboardingLink`.
	URL *string `json:"url,omitempty"`
	// `pending`: usable (`failure` holds the IRP's last refusal, if any). `connected`: the IRP
	// accepted the user and it is stored (the link is spent). `failed`: 5 attempts were refused.
	// `expired`: not used before `expires_at`. `revoked`: by `revokeOnboardingLink`, or replaced
	// by a newer link for the GSTIN.
	Status OnboardingLinkStatus `json:"status"`
	// The IRP's last refusal of a user name or password entered on the page (never the password).
	Failure *OnboardingFailure `json:"failure"`
	// Refused attempts so far (the 5th turns the link `failed`).
	FailedAttempts int64   `json:"failed_attempts"`
	ExpiresAt      string  `json:"expires_at"`
	ConnectedAt    *string `json:"connected_at"`
	RevokedAt      *string `json:"revoked_at"`
	CreatedAt      string  `json:"created_at"`
}

// OnboardingLinkList is generated from #/components/schemas/OnboardingLinkList.
type OnboardingLinkList struct {
	Object     string           `json:"object"`
	Data       []OnboardingLink `json:"data"`
	HasMore    bool             `json:"has_more"`
	NextCursor *string          `json:"next_cursor"`
}

// OnboardingLinkStatus is an open enum: values this SDK version does not list decode without
// error.
//
// `pending`: usable (`failure` holds the IRP's last refusal, if any). `connected`: the IRP
// accepted the user and it is stored (the link is spent). `failed`: 5 attempts were refused.
// `expired`: not used before `expires_at`. `revoked`: by `revokeOnboardingLink`, or replaced by a
// newer link for the GSTIN.
type OnboardingLinkStatus string

const (
	OnboardingLinkStatusPending   OnboardingLinkStatus = "pending"
	OnboardingLinkStatusConnected OnboardingLinkStatus = "connected"
	OnboardingLinkStatusFailed    OnboardingLinkStatus = "failed"
	OnboardingLinkStatusExpired   OnboardingLinkStatus = "expired"
	OnboardingLinkStatusRevoked   OnboardingLinkStatus = "revoked"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v OnboardingLinkStatus) IsKnown() bool {
	switch v {
	case OnboardingLinkStatusPending, OnboardingLinkStatusConnected, OnboardingLinkStatusFailed, OnboardingLinkStatusExpired, OnboardingLinkStatusRevoked:
		return true
	}
	return false
}

// PayDtls is the payment details.
type PayDtls struct {
	// Payee name.
	Nm *string `json:"Nm,omitempty"`
	// Bank account number.
	AccDet *string `json:"AccDet,omitempty"`
	// Mode of payment.
	Mode *string `json:"Mode,omitempty"`
	// IFSC of the branch.
	FinInsBr *string `json:"FinInsBr,omitempty"`
	// Terms of payment.
	PayTerm *string `json:"PayTerm,omitempty"`
	// Payment instruction.
	PayInstr *string `json:"PayInstr,omitempty"`
	// Credit transfer.
	CrTrn *string `json:"CrTrn,omitempty"`
	// Direct debit.
	DirDr *string `json:"DirDr,omitempty"`
	// Credit days.
	CrDay *int64 `json:"CrDay,omitempty"`
	// Amount already paid.
	PaidAmt *float64 `json:"PaidAmt,omitempty"`
	// Amount due.
	PaymtDue *float64 `json:"PaymtDue,omitempty"`
}

// Plan is an open enum: values this SDK version does not list decode without error.
//
// Rate-limit plan: `developer` 10 requests/s, `standard` 100 requests/s, `custom` as agreed.
type Plan string

const (
	PlanDeveloper Plan = "developer"
	PlanStandard  Plan = "standard"
	PlanCustom    Plan = "custom"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v Plan) IsKnown() bool {
	switch v {
	case PlanDeveloper, PlanStandard, PlanCustom:
		return true
	}
	return false
}

// PrecDocDtls is a preceding document.
type PrecDocDtls struct {
	// Number of the preceding invoice (first character 1-9 or A-Z).
	InvNo string `json:"InvNo"`
	InvDt string `json:"InvDt"`
	// Other reference.
	OthRefNo *string `json:"OthRefNo,omitempty"`
}

// Problem is the RFC 9457 problem details. Clients must ignore members they do not know.
type Problem struct {
	// Stable URI of the problem type; its page explains it.
	Type string `json:"type"`
	// Short summary, the same for every occurrence of the type.
	Title string `json:"title"`
	// The HTTP status code.
	Status int64 `json:"status"`
	// What went wrong this time; for humans, do not parse.
	Detail *string `json:"detail,omitempty"`
	// The request path.
	Instance *string `json:"instance,omitempty"`
	// Same as the `X-Request-Id` header.
	RequestID string `json:"request_id"`
	// Machine-readable problem code (`invalid_request`, `gstn_validation_failed`,
	// `idempotency_in_flight`, ...).
	Code *string `json:"code,omitempty"`
	// Field-level errors, each with a JSON pointer.
	Errors []FieldError `json:"errors,omitempty"`
	// Government-side error codes with NIC's message and a resolution hint.
	GstnErrors []GstnError    `json:"gstn_errors,omitempty"`
	Upstream   *UpstreamFault `json:"upstream,omitempty"`
	// For a duplicate document with different content, the fields that differ.
	Diff []ProblemDiffItem `json:"diff,omitempty"`
	// The limit that was exceeded (413).
	Limit *int64 `json:"limit,omitempty"`
}

// ProblemDiffItem is generated from #/components/schemas/Problem/properties/diff/items.
type ProblemDiffItem struct {
	Pointer string `json:"pointer"`
	// Value registered at the IRP.
	Existing any `json:"existing,omitempty"`
	// Value in this request.
	Requested any `json:"requested,omitempty"`
}

// PutGSPRouteUserRequest is generated from #/components/schemas/PutGspRouteUserRequest.
type PutGSPRouteUserRequest struct {
	// The e-invoice API user created for this GSP (its name carries the GSP's suffix).
	IRPUsername string `json:"irp_username"`
	// Its password; encrypted at rest and never returned.
	IRPPassword string `json:"irp_password"`
	// The e-way bill system API user for this GSP; with ewb_password.
	EWBUsername *string `json:"ewb_username,omitempty"`
	// Its password; encrypted at rest and never returned.
	EWBPassword *string `json:"ewb_password,omitempty"`
}

// RefDtls is the references; `PrecDocDtls` names the original invoice of a credit or debit note.
type RefDtls struct {
	// Remarks.
	InvRm       *string      `json:"InvRm,omitempty"`
	DocPerdDtls *DocPerdDtls `json:"DocPerdDtls,omitempty"`
	// Preceding documents (the invoice a note amends).
	PrecDocDtls []PrecDocDtls `json:"PrecDocDtls,omitempty"`
	// Contract references.
	ContrDtls []ContrDtls `json:"ContrDtls,omitempty"`
}

// RegisterGSTINRequest is generated from #/components/schemas/RegisterGstinRequest.
type RegisterGSTINRequest struct {
	GSTIN string `json:"gstin"`
	// API user created on the e-invoice portal for your GSP: printable ASCII without spaces, as
	// the portal issues it. NIC's login carries the user name and the password in one RSA block,
	// so together they fit in 66 characters (`"` and `\` count twice); a longer pair is 422
	// `irp_login_too_long`, before any IRP call.
	IRPUsername string `json:"irp_username"`
	// Its password (printable ASCII without spaces); encrypted at rest and never returned.
	IRPPassword string  `json:"irp_password"`
	Description *string `json:"description,omitempty"`
	// AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does.
	LargeTaxpayer *bool `json:"large_taxpayer,omitempty"`
}

// RequestLog is generated from #/components/schemas/RequestLog.
type RequestLog struct {
	ID        string  `json:"id"`
	Object    string  `json:"object"`
	RequestID string  `json:"request_id"`
	GSTIN     *string `json:"gstin,omitempty"`
	ClientID  *string `json:"client_id,omitempty"`
	// The operationId called.
	Operation        string            `json:"operation"`
	Method           string            `json:"method"`
	Path             string            `json:"path"`
	Status           int64             `json:"status"`
	IdempotencyKey   *string           `json:"idempotency_key,omitempty"`
	Replayed         *bool             `json:"replayed,omitempty"`
	IRN              *string           `json:"irn,omitempty"`
	LatencyMs        LatencyBreakdown  `json:"latency_ms"`
	UpstreamAttempts []UpstreamAttempt `json:"upstream_attempts"`
	CreatedAt        string            `json:"created_at"`
	// The dated API version the call was answered in (null: refused before one was chosen).
	APIVersion *string `json:"api_version,omitempty"`
	// Deprecated request fields the call used.
	Warnings []APIWarning `json:"warnings,omitempty"`
	// The tenant it belongs to (null: the account itself).
	Tenant *string `json:"tenant,omitempty"`
	// The request body with secrets redacted; null when not kept.
	RequestBody any `json:"request_body"`
	// The response body with secrets redacted; null when not kept.
	ResponseBody any `json:"response_body"`
	// Set when the invoice went to the IRP in another NIC schema version than it was received in.
	SchemaTranslation *SchemaTranslation `json:"schema_translation,omitempty"`
}

// RequestLogList is generated from #/components/schemas/RequestLogList.
type RequestLogList struct {
	Object     string              `json:"object"`
	Data       []RequestLogSummary `json:"data"`
	HasMore    bool                `json:"has_more"`
	NextCursor *string             `json:"next_cursor"`
}

// RequestLogSummary is a request log as list pages carry it; the bodies are only in
// `getRequestLog` and the export.
type RequestLogSummary struct {
	ID        string  `json:"id"`
	Object    string  `json:"object"`
	RequestID string  `json:"request_id"`
	GSTIN     *string `json:"gstin,omitempty"`
	ClientID  *string `json:"client_id,omitempty"`
	// The operationId called.
	Operation        string            `json:"operation"`
	Method           string            `json:"method"`
	Path             string            `json:"path"`
	Status           int64             `json:"status"`
	IdempotencyKey   *string           `json:"idempotency_key,omitempty"`
	Replayed         *bool             `json:"replayed,omitempty"`
	IRN              *string           `json:"irn,omitempty"`
	LatencyMs        LatencyBreakdown  `json:"latency_ms"`
	UpstreamAttempts []UpstreamAttempt `json:"upstream_attempts"`
	CreatedAt        string            `json:"created_at"`
	// The dated API version the call was answered in (null: refused before one was chosen).
	APIVersion *string `json:"api_version,omitempty"`
	// Deprecated request fields the call used.
	Warnings []APIWarning `json:"warnings,omitempty"`
	// The tenant it belongs to (null: the account itself).
	Tenant *string `json:"tenant,omitempty"`
}

// RollAPIKeyRequest is generated from #/components/schemas/RollApiKeyRequest.
type RollAPIKeyRequest struct {
	// How long the old secret keeps working (0: it stops now).
	ExpiresInSeconds *int64 `json:"expires_in_seconds,omitempty"`
}

// RotateWebhookSecretRequest is generated from #/components/schemas/RotateWebhookSecretRequest.
type RotateWebhookSecretRequest struct {
	// How long the old secret keeps signing alongside the new one.
	GracePeriodSeconds *int64 `json:"grace_period_seconds,omitempty"`
}

// SandboxFault is generated from #/components/schemas/SandboxFault.
type SandboxFault struct {
	Mode SandboxFaultMode `json:"mode"`
	// How many of the next requests meet it; 0 clears it.
	Count int64 `json:"count"`
	// NIC error code, for `nic_error`.
	Code *string `json:"code,omitempty"`
}

// SandboxFaultMode is an open enum: values this SDK version does not list decode without error.
type SandboxFaultMode string

const (
	SandboxFaultModeDuplicate          SandboxFaultMode = "duplicate"
	SandboxFaultModeIRNExpired         SandboxFaultMode = "irn_expired"
	SandboxFaultModeTimeoutAfterCommit SandboxFaultMode = "timeout_after_commit"
	SandboxFaultModeGSPOutage          SandboxFaultMode = "gsp_outage"
	SandboxFaultModeNICError           SandboxFaultMode = "nic_error"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v SandboxFaultMode) IsKnown() bool {
	switch v {
	case SandboxFaultModeDuplicate, SandboxFaultModeIRNExpired, SandboxFaultModeTimeoutAfterCommit, SandboxFaultModeGSPOutage, SandboxFaultModeNICError:
		return true
	}
	return false
}

// SandboxFaults is generated from #/components/schemas/SandboxFaults.
type SandboxFaults struct {
	Object string                    `json:"object"`
	GSTIN  string                    `json:"gstin"`
	Faults []SandboxFaultsFaultsItem `json:"faults"`
}

// SandboxFaultsFaultsItem is generated from
// #/components/schemas/SandboxFaults/properties/faults/items.
type SandboxFaultsFaultsItem struct {
	Mode SandboxFaultMode `json:"mode"`
	// How many of the next requests meet it; 0 clears it.
	Count int64 `json:"count"`
	// NIC error code, for `nic_error`.
	Code      *string `json:"code,omitempty"`
	Remaining int64   `json:"remaining"`
}

// SandboxFaultsRequest is generated from #/components/schemas/SandboxFaultsRequest.
type SandboxFaultsRequest struct {
	Faults []SandboxFault `json:"faults"`
}

// SchemaTranslation is the invoice was sent to the IRP in another NIC schema version than it was
// received in.
type SchemaTranslation struct {
	// The NIC schema version of the request body.
	Received string `json:"received"`
	// The NIC schema version the IRP demanded.
	Sent string `json:"sent"`
	// The document as sent to the IRP, redacted like `request_body`.
	SentBody any `json:"sent_body"`
}

// Scope is an open enum: values this SDK version does not list decode without error.
//
// `irn:write`, `ewb:write`, `notes:write` or `read`.
type Scope string

const (
	ScopeIRNWrite   Scope = "irn:write"
	ScopeEWBWrite   Scope = "ewb:write"
	ScopeNotesWrite Scope = "notes:write"
	ScopeRead       Scope = "read"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v Scope) IsKnown() bool {
	switch v {
	case ScopeIRNWrite, ScopeEWBWrite, ScopeNotesWrite, ScopeRead:
		return true
	}
	return false
}

// SellerDtls is the supplier. `Gstin` must be the GSTIN of your access token.
type SellerDtls struct {
	GSTIN string `json:"Gstin"`
	// Legal name.
	LglNm string `json:"LglNm"`
	// Trade name.
	TrdNm *string `json:"TrdNm,omitempty"`
	// Address line 1.
	Addr1 string `json:"Addr1"`
	// Address line 2.
	Addr2 *string `json:"Addr2,omitempty"`
	// Location (city).
	Loc string `json:"Loc"`
	// 6-digit PIN code of the state in `Stcd`.
	Pin  int64  `json:"Pin"`
	Stcd string `json:"Stcd"`
	// Phone number, digits only.
	Ph *string `json:"Ph,omitempty"`
	// E-mail address.
	Em *string `json:"Em,omitempty"`
}

// ShipDtls is the ship-to address, when goods go somewhere other than the buyer's address.
type ShipDtls struct {
	// GSTIN of the ship-to party or `URP`.
	GSTIN *string `json:"Gstin,omitempty"`
	// Legal name.
	LglNm string `json:"LglNm"`
	// Trade name.
	TrdNm *string `json:"TrdNm,omitempty"`
	// Address line 1.
	Addr1 string `json:"Addr1"`
	// Address line 2.
	Addr2 *string `json:"Addr2,omitempty"`
	// Location (city).
	Loc string `json:"Loc"`
	// PIN code.
	Pin  int64  `json:"Pin"`
	Stcd string `json:"Stcd"`
}

// SignatureVerification is the whether the IRP's signed invoice and signed QR code verify with
// NIC's signing certificate named by the JWT header's `kid` (or `x5t`). `failed` does not undo the
// document: the IRN exists at the IRP and is returned as usual; the operator is alerted (error log
// and the `einvoice_signature_verification_failures_total` metric). Check the certificates
// configured for the environment (NIC rotates them) before trusting or printing a `failed`
// document's QR code. `unverified`: no certificates were configured for its environment.
type SignatureVerification struct {
	Status SignatureVerificationStatus `json:"status"`
	// Why it failed or was not checked (which JWT, which `kid`); null when verified.
	Reason *string `json:"reason"`
}

// SignatureVerificationStatus is an open enum: values this SDK version does not list decode
// without error.
type SignatureVerificationStatus string

const (
	SignatureVerificationStatusVerified   SignatureVerificationStatus = "verified"
	SignatureVerificationStatusFailed     SignatureVerificationStatus = "failed"
	SignatureVerificationStatusUnverified SignatureVerificationStatus = "unverified"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v SignatureVerificationStatus) IsKnown() bool {
	switch v {
	case SignatureVerificationStatusVerified, SignatureVerificationStatusFailed, SignatureVerificationStatusUnverified:
		return true
	}
	return false
}

// SigningKey is the RFC 9421 HTTP Message Signatures for this credential's requests: HMAC-SHA256
// over `"@method"`, `"@target-uri"` and, with a body, `"content-digest"` (RFC 9530), with
// `created`, `keyid` (the client id) and `alg`. Unsigned requests are accepted unless the
// credential has `require_signatures`; then they are refused with 401 `invalid_signature`. A
// signed request that does not verify (wrong key, changed body, `created` more than 300 s off) is
// refused with 401 `invalid_signature` and `WWW-Authenticate: Bearer error="invalid_token"`;
// Signature headers that cannot be read (one without the other, an unknown `alg`, other covered
// components) with 400 `invalid_signature` and `error="invalid_request"`. Refusals carry
// `Accept-Signature` (RFC 9421 §5.1). The token request is signed the same way. Shown once; the
// SDKs sign when given it.
type SigningKey struct {
	// The keyid to sign with (the client id).
	KeyID string `json:"key_id"`
	// The HMAC key, base64 (32 bytes).
	Secret string `json:"secret"`
	Alg    string `json:"alg"`
}

// Status is generated from #/components/schemas/Status.
type Status struct {
	Status    HealthState `json:"status"`
	UpdatedAt string      `json:"updated_at"`
	GSPs      []GSPHealth `json:"gsps"`
	IRPs      []IRPHealth `json:"irps"`
	// Documents, cancellations and e-way bill changes (cancel, Part-B, extension) on this server
	// whose outcome at the IRP is not yet known (a lost answer, a crash, an unresolved 2150),
	// which the reconciler is still resolving; an e-way bill change is counted while it is being
	// sent. It should stay near 0; a number that grows means the IRP is not answering reads.
	Unresolved int64 `json:"unresolved"`
}

// Tenant is generated from #/components/schemas/Tenant.
type Tenant struct {
	ID       string   `json:"id"`
	Object   string   `json:"object"`
	Name     string   `json:"name"`
	Metadata Metadata `json:"metadata"`
	Plan     Plan     `json:"plan"`
	// The plan's rate (requests/s): the default of credentials created under the tenant's GSTINs.
	RateLimitRPS int64  `json:"rate_limit_rps"`
	CreatedAt    string `json:"created_at"`
	UpdatedAt    string `json:"updated_at"`
}

// TenantList is generated from #/components/schemas/TenantList.
type TenantList struct {
	Object     string   `json:"object"`
	Data       []Tenant `json:"data"`
	HasMore    bool     `json:"has_more"`
	NextCursor *string  `json:"next_cursor"`
}

// TestClock is generated from #/components/schemas/TestClock.
type TestClock struct {
	ID     string `json:"id"`
	Object string `json:"object"`
	// Your label for the clock.
	Name       *string `json:"name"`
	FrozenTime string  `json:"frozen_time"`
	// `ready`: the GSTINs run at `frozen_time`. `advancing` is reserved for an advance that is
	// still being applied.
	Status TestClockStatus `json:"status"`
	// Every sandbox GSTIN of the account without a clock of its own follows this one.
	WholeAccount bool `json:"whole_account"`
	// The GSTINs attached to this clock.
	GSTINs    []string `json:"gstins"`
	CreatedAt string   `json:"created_at"`
}

// TestClockList is generated from #/components/schemas/TestClockList.
type TestClockList struct {
	Object     string      `json:"object"`
	Data       []TestClock `json:"data"`
	HasMore    bool        `json:"has_more"`
	NextCursor *string     `json:"next_cursor"`
}

// TestClockStatus is an open enum: values this SDK version does not list decode without error.
//
// `ready`: the GSTINs run at `frozen_time`. `advancing` is reserved for an advance that is still
// being applied.
type TestClockStatus string

const (
	TestClockStatusReady     TestClockStatus = "ready"
	TestClockStatusAdvancing TestClockStatus = "advancing"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v TestClockStatus) IsKnown() bool {
	switch v {
	case TestClockStatusReady, TestClockStatusAdvancing:
		return true
	}
	return false
}

// TokenRequest is generated from #/components/schemas/TokenRequest.
type TokenRequest struct {
	// Always `client_credentials`.
	GrantType string `json:"grant_type"`
	// Space-separated scopes; a subset of the credential's (default: all of them).
	Scope *string `json:"scope,omitempty"`
	// Only when not using HTTP Basic.
	ClientID *string `json:"client_id,omitempty"`
	// Deprecated (sunset 2027-03-05): authenticate with HTTP Basic instead (RFC 6749 §2.3.1).
	// Still accepted until then; a request that sends it gets a `warnings` entry and the
	// `Deprecation`/`Sunset` headers.
	ClientSecret *string `json:"client_secret,omitempty"`
}

// TokenResponse is generated from #/components/schemas/TokenResponse.
type TokenResponse struct {
	// Opaque bearer token for the credential's GSTIN.
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	// Lifetime in seconds (15 minutes by default).
	ExpiresIn int64 `json:"expires_in"`
	// Granted scopes, space-separated.
	Scope string `json:"scope"`
	// Present when the request used a deprecated field (the form's `client_secret`).
	Warnings []APIWarning `json:"warnings,omitempty"`
}

// TranDtls is the transaction details.
type TranDtls struct {
	// Tax scheme; always `GST`.
	TaxSch string `json:"TaxSch"`
	// Supply type. `B2B`; `SEZWP`/`SEZWOP` supply to SEZ with/without payment; `EXPWP`/`EXPWOP`
	// export with/without payment; `DEXP` deemed export.
	SupTyp TranDtlsSupTyp `json:"SupTyp"`
	// `Y` when tax is payable on reverse charge.
	RegRev *TranDtlsRegRev `json:"RegRev,omitempty"`
	// GSTIN of the e-commerce operator, when the supply is through one.
	EcmGSTIN *string `json:"EcmGstin,omitempty"`
	// `Y` for an intra-state supply on which IGST is charged (e.g. supplies under section 7(5)).
	IGSTOnIntra *TranDtlsIGSTOnIntra `json:"IgstOnIntra,omitempty"`
}

// TranDtlsIGSTOnIntra is an open enum: values this SDK version does not list decode without error.
//
// `Y` for an intra-state supply on which IGST is charged (e.g. supplies under section 7(5)).
type TranDtlsIGSTOnIntra string

const (
	TranDtlsIGSTOnIntraYes TranDtlsIGSTOnIntra = "Y"
	TranDtlsIGSTOnIntraNo  TranDtlsIGSTOnIntra = "N"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v TranDtlsIGSTOnIntra) IsKnown() bool {
	switch v {
	case TranDtlsIGSTOnIntraYes, TranDtlsIGSTOnIntraNo:
		return true
	}
	return false
}

// TranDtlsRegRev is an open enum: values this SDK version does not list decode without error.
//
// `Y` when tax is payable on reverse charge.
type TranDtlsRegRev string

const (
	TranDtlsRegRevYes TranDtlsRegRev = "Y"
	TranDtlsRegRevNo  TranDtlsRegRev = "N"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v TranDtlsRegRev) IsKnown() bool {
	switch v {
	case TranDtlsRegRevYes, TranDtlsRegRevNo:
		return true
	}
	return false
}

// TranDtlsSupTyp is an open enum: values this SDK version does not list decode without error.
//
// Supply type. `B2B`; `SEZWP`/`SEZWOP` supply to SEZ with/without payment; `EXPWP`/`EXPWOP` export
// with/without payment; `DEXP` deemed export.
type TranDtlsSupTyp string

const (
	TranDtlsSupTypB2B    TranDtlsSupTyp = "B2B"
	TranDtlsSupTypSezwp  TranDtlsSupTyp = "SEZWP"
	TranDtlsSupTypSezwop TranDtlsSupTyp = "SEZWOP"
	TranDtlsSupTypExpwp  TranDtlsSupTyp = "EXPWP"
	TranDtlsSupTypExpwop TranDtlsSupTyp = "EXPWOP"
	TranDtlsSupTypDexp   TranDtlsSupTyp = "DEXP"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v TranDtlsSupTyp) IsKnown() bool {
	switch v {
	case TranDtlsSupTypB2B, TranDtlsSupTypSezwp, TranDtlsSupTypSezwop, TranDtlsSupTypExpwp, TranDtlsSupTypExpwop, TranDtlsSupTypDexp:
		return true
	}
	return false
}

// TransMode is an open enum: values this SDK version does not list decode without error.
//
// `1` road, `2` rail, `3` air, `4` ship.
type TransMode string

const (
	TransModeRoad TransMode = "1"
	TransModeRail TransMode = "2"
	TransModeAir  TransMode = "3"
	TransModeShip TransMode = "4"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v TransMode) IsKnown() bool {
	switch v {
	case TransModeRoad, TransModeRail, TransModeAir, TransModeShip:
		return true
	}
	return false
}

// TransitType is an open enum: values this SDK version does not list decode without error.
//
// Where goods in transit are (with `consignmentStatus` `T`): `R` road, `W` warehouse, `O` others.
type TransitType string

const (
	TransitTypeRoad      TransitType = "R"
	TransitTypeWarehouse TransitType = "W"
	TransitTypeOthers    TransitType = "O"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v TransitType) IsKnown() bool {
	switch v {
	case TransitTypeRoad, TransitTypeWarehouse, TransitTypeOthers:
		return true
	}
	return false
}

// UpdateEWBVehicleRequest is the NIC `VEHEWB` body (the e-way bill number comes from the path).
type UpdateEWBVehicleRequest struct {
	// Required for road.
	VehicleNo  *string             `json:"vehicleNo,omitempty"`
	FromPlace  string              `json:"fromPlace"`
	FromState  int64               `json:"fromState"`
	ReasonCode VehicleUpdateReason `json:"reasonCode"`
	// Remarks on the reason; NIC requires them.
	ReasonRem string `json:"reasonRem"`
	// Required for rail, air and ship.
	TransDocNo   *string   `json:"transDocNo,omitempty"`
	TransDocDate *string   `json:"transDocDate,omitempty"`
	TransMode    TransMode `json:"transMode"`
	VehicleType  *VehType  `json:"vehicleType,omitempty"`
}

// UpdateGSTINRequest is the members to change; at least one.
type UpdateGSTINRequest struct {
	// A new IRP API user name (checked against the IRP with the password).
	IRPUsername *string `json:"irp_username,omitempty"`
	// A new password for the IRP user; encrypted at rest and never returned.
	IRPPassword *string `json:"irp_password,omitempty"`
	// A note for your records; `null` clears it, leaving it out keeps it.
	Description Nullable[string] `json:"description"`
	// AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does.
	LargeTaxpayer *bool `json:"large_taxpayer,omitempty"`
}

// MarshalJSON leaves out the Nullable fields that are absent and sends the others (null or a value).
func (r UpdateGSTINRequest) MarshalJSON() ([]byte, error) {
	type plain UpdateGSTINRequest
	return marshalWithout(plain(r), map[string]bool{"description": r.Description.IsAbsent()})
}

// UpdateTenantRequest is generated from #/components/schemas/UpdateTenantRequest.
type UpdateTenantRequest struct {
	Name *string `json:"name,omitempty"`
	// Merged into the tenant's; a key set to an empty string is removed.
	Metadata map[string]string `json:"metadata,omitempty"`
	Plan     *Plan             `json:"plan,omitempty"`
	// With plan custom only.
	RateLimitRPS *int64 `json:"rate_limit_rps,omitempty"`
}

// UpdateWebhookEndpointRequest is generated from
// #/components/schemas/UpdateWebhookEndpointRequest.
type UpdateWebhookEndpointRequest struct {
	URL         *string       `json:"url,omitempty"`
	Description *string       `json:"description,omitempty"`
	Events      []EventFilter `json:"events,omitempty"`
	GSTINs      []string      `json:"gstins,omitempty"`
	Enabled     *bool         `json:"enabled,omitempty"`
}

// UpstreamAttempt is one attempt on the government side.
type UpstreamAttempt struct {
	GSP string  `json:"gsp"`
	IRP *string `json:"irp,omitempty"`
	// HTTP status from the GSP; null without an answer.
	Status    *int64                 `json:"status,omitempty"`
	NICCode   *string                `json:"nic_code,omitempty"`
	LatencyMs float64                `json:"latency_ms"`
	Outcome   UpstreamAttemptOutcome `json:"outcome"`
	StartedAt string                 `json:"started_at"`
}

// UpstreamAttemptOutcome is an open enum: values this SDK version does not list decode without
// error.
type UpstreamAttemptOutcome string

const (
	UpstreamAttemptOutcomeSuccess         UpstreamAttemptOutcome = "success"
	UpstreamAttemptOutcomeNICError        UpstreamAttemptOutcome = "nic_error"
	UpstreamAttemptOutcomeTimeout         UpstreamAttemptOutcome = "timeout"
	UpstreamAttemptOutcomeConnectionError UpstreamAttemptOutcome = "connection_error"
	UpstreamAttemptOutcomeHTTPError       UpstreamAttemptOutcome = "http_error"
	UpstreamAttemptOutcomeCircuitOpen     UpstreamAttemptOutcome = "circuit_open"
	UpstreamAttemptOutcomeReconciled      UpstreamAttemptOutcome = "reconciled"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v UpstreamAttemptOutcome) IsKnown() bool {
	switch v {
	case UpstreamAttemptOutcomeSuccess, UpstreamAttemptOutcomeNICError, UpstreamAttemptOutcomeTimeout, UpstreamAttemptOutcomeConnectionError, UpstreamAttemptOutcomeHTTPError, UpstreamAttemptOutcomeCircuitOpen, UpstreamAttemptOutcomeReconciled:
		return true
	}
	return false
}

// UpstreamFault is what the government side (or einvoice on its behalf) said.
type UpstreamFault struct {
	// `IRP`, `GSP` or `einvoice` (refused locally before any upstream call).
	System *string `json:"system,omitempty"`
	// The GSP route used, if any.
	Partner *string `json:"partner,omitempty"`
	// The upstream code.
	Code *string `json:"code,omitempty"`
	// The upstream message.
	Message *string `json:"message,omitempty"`
	// Whether retrying the same request can succeed.
	Retryable *bool `json:"retryable,omitempty"`
}

// Usage is generated from #/components/schemas/Usage.
type Usage struct {
	Object string `json:"object"`
	// The tenant counted; null for the whole account.
	Tenant      *string          `json:"tenant"`
	Granularity UsageGranularity `json:"granularity"`
	// First IST day counted (YYYY-MM-DD).
	From string `json:"from"`
	// Last IST day counted (YYYY-MM-DD), inclusive.
	To string `json:"to"`
	// Every period of the range, oldest first.
	Data   []UsagePeriod `json:"data"`
	Totals UsageCounters `json:"totals"`
}

// UsageCounters is the metered calls, successful (2xx) and not replayed, by what they did.
type UsageCounters struct {
	// Invoices registered (`generateIrn`).
	IRNsGenerated int64 `json:"irns_generated"`
	// E-way bills generated (`generateEwb`).
	EWBsGenerated int64 `json:"ewbs_generated"`
	// IRNs and e-way bills cancelled (`cancelIrn`, `cancelEwb`).
	Cancellations int64 `json:"cancellations"`
	// Credit and debit notes registered (`generateNote`).
	Notes int64 `json:"notes"`
	// Documents accepted by bulk jobs (`bulkGenerateIrn`), per record.
	BulkRecords int64 `json:"bulk_records"`
	// `getIrn`, `getIrnByDocument`, `getEwb`, `listDocuments`, `exportDocuments`.
	ReconciliationReads int64 `json:"reconciliation_reads"`
	// Every other authenticated call (administration, logs, webhooks, tokens...).
	OtherCalls int64 `json:"other_calls"`
}

// UsageGranularity is an open enum: values this SDK version does not list decode without error.
type UsageGranularity string

const (
	UsageGranularityDay   UsageGranularity = "day"
	UsageGranularityMonth UsageGranularity = "month"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v UsageGranularity) IsKnown() bool {
	switch v {
	case UsageGranularityDay, UsageGranularityMonth:
		return true
	}
	return false
}

// UsagePeriod is generated from #/components/schemas/UsagePeriod.
type UsagePeriod struct {
	// The IST calendar day (YYYY-MM-DD) or month (YYYY-MM).
	Period string `json:"period"`
	// Invoices registered (`generateIrn`).
	IRNsGenerated int64 `json:"irns_generated"`
	// E-way bills generated (`generateEwb`).
	EWBsGenerated int64 `json:"ewbs_generated"`
	// IRNs and e-way bills cancelled (`cancelIrn`, `cancelEwb`).
	Cancellations int64 `json:"cancellations"`
	// Credit and debit notes registered (`generateNote`).
	Notes int64 `json:"notes"`
	// Documents accepted by bulk jobs (`bulkGenerateIrn`), per record.
	BulkRecords int64 `json:"bulk_records"`
	// `getIrn`, `getIrnByDocument`, `getEwb`, `listDocuments`, `exportDocuments`.
	ReconciliationReads int64 `json:"reconciliation_reads"`
	// Every other authenticated call (administration, logs, webhooks, tokens...).
	OtherCalls int64 `json:"other_calls"`
}

// ValDtls is the invoice totals. Each must equal the sum over items (2182-2188); TotInvVal =
// AssVal + CgstVal + SgstVal + IgstVal + CesVal + StCesVal + OthChrg - Discount + RndOffAmt within
// 1 rupee (2189).
type ValDtls struct {
	// Total taxable value.
	AssVal float64 `json:"AssVal"`
	// Total CGST.
	CGSTVal *float64 `json:"CgstVal,omitempty"`
	// Total SGST/UTGST.
	SGSTVal *float64 `json:"SgstVal,omitempty"`
	// Total IGST.
	IGSTVal *float64 `json:"IgstVal,omitempty"`
	// Total cess.
	CesVal *float64 `json:"CesVal,omitempty"`
	// Total state cess.
	StCesVal *float64 `json:"StCesVal,omitempty"`
	// Invoice-level discount.
	Discount *float64 `json:"Discount,omitempty"`
	// Invoice-level other charges.
	OthChrg *float64 `json:"OthChrg,omitempty"`
	// Round-off amount.
	RndOffAmt *float64 `json:"RndOffAmt,omitempty"`
	// Total invoice value.
	TotInvVal float64 `json:"TotInvVal"`
	// Total invoice value in foreign currency (exports).
	TotInvValFc *float64 `json:"TotInvValFc,omitempty"`
}

// VehType is an open enum: values this SDK version does not list decode without error.
//
// `R` regular, `O` over-dimensional cargo.
type VehType string

const (
	VehTypeRegular              VehType = "R"
	VehTypeOverDimensionalCargo VehType = "O"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v VehType) IsKnown() bool {
	switch v {
	case VehTypeRegular, VehTypeOverDimensionalCargo:
		return true
	}
	return false
}

// VehicleEntry is generated from #/components/schemas/VehicleEntry.
type VehicleEntry struct {
	VehicleNo  *string `json:"vehicleNo,omitempty"`
	TransDocNo *string `json:"transDocNo,omitempty"`
	TransMode  *string `json:"transMode,omitempty"`
	FromPlace  *string `json:"fromPlace,omitempty"`
	FromState  *int64  `json:"fromState,omitempty"`
	ReasonCode *string `json:"reasonCode,omitempty"`
	EnteredAt  string  `json:"entered_at"`
}

// VehicleUpdateReason is an open enum: values this SDK version does not list decode without error.
//
// Why Part-B changes (NIC `reasonCode`): `1` breakdown, `2` transshipment, `3` others, `4` first
// time.
type VehicleUpdateReason string

const (
	VehicleUpdateReasonBreakdown     VehicleUpdateReason = "1"
	VehicleUpdateReasonTransshipment VehicleUpdateReason = "2"
	VehicleUpdateReasonOthers        VehicleUpdateReason = "3"
	VehicleUpdateReasonFirstTime     VehicleUpdateReason = "4"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v VehicleUpdateReason) IsKnown() bool {
	switch v {
	case VehicleUpdateReasonBreakdown, VehicleUpdateReasonTransshipment, VehicleUpdateReasonOthers, VehicleUpdateReasonFirstTime:
		return true
	}
	return false
}

// WebhookDelivery is generated from #/components/schemas/WebhookDelivery.
type WebhookDelivery struct {
	ID         string `json:"id"`
	Object     string `json:"object"`
	EndpointID string `json:"endpoint_id"`
	// The `webhook-id` header value; unchanged on retries and replays.
	EventID       string            `json:"event_id"`
	EventType     EventType         `json:"event_type"`
	Status        DeliveryStatus    `json:"status"`
	AttemptCount  int64             `json:"attempt_count"`
	NextAttemptAt *string           `json:"next_attempt_at,omitempty"`
	Attempts      []DeliveryAttempt `json:"attempts"`
	CreatedAt     string            `json:"created_at"`
}

// WebhookDeliveryList is generated from #/components/schemas/WebhookDeliveryList.
type WebhookDeliveryList struct {
	Object     string            `json:"object"`
	Data       []WebhookDelivery `json:"data"`
	HasMore    bool              `json:"has_more"`
	NextCursor *string           `json:"next_cursor"`
}

// WebhookEndpoint is generated from #/components/schemas/WebhookEndpoint.
type WebhookEndpoint struct {
	ID          string        `json:"id"`
	Object      string        `json:"object"`
	URL         string        `json:"url"`
	Description *string       `json:"description,omitempty"`
	Events      []EventFilter `json:"events"`
	GSTINs      []string      `json:"gstins"`
	Enabled     bool          `json:"enabled"`
	// `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as
	// `enabled`.
	Status WebhookEndpointStatus `json:"status"`
	// Why it is disabled: `manual` (through the API) or `failing` (automatically, after every
	// attempt failed for the configured period, 5 days by default). Null when enabled.
	DisabledReason *WebhookEndpointDisabledReason `json:"disabled_reason"`
	// When it was disabled; null when enabled.
	DisabledAt *string `json:"disabled_at"`
	// The first failed attempt since the last successful one; null while the endpoint is healthy.
	// It is disabled automatically when this is older than the configured period.
	FailingSince *string `json:"failing_since"`
	// Created under a tenant: receives only that tenant's events. null: a platform-level endpoint,
	// every event of the account.
	Tenant    *string `json:"tenant,omitempty"`
	CreatedAt string  `json:"created_at"`
	UpdatedAt string  `json:"updated_at"`
}

// WebhookEndpointDisabledEvent is generated from
// #/components/schemas/WebhookEndpointDisabledEvent.
type WebhookEndpointDisabledEvent struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	// The tenant the event belongs to (its GSTIN's); null: the account itself.
	Tenant *string         `json:"tenant,omitempty"`
	Data   WebhookEndpoint `json:"data"`
}

// WebhookEndpointDisabledReason is an open enum: values this SDK version does not list decode
// without error.
//
// Why it is disabled: `manual` (through the API) or `failing` (automatically, after every attempt
// failed for the configured period, 5 days by default). Null when enabled.
type WebhookEndpointDisabledReason string

const (
	WebhookEndpointDisabledReasonManual  WebhookEndpointDisabledReason = "manual"
	WebhookEndpointDisabledReasonFailing WebhookEndpointDisabledReason = "failing"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v WebhookEndpointDisabledReason) IsKnown() bool {
	switch v {
	case WebhookEndpointDisabledReasonManual, WebhookEndpointDisabledReasonFailing:
		return true
	}
	return false
}

// WebhookEndpointList is generated from #/components/schemas/WebhookEndpointList.
type WebhookEndpointList struct {
	Object     string            `json:"object"`
	Data       []WebhookEndpoint `json:"data"`
	HasMore    bool              `json:"has_more"`
	NextCursor *string           `json:"next_cursor"`
}

// WebhookEndpointStatus is an open enum: values this SDK version does not list decode without
// error.
//
// `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as `enabled`.
type WebhookEndpointStatus string

const (
	WebhookEndpointStatusEnabled  WebhookEndpointStatus = "enabled"
	WebhookEndpointStatusDisabled WebhookEndpointStatus = "disabled"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v WebhookEndpointStatus) IsKnown() bool {
	switch v {
	case WebhookEndpointStatusEnabled, WebhookEndpointStatusDisabled:
		return true
	}
	return false
}

// WebhookEndpointWithSecret is an endpoint with its signing secret, shown on creation and rotation
// only.
type WebhookEndpointWithSecret struct {
	ID          string        `json:"id"`
	Object      string        `json:"object"`
	URL         string        `json:"url"`
	Description *string       `json:"description,omitempty"`
	Events      []EventFilter `json:"events"`
	GSTINs      []string      `json:"gstins"`
	Enabled     bool          `json:"enabled"`
	// `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as
	// `enabled`.
	Status WebhookEndpointWithSecretStatus `json:"status"`
	// Why it is disabled: `manual` (through the API) or `failing` (automatically, after every
	// attempt failed for the configured period, 5 days by default). Null when enabled.
	DisabledReason *WebhookEndpointWithSecretDisabledReason `json:"disabled_reason"`
	// When it was disabled; null when enabled.
	DisabledAt *string `json:"disabled_at"`
	// The first failed attempt since the last successful one; null while the endpoint is healthy.
	// It is disabled automatically when this is older than the configured period.
	FailingSince *string `json:"failing_since"`
	// Created under a tenant: receives only that tenant's events. null: a platform-level endpoint,
	// every event of the account.
	Tenant    *string `json:"tenant,omitempty"`
	CreatedAt string  `json:"created_at"`
	UpdatedAt string  `json:"updated_at"`
	// Standard Webhooks secret: `whsec_` + base64 key.
	Secret string `json:"secret"`
	// Until then deliveries are also signed with the previous secret.
	PreviousSecretExpiresAt *string `json:"previous_secret_expires_at,omitempty"`
}

// WebhookEndpointWithSecretDisabledReason is an open enum: values this SDK version does not list
// decode without error.
//
// Why it is disabled: `manual` (through the API) or `failing` (automatically, after every attempt
// failed for the configured period, 5 days by default). Null when enabled.
type WebhookEndpointWithSecretDisabledReason string

const (
	WebhookEndpointWithSecretDisabledReasonManual  WebhookEndpointWithSecretDisabledReason = "manual"
	WebhookEndpointWithSecretDisabledReasonFailing WebhookEndpointWithSecretDisabledReason = "failing"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v WebhookEndpointWithSecretDisabledReason) IsKnown() bool {
	switch v {
	case WebhookEndpointWithSecretDisabledReasonManual, WebhookEndpointWithSecretDisabledReasonFailing:
		return true
	}
	return false
}

// WebhookEndpointWithSecretStatus is an open enum: values this SDK version does not list decode
// without error.
//
// `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as `enabled`.
type WebhookEndpointWithSecretStatus string

const (
	WebhookEndpointWithSecretStatusEnabled  WebhookEndpointWithSecretStatus = "enabled"
	WebhookEndpointWithSecretStatusDisabled WebhookEndpointWithSecretStatus = "disabled"
)

// IsKnown reports whether v is one of the values this SDK version knows.
func (v WebhookEndpointWithSecretStatus) IsKnown() bool {
	switch v {
	case WebhookEndpointWithSecretStatusEnabled, WebhookEndpointWithSecretStatusDisabled:
		return true
	}
	return false
}

// WebhookEvent is any webhook payload, told apart by "type". ParseWebhookEvent decodes one; an event
// type this SDK version does not know decodes to *UnknownWebhookEvent with the raw payload.
type WebhookEvent interface {
	EventType() string
}

// UnknownWebhookEvent is an event type newer than this SDK version.
type UnknownWebhookEvent struct {
	Type string          `json:"type"`
	Raw  json.RawMessage `json:"-"`
}

// EventType returns the event's "type".
func (e *UnknownWebhookEvent) EventType() string { return e.Type }

// EventType returns "irn.generated".
func (e *IRNGeneratedEvent) EventType() string { return "irn.generated" }

// EventType returns "irn.failed".
func (e *IRNFailedEvent) EventType() string { return "irn.failed" }

// EventType returns "irn.cancelled".
func (e *IRNCancelledEvent) EventType() string { return "irn.cancelled" }

// EventType returns "note.generated".
func (e *NoteGeneratedEvent) EventType() string { return "note.generated" }

// EventType returns "ewb.generated".
func (e *EWBGeneratedEvent) EventType() string { return "ewb.generated" }

// EventType returns "ewb.vehicle_updated".
func (e *EWBVehicleUpdatedEvent) EventType() string { return "ewb.vehicle_updated" }

// EventType returns "ewb.extended".
func (e *EWBExtendedEvent) EventType() string { return "ewb.extended" }

// EventType returns "ewb.cancelled".
func (e *EWBCancelledEvent) EventType() string { return "ewb.cancelled" }

// EventType returns "bulk.completed".
func (e *BulkCompletedEvent) EventType() string { return "bulk.completed" }

// EventType returns "webhook_endpoint.disabled".
func (e *WebhookEndpointDisabledEvent) EventType() string { return "webhook_endpoint.disabled" }

// ParseWebhookEvent decodes a verified webhook body into its event struct.
func ParseWebhookEvent(payload []byte) (WebhookEvent, error) {
	var head struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(payload, &head); err != nil {
		return nil, err
	}
	var event WebhookEvent
	switch head.Type {
	case "irn.generated":
		event = &IRNGeneratedEvent{}
	case "irn.failed":
		event = &IRNFailedEvent{}
	case "irn.cancelled":
		event = &IRNCancelledEvent{}
	case "note.generated":
		event = &NoteGeneratedEvent{}
	case "ewb.generated":
		event = &EWBGeneratedEvent{}
	case "ewb.vehicle_updated":
		event = &EWBVehicleUpdatedEvent{}
	case "ewb.extended":
		event = &EWBExtendedEvent{}
	case "ewb.cancelled":
		event = &EWBCancelledEvent{}
	case "bulk.completed":
		event = &BulkCompletedEvent{}
	case "webhook_endpoint.disabled":
		event = &WebhookEndpointDisabledEvent{}
	default:
		return &UnknownWebhookEvent{Type: head.Type, Raw: append(json.RawMessage(nil), payload...)}, nil
	}
	if err := json.Unmarshal(payload, event); err != nil {
		return nil, err
	}
	return event, nil
}
