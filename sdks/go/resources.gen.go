// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

import (
	"context"
	"net/url"
	"strconv"

	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

var _ = strconv.Itoa // not every spec has numeric query parameters

// OAuthService groups the oauth operations.
type OAuthService struct {
	c *Client
}

// CreateToken returns an access token for one GSTIN.
//
// OAuth 2.0 client credentials grant (RFC 6749 §4.4). Authenticate the client with HTTP Basic
// (`client_id:client_secret`, preferred) or with `client_id` and `client_secret` form fields;
// never in the query string. The token acts for the credential's GSTIN only, carries the requested
// `scope` (space-separated, a subset of the credential's scopes; all of them when omitted) and
// lives `expires_in` seconds. No refresh token is issued: request a new token shortly before
// expiry (the SDKs do this for you). Errors are RFC 6749 §5.2 token errors: `application/json`
// with `error` and `error_description`, plus the problem members (`type`, `title`, `status`,
// `detail`, `request_id`) every other error carries. Each parameter may appear once (§3.2): a
// repeated one is `invalid_request`. A token request may be signed like any other (RFC 9421, see
// `SigningKey`); a signature that is sent is verified once the client is authenticated, and a
// client created with `require_signatures` must sign it. A missing or failing signature is 401
// `invalid_client`, a signature that cannot be read 400 `invalid_request`; both carry
// `Accept-Signature` (RFC 9421 §5.1) naming what to sign.
//
// POST /v1/oauth/token (createToken).
func (s *OAuthService) CreateToken(ctx context.Context, body TokenRequest, opts ...RequestOption) (*TokenResponse, error) {
	var out TokenResponse
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/oauth/token", Auth: core.AuthClientBasic, OperationID: "createToken", Form: formValues(body)}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GSTINsService groups the gstins operations.
type GSTINsService struct {
	c *Client
}

// ListGSTINsParams are the query parameters of listGstins.
type ListGSTINsParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListGSTINsParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists the account's GSTINs, newest first, with cursor pagination (pass `next_cursor` as
// `starting_after`).
//
// GET /v1/gstins (listGstins).
func (s *GSTINsService) List(ctx context.Context, params ListGSTINsParams, opts ...RequestOption) (*Page[GSTIN], error) {
	return listPage[GSTIN](ctx, s.c, core.Request{Method: "GET", Path: "/v1/gstins", Auth: core.AuthAccount, OperationID: "listGstins", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *GSTINsService) ListAutoPaging(ctx context.Context, params ListGSTINsParams, opts ...RequestOption) *Iter[GSTIN] {
	return newIter(ctx, func(ctx context.Context) (*Page[GSTIN], error) {
		return listPage[GSTIN](ctx, s.c, core.Request{Method: "GET", Path: "/v1/gstins", Auth: core.AuthAccount, OperationID: "listGstins", Query: params.values()}, opts)
	})
}

// Register registers a GSTIN under the account with the IRP API user the taxpayer created on the
// e-invoice portal. The IRP password is encrypted at rest and never returned. The environment
// (sandbox or production) is the account key's. In the sandbox any GSTIN with a valid check digit
// is accepted; in production the GSTIN must be active on the IRP.
//
// The user name and password are checked against the IRP before anything is stored: wrong ones are
// refused at once with 422 `irp_credentials_rejected` and NIC's code in `gstn_errors` (1019
// Incorrect Password, 1017 Invalid user name), not accepted now and failed at the first document.
// A pair too long for NIC's login block (more than 66 characters together) is 422
// `irp_login_too_long` without asking the IRP. The sandbox IRP accepts any user name with the
// password `sandbox`. When no IRP can be asked (outage), 503: retry later. A GSTIN deleted earlier
// (`deleteGstin`) can be registered again; its documents become readable again.
//
// POST /v1/gstins (registerGstin).
func (s *GSTINsService) Register(ctx context.Context, body RegisterGSTINRequest, opts ...RequestOption) (*GSTIN, error) {
	var out GSTIN
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/gstins", Auth: core.AuthAccount, OperationID: "registerGstin", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get returns one GSTIN of the account. A GSTIN registered under another account answers 404,
// never its data.
//
// GET /v1/gstins/{gstin} (getGstin).
func (s *GSTINsService) Get(ctx context.Context, gstin string, opts ...RequestOption) (*GSTIN, error) {
	var out GSTIN
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/gstins/" + url.PathEscape(gstin), Auth: core.AuthAccount, OperationID: "getGstin"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Delete removes the GSTIN from the account: every OAuth credential of it is revoked at once
// (their access tokens stop working), its IRP password is erased, and it no longer appears in
// `listGstins`. Its documents, e-way bills and request logs stay in the archive (GST law keeps
// them for years); register the GSTIN again and a new credential reads them. Audit-logged as
// `gstin.deleted`. Deleting a GSTIN that is not registered (or already deleted) answers 404.
//
// DELETE /v1/gstins/{gstin} (deleteGstin).
func (s *GSTINsService) Delete(ctx context.Context, gstin string, opts ...RequestOption) (*DeletedGSTIN, error) {
	var out DeletedGSTIN
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/gstins/" + url.PathEscape(gstin), Auth: core.AuthAccount, OperationID: "deleteGstin"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Update changes the IRP user (`irp_username`, `irp_password`), the description or the
// large-taxpayer flag of a GSTIN of the account; members left out keep their values. A new user
// name or password is checked against the IRP first, exactly as at registration: wrong ones answer
// 422 `irp_credentials_rejected` with NIC's code and leave the stored credentials unchanged.
// Credentials and documents of the GSTIN are untouched. Audit-logged as `gstin.updated` (the
// password itself is never logged).
//
// PATCH /v1/gstins/{gstin} (updateGstin).
func (s *GSTINsService) Update(ctx context.Context, gstin string, body UpdateGSTINRequest, opts ...RequestOption) (*GSTIN, error) {
	var out GSTIN
	if err := s.c.do(ctx, core.Request{Method: "PATCH", Path: "/v1/gstins/" + url.PathEscape(gstin), Auth: core.AuthAccount, OperationID: "updateGstin", Body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListGSPRoutes lists a GSTIN's API users per GSP route.
//
// The API users this GSTIN has of its own on GSP routes (NIC creates e-invoice API users per GSP,
// and the e-way bill system has its own). A route without an entry uses the GSTIN's registered IRP
// user. When a route refused an entry's login on a document's call, `status` is `refused` with the
// reason: that route is unusable for the GSTIN (calls fail over to the other routes; no document
// is rejected for it) until the users are replaced with `putGstinGspRoute`. Passwords are never
// returned.
//
// GET /v1/gstins/{gstin}/gsp-routes (listGstinGspRoutes).
func (s *GSTINsService) ListGSPRoutes(ctx context.Context, gstin string, opts ...RequestOption) (*GSPRouteUserList, error) {
	var out GSPRouteUserList
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/gsp-routes", Auth: core.AuthAccount, OperationID: "listGstinGspRoutes"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// SetGSPRoute sets the e-invoice API user this GSTIN uses on one GSP route (created on the
// e-invoice portal for that GSP) and, optionally, its e-way bill system user (both `ewb_username`
// and `ewb_password`, or neither: then the e-invoice user is used there too). The e-invoice user
// is checked on that route first, as at registration: a refusal answers 422
// `irp_credentials_rejected` with NIC's code and nothing is stored. Passwords are encrypted at
// rest and never returned. Replaces an earlier entry and clears a recorded refusal. Audit-logged
// as `gstin.updated` (with the route's name, never the passwords).
//
// PUT /v1/gstins/{gstin}/gsp-routes/{route} (putGstinGspRoute).
func (s *GSTINsService) SetGSPRoute(ctx context.Context, gstin string, route string, body PutGSPRouteUserRequest, opts ...RequestOption) (*GSPRouteUser, error) {
	var out GSPRouteUser
	if err := s.c.do(ctx, core.Request{Method: "PUT", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/gsp-routes/" + url.PathEscape(route), Auth: core.AuthAccount, OperationID: "putGstinGspRoute", Body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteGSPRoute removes a GSTIN's API users from one GSP route.
//
// The route uses the GSTIN's registered IRP user again; the stored passwords are erased. 404 when
// the GSTIN has no entry for the route.
//
// DELETE /v1/gstins/{gstin}/gsp-routes/{route} (deleteGstinGspRoute).
func (s *GSTINsService) DeleteGSPRoute(ctx context.Context, gstin string, route string, opts ...RequestOption) (*DeletedGSPRouteUser, error) {
	var out DeletedGSPRouteUser
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/gsp-routes/" + url.PathEscape(route), Auth: core.AuthAccount, OperationID: "deleteGstinGspRoute"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// CredentialsService groups the credentials operations.
type CredentialsService struct {
	c *Client
}

// ListCredentialsParams are the query parameters of listCredentials.
type ListCredentialsParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListCredentialsParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists credentials with their secrets' ids and prefixes (never the secrets themselves),
// revoked ones included.
//
// GET /v1/gstins/{gstin}/credentials (listCredentials).
func (s *CredentialsService) List(ctx context.Context, gstin string, params ListCredentialsParams, opts ...RequestOption) (*Page[Credential], error) {
	return listPage[Credential](ctx, s.c, core.Request{Method: "GET", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/credentials", Auth: core.AuthAccount, OperationID: "listCredentials", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *CredentialsService) ListAutoPaging(ctx context.Context, gstin string, params ListCredentialsParams, opts ...RequestOption) *Iter[Credential] {
	return newIter(ctx, func(ctx context.Context) (*Page[Credential], error) {
		return listPage[Credential](ctx, s.c, core.Request{Method: "GET", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/credentials", Auth: core.AuthAccount, OperationID: "listCredentials", Query: params.values()}, opts)
	})
}

// Create creates an OAuth client (`client_id` + `client_secret`) that can obtain tokens for this
// GSTIN only, limited to the given scopes: `irn:write` (generate and cancel IRNs, bulk),
// `ewb:write` (e-way bills), `notes:write` (credit and debit notes), `read` (every GET on
// documents, logs and GSTIN details). The secret is returned once, in this response only: einvoice
// stores a hash and the first characters (`prefix`) for display. The plan sets the rate limit:
// `developer` 10 requests/s, `standard` 100 requests/s, `custom` a rate agreed with us.
//
// With `require_signatures: true` every request of this client must carry a valid RFC 9421
// signature made with the returned `signing_key`: its token requests and every call with its
// tokens. Unsigned ones are refused with 401 (`invalid_client` on the token endpoint,
// `invalid_signature` elsewhere), so stripping the signature does not bypass it. The setting is
// fixed at creation: to start requiring signatures for an existing integration, create a new
// credential with `require_signatures: true`, configure the client with its secret and signing
// key, then revoke the old credential (`revokeCredential`).
//
// POST /v1/gstins/{gstin}/credentials (createCredential).
func (s *CredentialsService) Create(ctx context.Context, gstin string, body CreateCredentialRequest, opts ...RequestOption) (*CredentialWithSecret, error) {
	var out CredentialWithSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/credentials", Auth: core.AuthAccount, OperationID: "createCredential", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get returns an OAuth client.
//
// One credential as `listCredentials` shows it: its secrets' ids and prefixes, never the secrets
// themselves; revoked credentials too. This is where `createCredential`'s `Location` points. A
// client of another account is 404, like one that does not exist.
//
// GET /v1/credentials/{client_id} (getCredential).
func (s *CredentialsService) Get(ctx context.Context, clientID string, opts ...RequestOption) (*Credential, error) {
	var out Credential
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/credentials/" + url.PathEscape(clientID), Auth: core.AuthAccount, OperationID: "getCredential"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Revoke revokes the client and every secret it has. Takes effect immediately: tokens already
// issued to it stop working on their next use, and new token requests get `invalid_client`. Cannot
// be undone.
//
// DELETE /v1/credentials/{client_id} (revokeCredential).
func (s *CredentialsService) Revoke(ctx context.Context, clientID string, opts ...RequestOption) (*Credential, error) {
	var out Credential
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/credentials/" + url.PathEscape(clientID), Auth: core.AuthAccount, OperationID: "revokeCredential"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AddSecret adds a new secret to the client so you can rotate without downtime: deploy the new
// secret, then revoke the old one with `revokeCredentialSecret`. At most two secrets are active at
// a time; a third answers 409. The secret is returned once, in this response only.
//
// POST /v1/credentials/{client_id}/secrets (addCredentialSecret).
func (s *CredentialsService) AddSecret(ctx context.Context, clientID string, body *AddSecretRequest, opts ...RequestOption) (*NewSecret, error) {
	var out NewSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/credentials/" + url.PathEscape(clientID) + "/secrets", Auth: core.AuthAccount, OperationID: "addCredentialSecret", Body: optionalBody(body), Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeSecret revokes one secret of the client, effective immediately; tokens obtained with it
// stop working. Revoking the last active secret is refused (409): revoke the credential instead.
//
// DELETE /v1/credentials/{client_id}/secrets/{secret_id} (revokeCredentialSecret).
func (s *CredentialsService) RevokeSecret(ctx context.Context, clientID string, secretID string, opts ...RequestOption) (*Credential, error) {
	var out Credential
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/credentials/" + url.PathEscape(clientID) + "/secrets/" + url.PathEscape(secretID), Auth: core.AuthAccount, OperationID: "revokeCredentialSecret"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AuditEventsService groups the audit events operations.
type AuditEventsService struct {
	c *Client
}

// ListAuditEventsParams are the query parameters of listAuditEvents.
type ListAuditEventsParams struct {
	// Only events of this type.
	Type *AuditEventType
	// Only events concerning this GSTIN.
	GSTIN *string
	// Inclusive start date (`yyyy-MM-dd`, IST).
	From *string
	// Inclusive end date (`yyyy-MM-dd`, IST).
	To *string
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListAuditEventsParams) values() url.Values {
	q := url.Values{}
	if p.Type != nil {
		q.Set("type", string(*p.Type))
	}
	if p.GSTIN != nil {
		q.Set("gstin", *p.GSTIN)
	}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists security audit events.
//
// The account's immutable audit trail, newest first: credential and secret creation, rotation and
// revocation, GSTIN registration, failed client authentication and authorisation failures (wrong
// scope, another GSTIN's document). Entries cannot be changed or deleted through any API.
//
// GET /v1/audit-events (listAuditEvents).
func (s *AuditEventsService) List(ctx context.Context, params ListAuditEventsParams, opts ...RequestOption) (*Page[AuditEvent], error) {
	return listPage[AuditEvent](ctx, s.c, core.Request{Method: "GET", Path: "/v1/audit-events", Auth: core.AuthAccount, OperationID: "listAuditEvents", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *AuditEventsService) ListAutoPaging(ctx context.Context, params ListAuditEventsParams, opts ...RequestOption) *Iter[AuditEvent] {
	return newIter(ctx, func(ctx context.Context) (*Page[AuditEvent], error) {
		return listPage[AuditEvent](ctx, s.c, core.Request{Method: "GET", Path: "/v1/audit-events", Auth: core.AuthAccount, OperationID: "listAuditEvents", Query: params.values()}, opts)
	})
}

// IRNService groups the irn operations.
type IRNService struct {
	c *Client
}

// Generate registers an invoice (`DocDtls.Typ` `INV`; use `generateNote` for `CRN`/`DBN`) with the
// IRP and returns the IRN, acknowledgement, signed invoice and signed QR code. The body is the NIC
// INV-01 v1.1 JSON. `SellerDtls.Gstin` must be the token's GSTIN (403 otherwise).
//
//   - The invoice is checked against the schema and the IRP's business rules before any upstream
//     call; a refusal is a 422 with the NIC code the IRP would have given (`gstn_errors`).
//   - Send an `Idempotency-Key` and retry freely. Without one, a repeated document still never
//     yields a second IRN: the IRP's duplicate answer (2150) is resolved to the original IRN and
//     returned with `Idempotent-Replayed: true`; if the original's content differs, 409 with a
//     diff.
//   - If `EwbDtls` is present an e-way bill is generated too; if that part fails the IRN still
//     succeeds and `info` carries `EWBERR` with the NIC codes.
//   - `Prefer: wait=N` (default 30 s) bounds the whole answer: when the IRP has not answered
//     within N seconds (no GSP reachable, or an attempt still in flight), you get 202 with the
//     document `queued`; the attempt goes on in the background and fires `irn.generated` or
//     `irn.failed`. Poll `getIrnByDocument` or wait for the webhook. A retry with the same
//     `Idempotency-Key` reports where it stands (never a second submission) and, once it is final,
//     replays that outcome: a document that ended `failed` answers 422 `document_failed` under
//     that key (correct it if needed and submit again with a new key).
//   - When the outcome is unknown (the IRP's answer was lost, the server crashed mid-call, or the
//     IRP answered 2150 without returning the original) the document stays `pending` and the
//     reconciler asks the IRP until it knows: it records the IRN (`irn.generated`), or `failed`
//     only when the IRP does not hold the document and refuses it (`irn.failed`), and completes
//     the request's `Idempotency-Key` with that outcome. `getStatus` counts what is `unresolved`.
//
// POST /v1/irn (generateIrn).
func (s *IRNService) Generate(ctx context.Context, body Invoice, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/irn", Auth: core.AuthGSTIN, OperationID: "generateIrn", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// BulkGenerate creates a bulk job: the documents are stored once, then validated and relayed
// concurrently, each on its own. When every record has an outcome within the wait (`Prefer:
// wait=N`, default 30 s), the answer is `200` with one result per document in request order: the
// IRN document on success, NIC codes on failure. The call succeeds even when some records fail;
// check each `results[i].status`.
//
// When the job cannot finish within the wait, the answer is `202` with the job (`object:
// bulk_job`, its progress, `Location: /v1/irn/bulk/{id}`) and the records go on in the background.
// The job is durable: if the server restarts, it resumes the records without an outcome by itself;
// nothing needs to be resubmitted. Follow it with `getBulkJob` and `listBulkJobResults`, or wait
// for `bulk.completed`.
//
// A resubmission with the same `Idempotency-Key` answers the same job as it stands then (`200`
// once it is completed, `202` before; `Idempotent-Replayed: true`), never a new job; the same key
// with another body is `422`. Each record is also idempotent through its document's identity
// (GSTIN, type, number, financial year): a record whose document already has an IRN comes back
// `replayed`, and a new job (new key) with the same documents only relays the ones without an IRN.
// Webhooks fire per record and once per job as `bulk.completed`. More than 5,000 documents, or a
// body over 50 MB, is refused with 413.
//
// POST /v1/irn/bulk (bulkGenerateIrn).
func (s *IRNService) BulkGenerate(ctx context.Context, body BulkGenerateRequest, opts ...RequestOption) (*BulkGenerateResult, error) {
	var out BulkGenerateResult
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/irn/bulk", Auth: core.AuthGSTIN, OperationID: "bulkGenerateIrn", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetIRNByDocumentParams are the query parameters of getIrnByDocument.
type GetIRNByDocumentParams struct {
	// NIC document type.
	DocType DocType
	// Document number as in `DocDtls.No`.
	DocNo string
	// Document date as in `DocDtls.Dt` (`dd/MM/yyyy`).
	DocDate string
}

func (p GetIRNByDocumentParams) values() url.Values {
	q := url.Values{}
	q.Set("doc_type", string(p.DocType))
	q.Set("doc_no", p.DocNo)
	q.Set("doc_date", p.DocDate)
	return q
}

// GetByDocument looks a document up by type, number and date (NIC's Get IRN by document details).
// Answers from einvoice's archive, so it works long after NIC's ~2-day window; document numbers
// match case-insensitively, as the IRP does. 404 when the GSTIN never registered that document
// here.
//
// GET /v1/irn/by-document (getIrnByDocument).
func (s *IRNService) GetByDocument(ctx context.Context, params GetIRNByDocumentParams, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/irn/by-document", Auth: core.AuthGSTIN, OperationID: "getIrnByDocument", Query: params.values()}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get returns the document with its signed invoice and signed QR code. Served from einvoice's
// permanent archive (NIC keeps them only ~2 days). An IRN of another GSTIN answers 404.
//
// GET /v1/irn/{irn} (getIrn).
func (s *IRNService) Get(ctx context.Context, irn string, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/irn/" + url.PathEscape(irn), Auth: core.AuthGSTIN, OperationID: "getIrn"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Cancel cancels an IRN (NIC Cancel IRN). Allowed within 24 hours of `AckDt` (see
// `cancellable_until`; later gives 2270) and only once every e-way bill of the invoice is
// cancelled (2230 otherwise). Reasons: `1` duplicate, `2` data entry mistake, `3` order cancelled,
// `4` others. Cancelling does not free the document number: issue a new number or a credit note.
// Cancelling an already cancelled IRN returns it unchanged (200), it is not an error.
//
// If the IRP's answer is lost (503), the cancellation may still have taken effect: the reconciler
// asks the IRP and, if it did, records it and sends `irn.cancelled`; retrying with the same
// `Idempotency-Key` is safe either way.
//
// POST /v1/irn/{irn}/cancel (cancelIrn).
func (s *IRNService) Cancel(ctx context.Context, irn string, body CancelIRNRequest, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/irn/" + url.PathEscape(irn) + "/cancel", Auth: core.AuthGSTIN, OperationID: "cancelIrn", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// BulkJobsService groups the bulk jobs operations.
type BulkJobsService struct {
	c *Client
}

// Get returns a bulk job.
//
// A bulk job's status and progress: how many records have each outcome so far and how many are
// still `pending`. `queued`: no server is running it at this moment (it is due again shortly);
// `running`: a server is relaying its records (after a restart, the first server to claim it
// resumes it); `completed`: every record has an outcome and `bulk.completed` was sent. The
// per-record results are listed by `listBulkJobResults`. A job of another GSTIN or account answers
// 404.
//
// GET /v1/irn/bulk/{id} (getBulkJob).
func (s *BulkJobsService) Get(ctx context.Context, id string, opts ...RequestOption) (*BulkJob, error) {
	var out BulkJob
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/irn/bulk/" + url.PathEscape(id), Auth: core.AuthGSTIN, OperationID: "getBulkJob"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListBulkJobResultsParams are the query parameters of listBulkJobResults.
type ListBulkJobResultsParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListBulkJobResultsParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// ListResults lists a bulk job's per-record results.
//
// One entry per document of the job, in request order (by `index`), with its outcome so far:
// `pending` (not relayed yet, or in flight), `generated`, `replayed` (the document already had an
// IRN), `queued` (no GSP reachable: the outage queue finishes it and sends `irn.generated` or
// `irn.failed`) or `failed` (with the problem and NIC codes). An entry's `document` is as it was
// when the record got its outcome. Cursor pagination: pass `next_cursor` as `starting_after` until
// `has_more` is false.
//
// GET /v1/irn/bulk/{id}/results (listBulkJobResults).
func (s *BulkJobsService) ListResults(ctx context.Context, id string, params ListBulkJobResultsParams, opts ...RequestOption) (*Page[BulkJobRecordResult], error) {
	return listPage[BulkJobRecordResult](ctx, s.c, core.Request{Method: "GET", Path: "/v1/irn/bulk/" + url.PathEscape(id) + "/results", Auth: core.AuthGSTIN, OperationID: "listBulkJobResults", Query: params.values()}, opts)
}

// ListResultsAutoPaging walks every item of every page; see Iter.
func (s *BulkJobsService) ListResultsAutoPaging(ctx context.Context, id string, params ListBulkJobResultsParams, opts ...RequestOption) *Iter[BulkJobRecordResult] {
	return newIter(ctx, func(ctx context.Context) (*Page[BulkJobRecordResult], error) {
		return listPage[BulkJobRecordResult](ctx, s.c, core.Request{Method: "GET", Path: "/v1/irn/bulk/" + url.PathEscape(id) + "/results", Auth: core.AuthGSTIN, OperationID: "listBulkJobResults", Query: params.values()}, opts)
	})
}

// NotesService groups the notes operations.
type NotesService struct {
	c *Client
}

// Generate registers a credit note (`CRN`) or debit note (`DBN`) and returns its IRN. The body is
// the INV-01 JSON with `DocDtls.Typ` `CRN` or `DBN` and `RefDtls.PrecDocDtls` naming the original
// invoice (required here, even where an IRP would accept it missing, so your returns reconcile).
// Amounts stay positive. Notes cannot carry an e-way bill (`EwbDtls` is refused with 2252/4010).
// Same idempotency, duplicate and queueing behaviour as `generateIrn`.
//
// POST /v1/notes (generateNote).
func (s *NotesService) Generate(ctx context.Context, body NoteRequest, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/notes", Auth: core.AuthGSTIN, OperationID: "generateNote", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// EWBService groups the ewb operations.
type EWBService struct {
	c *Client
}

// Generate generates an e-way bill from an IRN.
//
// NIC's Generate E-way Bill by IRN. Goods only (a services-only invoice gives 4009; notes give
// 4010). `Distance` 0 lets the IRP compute it from the PINs (reported in `Remarks`); a distance
// above 110 % of the PIN-to-PIN distance gives 4013. Road (`TransMode` 1) needs `VehNo` and
// `VehType`; rail, air and ship need `TransDocNo` and `TransDocDt`. With only `TransId` you get
// Part-A: `EwbValidTill` stays null until a vehicle is added with `updateEwbVehicle`. Validity:
// one day per 200 km (20 km for over-dimensional cargo, `VehType` `O`), each day ending 23:59 IST.
//
// POST /v1/ewb (generateEwb).
func (s *EWBService) Generate(ctx context.Context, body GenerateEWBRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb", Auth: core.AuthGSTIN, OperationID: "generateEwb", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get returns the e-way bill with its current validity and vehicle history, from einvoice's
// archive. An e-way bill of another GSTIN answers 404.
//
// GET /v1/ewb/{ewb_no} (getEwb).
func (s *EWBService) Get(ctx context.Context, ewbNo int64, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/ewb/" + strconv.FormatInt(ewbNo, 10), Auth: core.AuthGSTIN, OperationID: "getEwb"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// UpdateVehicle updates Part-B (vehicle or transport document).
//
// NIC `VEHEWB`. Adds or changes the vehicle (road) or transport document (rail, air, ship). The
// first Part-B entry of a Part-A e-way bill starts its validity. Reasons: `1` breakdown, `2`
// transshipment, `3` others (explain in `reasonRem`), `4` first time.
//
// If the IRP's answer is lost (503), the change may still have taken effect. einvoice never sends
// it blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's GetEwayBill)
// and answers with the change if it is there; with no retry, the reconciler asks and records it,
// with one `ewb.vehicle_updated` webhook. `unresolved` in `GET /v1/status` counts such changes
// until they are settled. While an attempt of the same kind of change to this e-way bill may still
// be reaching the IRP (up to a second after a lost answer), another answers 409
// `ewb-change-in-flight`: retry shortly.
//
// POST /v1/ewb/{ewb_no}/vehicle (updateEwbVehicle).
func (s *EWBService) UpdateVehicle(ctx context.Context, ewbNo int64, body UpdateEWBVehicleRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb/" + strconv.FormatInt(ewbNo, 10) + "/vehicle", Auth: core.AuthGSTIN, OperationID: "updateEwbVehicle", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Extend extends an e-way bill's validity.
//
// NIC `EXTENDVALIDITY`. Allowed from 8 hours before to 8 hours after expiry (382 otherwise), up to
// 360 days after generation (821). Reasons: `1` natural calamity, `2` law and order, `4`
// transshipment, `5` accident, `99` others. Give the remaining distance; the new validity is
// computed from it like a new e-way bill.
//
// If the IRP's answer is lost (503), the change may still have taken effect. einvoice never sends
// it blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's GetEwayBill)
// and answers with the change if it is there; with no retry, the reconciler asks and records it,
// with one `ewb.extended` webhook. `unresolved` in `GET /v1/status` counts such changes until they
// are settled. While an attempt of the same kind of change to this e-way bill may still be
// reaching the IRP (up to a second after a lost answer), another answers 409
// `ewb-change-in-flight`: retry shortly.
//
// POST /v1/ewb/{ewb_no}/extend (extendEwb).
func (s *EWBService) Extend(ctx context.Context, ewbNo int64, body ExtendEWBRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb/" + strconv.FormatInt(ewbNo, 10) + "/extend", Auth: core.AuthGSTIN, OperationID: "extendEwb", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Cancel cancels an e-way bill.
//
// NIC `CANEWB`. Allowed within 24 hours of generation (315/728 otherwise) and before the recipient
// verifies it. Reasons (note they differ from IRN cancel reasons): `1` duplicate, `2` order
// cancelled, `3` data entry mistake, `4` others. Cancel the e-way bill before cancelling its IRN.
//
// If the IRP's answer is lost (503), the change may still have taken effect. einvoice never sends
// it blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's GetEwayBill)
// and answers with the change if it is there; with no retry, the reconciler asks and records it,
// with one `ewb.cancelled` webhook. `unresolved` in `GET /v1/status` counts such changes until
// they are settled. While an attempt of the same kind of change to this e-way bill may still be
// reaching the IRP (up to a second after a lost answer), another answers 409
// `ewb-change-in-flight`: retry shortly.
//
// POST /v1/ewb/{ewb_no}/cancel (cancelEwb).
func (s *EWBService) Cancel(ctx context.Context, ewbNo int64, body CancelEWBRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb/" + strconv.FormatInt(ewbNo, 10) + "/cancel", Auth: core.AuthGSTIN, OperationID: "cancelEwb", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DocumentsService groups the documents operations.
type DocumentsService struct {
	c *Client
}

// ListDocumentsParams are the query parameters of listDocuments.
type ListDocumentsParams struct {
	// Inclusive start date (`yyyy-MM-dd`, IST).
	From *string
	// Inclusive end date (`yyyy-MM-dd`, IST).
	To *string
	// Only this NIC document type.
	DocType *DocType
	// Only documents in this state.
	Status *DocumentStatus
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListDocumentsParams) values() url.Values {
	q := url.Values{}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	if p.DocType != nil {
		q.Set("doc_type", string(*p.DocType))
	}
	if p.Status != nil {
		q.Set("status", string(*p.Status))
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists documents for reconciliation.
//
// Everything the token's GSTIN registered through einvoice (invoices, credit and debit notes,
// their e-way bill numbers), newest first, filtered by document date period, type and status.
// Cursor pagination: pass `next_cursor` as `starting_after` until `has_more` is false (the SDKs
// iterate for you). Use `exportDocuments` for whole periods.
//
// GET /v1/documents (listDocuments).
func (s *DocumentsService) List(ctx context.Context, params ListDocumentsParams, opts ...RequestOption) (*Page[DocumentSummary], error) {
	return listPage[DocumentSummary](ctx, s.c, core.Request{Method: "GET", Path: "/v1/documents", Auth: core.AuthGSTIN, OperationID: "listDocuments", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *DocumentsService) ListAutoPaging(ctx context.Context, params ListDocumentsParams, opts ...RequestOption) *Iter[DocumentSummary] {
	return newIter(ctx, func(ctx context.Context) (*Page[DocumentSummary], error) {
		return listPage[DocumentSummary](ctx, s.c, core.Request{Method: "GET", Path: "/v1/documents", Auth: core.AuthGSTIN, OperationID: "listDocuments", Query: params.values()}, opts)
	})
}

// ExportDocumentsParams are the query parameters of exportDocuments.
type ExportDocumentsParams struct {
	// Inclusive start date (`yyyy-MM-dd`, IST).
	From *string
	// Inclusive end date (`yyyy-MM-dd`, IST).
	To *string
	// Only this NIC document type.
	DocType *DocType
	// Only documents in this state.
	Status *DocumentStatus
}

func (p ExportDocumentsParams) values() url.Values {
	q := url.Values{}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	if p.DocType != nil {
		q.Set("doc_type", string(*p.DocType))
	}
	if p.Status != nil {
		q.Set("status", string(*p.Status))
	}
	return q
}

// Export streams every matching document as newline-delimited JSON (one `DocumentSummary` per
// line, oldest first), for loading into a spreadsheet or warehouse. Same filters as
// `listDocuments`, no pagination.
//
// GET /v1/documents/export (exportDocuments).
func (s *DocumentsService) Export(ctx context.Context, params ExportDocumentsParams, opts ...RequestOption) *Stream[DocumentSummary] {
	return newStream[DocumentSummary](ctx, s.c, core.Request{Method: "GET", Path: "/v1/documents/export", Auth: core.AuthGSTIN, OperationID: "exportDocuments", Query: params.values()}, opts)
}

// TaxpayersService groups the taxpayers operations.
type TaxpayersService struct {
	c *Client
}

// Get looks up a taxpayer's GSTIN.
//
// NIC's Get GSTIN Details: legal and trade name, address, taxpayer type, status and block status
// of any GSTIN, as the IRP knows it. Use it to fill `BuyerDtls` and to catch a cancelled buyer
// (3029) before you invoice. Answers 422 with NIC code 3028 for a GSTIN the IRP does not know.
//
// GET /v1/taxpayers/{gstin} (getTaxpayer).
func (s *TaxpayersService) Get(ctx context.Context, gstin string, opts ...RequestOption) (*GSTINDetails, error) {
	var out GSTINDetails
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/taxpayers/" + url.PathEscape(gstin), Auth: core.AuthGSTIN, OperationID: "getTaxpayer"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GSTINDetailsService groups the gstin details operations.
type GSTINDetailsService struct {
	c *Client
}

// Get looks up a taxpayer's GSTIN (deprecated).
//
// Deprecated (sunset 2027-03-05): use `getTaxpayer` (`GET /v1/taxpayers/{gstin}`), which answers
// the same body. This path was too easy to confuse with `GET /v1/gstins/{gstin}` (a GSTIN
// registered with einvoice). Until the sunset it works unchanged and every answer carries
// `Deprecation`, `Sunset` and `Link: <guide>; rel="deprecation"`.
//
// GET /v1/gstin-details/{gstin} (getGstinDetails).
//
// Deprecated: the spec marks this operation deprecated; its description names the replacement.
func (s *GSTINDetailsService) Get(ctx context.Context, gstin string, opts ...RequestOption) (*GSTINDetails, error) {
	var out GSTINDetails
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/gstin-details/" + url.PathEscape(gstin), Auth: core.AuthGSTIN, OperationID: "getGstinDetails"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// WebhookEndpointsService groups the webhook endpoints operations.
type WebhookEndpointsService struct {
	c *Client
}

// ListWebhookEndpointsParams are the query parameters of listWebhookEndpoints.
type ListWebhookEndpointsParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListWebhookEndpointsParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists the account's webhook endpoints, newest first. Secrets are never listed.
//
// GET /v1/webhook-endpoints (listWebhookEndpoints).
func (s *WebhookEndpointsService) List(ctx context.Context, params ListWebhookEndpointsParams, opts ...RequestOption) (*Page[WebhookEndpoint], error) {
	return listPage[WebhookEndpoint](ctx, s.c, core.Request{Method: "GET", Path: "/v1/webhook-endpoints", Auth: core.AuthAccount, OperationID: "listWebhookEndpoints", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *WebhookEndpointsService) ListAutoPaging(ctx context.Context, params ListWebhookEndpointsParams, opts ...RequestOption) *Iter[WebhookEndpoint] {
	return newIter(ctx, func(ctx context.Context) (*Page[WebhookEndpoint], error) {
		return listPage[WebhookEndpoint](ctx, s.c, core.Request{Method: "GET", Path: "/v1/webhook-endpoints", Auth: core.AuthAccount, OperationID: "listWebhookEndpoints", Query: params.values()}, opts)
	})
}

// Create registers an HTTPS URL to receive events, signed per the Standard Webhooks specification
// (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The signing secret (`whsec_...`) is in
// this response and in `rotateWebhookSecret` only. Filter by event types (`["*"]` for all) and
// optionally by GSTINs. URLs that resolve to loopback, private or link-local addresses are
// refused, and redirects are never followed.
//
// Each attempt has 10 seconds to be answered (connecting included). Endpoints are served
// independently: a slow or stalled endpoint holds at most a few deliveries in flight of its own
// and never delays another endpoint's. An endpoint whose attempts have all failed for 5 days (no
// success in between) is disabled automatically: `status: disabled`, `disabled_reason: failing`, a
// `webhook_endpoint.disabled` event to the account's other endpoints and an audit event. Its
// pending deliveries wait; re-enable it with `updateWebhookEndpoint` (`enabled: true`).
//
// POST /v1/webhook-endpoints (createWebhookEndpoint).
func (s *WebhookEndpointsService) Create(ctx context.Context, body CreateWebhookEndpointRequest, opts ...RequestOption) (*WebhookEndpointWithSecret, error) {
	var out WebhookEndpointWithSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/webhook-endpoints", Auth: core.AuthAccount, OperationID: "createWebhookEndpoint", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get returns one endpoint of the account (without its secret).
//
// GET /v1/webhook-endpoints/{endpoint_id} (getWebhookEndpoint).
func (s *WebhookEndpointsService) Get(ctx context.Context, endpointID string, opts ...RequestOption) (*WebhookEndpoint, error) {
	var out WebhookEndpoint
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointID), Auth: core.AuthAccount, OperationID: "getWebhookEndpoint"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Delete deletes the endpoint; its pending deliveries are dropped and its delivery log is kept for
// 30 days.
//
// DELETE /v1/webhook-endpoints/{endpoint_id} (deleteWebhookEndpoint).
func (s *WebhookEndpointsService) Delete(ctx context.Context, endpointID string, opts ...RequestOption) error {
	return s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointID), Auth: core.AuthAccount, OperationID: "deleteWebhookEndpoint"}, nil, opts)
}

// Update changes the URL, event filter, GSTIN filter, description or `enabled` flag. Omitted
// fields are left as they are. Disabling stops new deliveries; pending ones wait until it is
// enabled again. `enabled: true` re-enables an endpoint that was disabled, by you or automatically
// after failing (`disabled_reason: failing`), and restarts its failure clock.
//
// PATCH /v1/webhook-endpoints/{endpoint_id} (updateWebhookEndpoint).
func (s *WebhookEndpointsService) Update(ctx context.Context, endpointID string, body UpdateWebhookEndpointRequest, opts ...RequestOption) (*WebhookEndpoint, error) {
	var out WebhookEndpoint
	if err := s.c.do(ctx, core.Request{Method: "PATCH", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointID), Auth: core.AuthAccount, OperationID: "updateWebhookEndpoint", Body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RotateSecret issues a new `whsec_` secret. During the grace period (default 24 h, at most 7
// days) every delivery carries two signatures, one per secret, in `webhook-signature`, so
// receivers can switch without dropping events.
//
// POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret (rotateWebhookSecret).
func (s *WebhookEndpointsService) RotateSecret(ctx context.Context, endpointID string, body *RotateWebhookSecretRequest, opts ...RequestOption) (*WebhookEndpointWithSecret, error) {
	var out WebhookEndpointWithSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointID) + "/rotate-secret", Auth: core.AuthAccount, OperationID: "rotateWebhookSecret", Body: optionalBody(body), Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// WebhookDeliveriesService groups the webhook deliveries operations.
type WebhookDeliveriesService struct {
	c *Client
}

// ListWebhookDeliveriesParams are the query parameters of listWebhookDeliveries.
type ListWebhookDeliveriesParams struct {
	// Only deliveries to this endpoint.
	EndpointID *string
	// Only deliveries in this state; `dead` lists the dead-letter queue.
	Status *DeliveryStatus
	// Only deliveries of this event type.
	EventType *EventType
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListWebhookDeliveriesParams) values() url.Values {
	q := url.Values{}
	if p.EndpointID != nil {
		q.Set("endpoint_id", *p.EndpointID)
	}
	if p.Status != nil {
		q.Set("status", string(*p.Status))
	}
	if p.EventType != nil {
		q.Set("event_type", string(*p.EventType))
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists webhook deliveries.
//
// Deliveries with their per-attempt log (status code, latency, response excerpt), newest first.
// `status=dead` is the dead-letter queue: deliveries whose whole retry schedule failed
// (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, with jitter). Replay them with
// `replayWebhookDelivery`.
//
// GET /v1/webhook-deliveries (listWebhookDeliveries).
func (s *WebhookDeliveriesService) List(ctx context.Context, params ListWebhookDeliveriesParams, opts ...RequestOption) (*Page[WebhookDelivery], error) {
	return listPage[WebhookDelivery](ctx, s.c, core.Request{Method: "GET", Path: "/v1/webhook-deliveries", Auth: core.AuthAccount, OperationID: "listWebhookDeliveries", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *WebhookDeliveriesService) ListAutoPaging(ctx context.Context, params ListWebhookDeliveriesParams, opts ...RequestOption) *Iter[WebhookDelivery] {
	return newIter(ctx, func(ctx context.Context) (*Page[WebhookDelivery], error) {
		return listPage[WebhookDelivery](ctx, s.c, core.Request{Method: "GET", Path: "/v1/webhook-deliveries", Auth: core.AuthAccount, OperationID: "listWebhookDeliveries", Query: params.values()}, opts)
	})
}

// Replay delivers the event again now, with the same `webhook-id` (so receivers de-duplicate) and
// a fresh timestamp and signature. Works for any delivery; typical use is draining the dead-letter
// queue once the receiver is fixed. The delivery goes back to `pending` and follows the retry
// schedule.
//
// POST /v1/webhook-deliveries/{delivery_id}/replay (replayWebhookDelivery).
func (s *WebhookDeliveriesService) Replay(ctx context.Context, deliveryID string, opts ...RequestOption) (*WebhookDelivery, error) {
	var out WebhookDelivery
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/webhook-deliveries/" + url.PathEscape(deliveryID) + "/replay", Auth: core.AuthAccount, OperationID: "replayWebhookDelivery", Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// LogsService groups the logs operations.
type LogsService struct {
	c *Client
}

// ListRequestLogsParams are the query parameters of listRequestLogs.
type ListRequestLogsParams struct {
	// Only calls about this IRN.
	IRN *string
	// Only calls made for this GSTIN.
	GSTIN *string
	// Only calls to this endpoint, by operationId.
	Operation *string
	// Only calls answered with this HTTP status, or a class such as `4xx`.
	Status *string
	// Inclusive start instant (RFC 3339).
	From *string
	// Exclusive end instant (RFC 3339).
	To *string
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListRequestLogsParams) values() url.Values {
	q := url.Values{}
	if p.IRN != nil {
		q.Set("irn", *p.IRN)
	}
	if p.GSTIN != nil {
		q.Set("gstin", *p.GSTIN)
	}
	if p.Operation != nil {
		q.Set("operation", *p.Operation)
	}
	if p.Status != nil {
		q.Set("status", *p.Status)
	}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists request logs.
//
// Every API call, newest first, with status, latency breakdown (auth, validation, queue, upstream,
// storage, total) and the upstream retry chain (each attempt's GSP, status, NIC code and latency).
// With the account key you see every GSTIN of the account; with a GSTIN token (`read`) only that
// GSTIN's calls. Pages carry summaries (no bodies), so a 100-row page stays light; `getRequestLog`
// and `exportRequestLogs` return the redacted request and response bodies. Payloads are redacted:
// authorization headers, client secrets, IRP passwords and tokens are never stored.
//
// GET /v1/logs (listRequestLogs).
func (s *LogsService) List(ctx context.Context, params ListRequestLogsParams, opts ...RequestOption) (*Page[RequestLogSummary], error) {
	return listPage[RequestLogSummary](ctx, s.c, core.Request{Method: "GET", Path: "/v1/logs", Auth: core.AuthAccountOrGSTIN, OperationID: "listRequestLogs", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *LogsService) ListAutoPaging(ctx context.Context, params ListRequestLogsParams, opts ...RequestOption) *Iter[RequestLogSummary] {
	return newIter(ctx, func(ctx context.Context) (*Page[RequestLogSummary], error) {
		return listPage[RequestLogSummary](ctx, s.c, core.Request{Method: "GET", Path: "/v1/logs", Auth: core.AuthAccountOrGSTIN, OperationID: "listRequestLogs", Query: params.values()}, opts)
	})
}

// ExportRequestLogsParams are the query parameters of exportRequestLogs.
type ExportRequestLogsParams struct {
	// Only calls about this IRN.
	IRN *string
	// Only calls made for this GSTIN.
	GSTIN *string
	// Only calls to this endpoint, by operationId.
	Operation *string
	// Only calls answered with this HTTP status, or a class such as `4xx`.
	Status *string
	// Inclusive start instant (RFC 3339).
	From *string
	// Exclusive end instant (RFC 3339).
	To *string
}

func (p ExportRequestLogsParams) values() url.Values {
	q := url.Values{}
	if p.IRN != nil {
		q.Set("irn", *p.IRN)
	}
	if p.GSTIN != nil {
		q.Set("gstin", *p.GSTIN)
	}
	if p.Operation != nil {
		q.Set("operation", *p.Operation)
	}
	if p.Status != nil {
		q.Set("status", *p.Status)
	}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	return q
}

// Export streams every matching request log as newline-delimited JSON, oldest first. Same filters
// and visibility as `listRequestLogs`, no pagination.
//
// GET /v1/logs/export (exportRequestLogs).
func (s *LogsService) Export(ctx context.Context, params ExportRequestLogsParams, opts ...RequestOption) *Stream[RequestLog] {
	return newStream[RequestLog](ctx, s.c, core.Request{Method: "GET", Path: "/v1/logs/export", Auth: core.AuthAccountOrGSTIN, OperationID: "exportRequestLogs", Query: params.values()}, opts)
}

// Get returns one request log.
//
// One call with its redacted request and response bodies, latency breakdown and upstream retry
// chain.
//
// GET /v1/logs/{log_id} (getRequestLog).
func (s *LogsService) Get(ctx context.Context, logID string, opts ...RequestOption) (*RequestLog, error) {
	var out RequestLog
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/logs/" + url.PathEscape(logID), Auth: core.AuthAccountOrGSTIN, OperationID: "getRequestLog"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// UsageService groups the usage operations.
type UsageService struct {
	c *Client
}

// GetUsageParams are the query parameters of getUsage.
type GetUsageParams struct {
	// First IST calendar day counted (inclusive). Default the first day of the current IST month.
	From *string
	// Last IST calendar day counted (inclusive). Default the last day of the current IST month.
	To *string
	// One period per IST calendar day (`2026-12-06`) or month (`2026-12`).
	Granularity *GetUsageGranularity
}

func (p GetUsageParams) values() url.Values {
	q := url.Values{}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	if p.Granularity != nil {
		q.Set("granularity", string(*p.Granularity))
	}
	return q
}

// GetUsage returns the account's usage.
//
// What the account used, per IST calendar day or month, to bill from: IRNs generated
// (`generateIrn`), e-way bills generated (`generateEwb`), cancellations (`cancelIrn`,
// `cancelEwb`), notes (`generateNote`), bulk records (the documents each `bulkGenerateIrn` job
// accepted, not the calls), reconciliation reads (`getIrn`, `getIrnByDocument`, `getEwb`,
// `listDocuments`, `exportDocuments`) and every other authenticated call. Counted from the request
// log, the source of truth: successful answers (2xx) only, and a replay (`Idempotent-Replayed:
// true`) is not counted again. Every period of the range is listed, zeros included, oldest first.
// A range spans at most 366 days with `granularity=day` and 1830 with `month`. In the sandbox,
// `irns_generated + notes + bulk_records` of the current month is what the monthly IRN quota (100
// by default) counts.
//
// GET /v1/usage (getUsage).
func (s *UsageService) GetUsage(ctx context.Context, params GetUsageParams, opts ...RequestOption) (*Usage, error) {
	var out Usage
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/usage", Auth: core.AuthAccount, OperationID: "getUsage", Query: params.values()}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ExportUsageParams are the query parameters of exportUsage.
type ExportUsageParams struct {
	// First IST calendar day counted (inclusive). Default the first day of the current IST month.
	From *string
	// Last IST calendar day counted (inclusive). Default the last day of the current IST month.
	To *string
	// One period per IST calendar day (`2026-12-06`) or month (`2026-12`).
	Granularity *ExportUsageGranularity
}

func (p ExportUsageParams) values() url.Values {
	q := url.Values{}
	if p.From != nil {
		q.Set("from", *p.From)
	}
	if p.To != nil {
		q.Set("to", *p.To)
	}
	if p.Granularity != nil {
		q.Set("granularity", string(*p.Granularity))
	}
	return q
}

// ExportUsage exports the account's usage as NDJSON.
//
// The periods of `getUsage` (same parameters, same counting) as newline-delimited JSON, one
// `UsagePeriod` per line, oldest first.
//
// GET /v1/usage/export (exportUsage).
func (s *UsageService) ExportUsage(ctx context.Context, params ExportUsageParams, opts ...RequestOption) *Stream[any] {
	return newStream[any](ctx, s.c, core.Request{Method: "GET", Path: "/v1/usage/export", Auth: core.AuthAccount, OperationID: "exportUsage", Query: params.values()}, opts)
}

// StatusService groups the status operations.
type StatusService struct {
	c *Client
}

// Get returns the health of every GSP and IRP.
//
// Public, no authentication. The health of each GSP route and each IRP (NIC1, NIC2) as einvoice
// sees it: circuit-breaker state, recent latency and error rate. The SDKs read it to back off
// while an IRP is `down` instead of spending retries. Cached for 5 seconds.
//
// A route's circuit opens after consecutive failures; once its probe is due it reads `half_open`
// (whether or not a call has come since) and its status is at worst `degraded`, since only a call
// can probe it. A successful probe closes the circuit, and the route is `operational` again at
// once: its failures before that no longer count (`last_error_at` still says when the last one
// was).
//
// GET /v1/status (getStatus).
func (s *StatusService) Get(ctx context.Context, opts ...RequestOption) (*Status, error) {
	var out Status
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/status", Auth: core.AuthNone, OperationID: "getStatus"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// SandboxService groups the sandbox operations.
type SandboxService struct {
	c *Client
}

// SetFaults makes the next `count` requests of the token's GSTIN meet a failure, so you can
// rehearse how your integration handles it: `duplicate` (NIC answers 2150 for the next generate),
// `irn_expired` (NIC answers 2283 on reads), `timeout_after_commit` (the IRP registers the IRN but
// the answer never arrives; einvoice reconciles), `gsp_outage` (every GSP is down; documents
// queue), or `nic_error` with a NIC `code`. Replaces the GSTIN's pending faults; `count` 0 clears
// them. Production credentials get 403.
//
// POST /v1/sandbox/faults (setSandboxFaults).
func (s *SandboxService) SetFaults(ctx context.Context, body SandboxFaultsRequest, opts ...RequestOption) (*SandboxFaults, error) {
	var out SandboxFaults
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/sandbox/faults", Auth: core.AuthGSTIN, OperationID: "setSandboxFaults", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// TestClocksService groups the test clocks operations.
type TestClocksService struct {
	c *Client
}

// ListTestClocksParams are the query parameters of listTestClocks.
type ListTestClocksParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListTestClocksParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// List lists test clocks (sandbox only).
//
// The account's test clocks, newest first (with a GSTIN token: the clocks the GSTIN follows), a
// page at a time: pass `next_cursor` as `starting_after` for the next page. Production credentials
// get 403 `sandbox_only`.
//
// GET /v1/test_clocks (listTestClocks).
func (s *TestClocksService) List(ctx context.Context, params ListTestClocksParams, opts ...RequestOption) (*Page[TestClock], error) {
	return listPage[TestClock](ctx, s.c, core.Request{Method: "GET", Path: "/v1/test_clocks", Auth: core.AuthAccountOrGSTIN, OperationID: "listTestClocks", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *TestClocksService) ListAutoPaging(ctx context.Context, params ListTestClocksParams, opts ...RequestOption) *Iter[TestClock] {
	return newIter(ctx, func(ctx context.Context) (*Page[TestClock], error) {
		return listPage[TestClock](ctx, s.c, core.Request{Method: "GET", Path: "/v1/test_clocks", Auth: core.AuthAccountOrGSTIN, OperationID: "listTestClocks", Query: params.values()}, opts)
	})
}

// Create creates a clock frozen at `frozen_time` (default: now) and attaches GSTINs to it. From
// then on everything time-dependent for those GSTINs follows the clock instead of the wall clock,
// here and at the sandbox IRP: the IRN cancellation window and `cancellable_until`, e-way bill
// validity, the extension window and its codes, the 24-hour e-way bill cancellation limit and the
// IRP's 2-day retrieval window. The clock stays frozen until you advance it (`advanceTestClock`);
// it never moves backwards.
//
// Our own time follows it too, for GSTIN access tokens: a token issued while its GSTIN is on a
// clock expires TTL after the clock's instant at issue, so advancing past that answers 401
// `invalid_token` (fetch a new token; drive the clock with the account API key, which does not
// expire), and an `Idempotency-Key` used with such a token is retained on the clock (24 hours by
// default), so a replay after advancing past that is a new request. Retries follow it as well:
// advancing by Δ brings the next attempt of the GSTIN's queued documents and of its pending
// webhook deliveries Δ closer, so a retry the clock passes is made at once.
//
// With a GSTIN access token the clock is attached to the token's GSTIN (`gstins` may name only
// it). With the account API key, name the account's sandbox GSTINs in `gstins`, or set
// `whole_account: true` so every sandbox GSTIN without a clock of its own follows it. A GSTIN
// follows at most one clock (409 `gstin_has_test_clock`); an account has at most one whole-account
// clock. Production credentials get 403 `sandbox_only`.
//
// POST /v1/test_clocks (createTestClock).
func (s *TestClocksService) Create(ctx context.Context, body CreateTestClockRequest, opts ...RequestOption) (*TestClock, error) {
	var out TestClock
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/test_clocks", Auth: core.AuthAccountOrGSTIN, OperationID: "createTestClock", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get retrieves a test clock (sandbox only).
//
// One test clock. Production credentials get 403 `sandbox_only`.
//
// GET /v1/test_clocks/{test_clock_id} (getTestClock).
func (s *TestClocksService) Get(ctx context.Context, testClockID string, opts ...RequestOption) (*TestClock, error) {
	var out TestClock
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/test_clocks/" + url.PathEscape(testClockID), Auth: core.AuthAccountOrGSTIN, OperationID: "getTestClock"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Delete deletes the clock; its GSTINs follow the wall clock again. Documents made under the clock
// keep the times they were given (an IRN acknowledged at the clock's time stays so). Production
// credentials get 403 `sandbox_only`.
//
// DELETE /v1/test_clocks/{test_clock_id} (deleteTestClock).
func (s *TestClocksService) Delete(ctx context.Context, testClockID string, opts ...RequestOption) (*DeletedTestClock, error) {
	var out DeletedTestClock
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/test_clocks/" + url.PathEscape(testClockID), Auth: core.AuthAccountOrGSTIN, OperationID: "deleteTestClock"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Advance advances a test clock (sandbox only).
//
// Moves the clock forward, to `frozen_time` or by `advance_by_seconds` (exactly one of them). A
// time that is not later than the clock's is 422 `test_clock_backwards`. The clock is `ready`
// again when this answers. Production credentials get 403 `sandbox_only`.
//
// POST /v1/test_clocks/{test_clock_id}/advance (advanceTestClock).
func (s *TestClocksService) Advance(ctx context.Context, testClockID string, body AdvanceTestClockRequest, opts ...RequestOption) (*TestClock, error) {
	var out TestClock
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/test_clocks/" + url.PathEscape(testClockID) + "/advance", Auth: core.AuthAccountOrGSTIN, OperationID: "advanceTestClock", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// OnboardingService groups the onboarding operations.
type OnboardingService struct {
	c *Client
}

// ListOnboardingLinksParams are the query parameters of listOnboardingLinks.
type ListOnboardingLinksParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListOnboardingLinksParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// ListOnboardingLinks lists onboarding links.
//
// The account's onboarding links, newest first, a page at a time (pass `next_cursor` as
// `starting_after`). Never with their `url`.
//
// GET /v1/onboarding-links (listOnboardingLinks).
func (s *OnboardingService) ListOnboardingLinks(ctx context.Context, params ListOnboardingLinksParams, opts ...RequestOption) (*Page[OnboardingLink], error) {
	return listPage[OnboardingLink](ctx, s.c, core.Request{Method: "GET", Path: "/v1/onboarding-links", Auth: core.AuthAccount, OperationID: "listOnboardingLinks", Query: params.values()}, opts)
}

// ListOnboardingLinksAutoPaging walks every item of every page; see Iter.
func (s *OnboardingService) ListOnboardingLinksAutoPaging(ctx context.Context, params ListOnboardingLinksParams, opts ...RequestOption) *Iter[OnboardingLink] {
	return newIter(ctx, func(ctx context.Context) (*Page[OnboardingLink], error) {
		return listPage[OnboardingLink](ctx, s.c, core.Request{Method: "GET", Path: "/v1/onboarding-links", Auth: core.AuthAccount, OperationID: "listOnboardingLinks", Query: params.values()}, opts)
	})
}

// CreateOnboardingLink creates a one-time, expiring link (`url`, served by this server) for a
// GSTIN, for a platform to send to the business that owns it. The business opens it, sees the
// GSTIN and your account's name, and enters its IRP API user name and password there. They are
// checked against the IRP exactly as `registerGstin` checks them: a GSTIN not yet registered under
// the account is then registered, a registered one gets the new IRP user (as `updateGstin` would
// set it). You never see the password: follow the link's `status` (`pending`, `connected`,
// `failed` after 5 refused attempts, `expired`, `revoked`) and, after a refusal, `failure` with
// NIC's code (1019 Incorrect Password, 1017 Invalid user name).
//
// The token in `url` is 32 random bytes, shown only in this answer (only a hash is stored), usable
// once, until `expires_at` (`expires_in_seconds`, 300 to 604800, default 86400). Unknown, expired,
// revoked and used tokens all get the same page. Creating a link for a GSTIN revokes its older
// pending links (audit events `onboarding_link.created` and `onboarding_link.revoked`).
//
// POST /v1/onboarding-links (createOnboardingLink).
func (s *OnboardingService) CreateOnboardingLink(ctx context.Context, body CreateOnboardingLinkRequest, opts ...RequestOption) (*OnboardingLink, error) {
	var out OnboardingLink
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/onboarding-links", Auth: core.AuthAccount, OperationID: "createOnboardingLink", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetOnboardingLink retrieves an onboarding link.
//
// One onboarding link of the account (without its `url`). Another account's link answers 404.
//
// GET /v1/onboarding-links/{link_id} (getOnboardingLink).
func (s *OnboardingService) GetOnboardingLink(ctx context.Context, linkID string, opts ...RequestOption) (*OnboardingLink, error) {
	var out OnboardingLink
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/onboarding-links/" + url.PathEscape(linkID), Auth: core.AuthAccount, OperationID: "getOnboardingLink"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeOnboardingLink revokes a pending link: its page answers like an unknown link from now on.
// Revoking a revoked link answers it again; a connected, failed or expired link is 409
// `onboarding_link_not_pending`. Audit-logged as `onboarding_link.revoked`. To onboard the GSTIN
// again, create a new link.
//
// POST /v1/onboarding-links/{link_id}/revoke (revokeOnboardingLink).
func (s *OnboardingService) RevokeOnboardingLink(ctx context.Context, linkID string, opts ...RequestOption) (*OnboardingLink, error) {
	var out OnboardingLink
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/onboarding-links/" + url.PathEscape(linkID) + "/revoke", Auth: core.AuthAccount, OperationID: "revokeOnboardingLink", Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// PlatformsService groups the platforms operations.
type PlatformsService struct {
	c *Client
}

// ListTenantsParams are the query parameters of listTenants.
type ListTenantsParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListTenantsParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// ListTenants lists tenants.
//
// The account's tenants, newest first. Acting on a tenant (the header, or a key bound to one), the
// list holds that tenant only.
//
// GET /v1/tenants (listTenants).
func (s *PlatformsService) ListTenants(ctx context.Context, params ListTenantsParams, opts ...RequestOption) (*Page[Tenant], error) {
	return listPage[Tenant](ctx, s.c, core.Request{Method: "GET", Path: "/v1/tenants", Auth: core.AuthAccount, OperationID: "listTenants", Query: params.values()}, opts)
}

// ListTenantsAutoPaging walks every item of every page; see Iter.
func (s *PlatformsService) ListTenantsAutoPaging(ctx context.Context, params ListTenantsParams, opts ...RequestOption) *Iter[Tenant] {
	return newIter(ctx, func(ctx context.Context) (*Page[Tenant], error) {
		return listPage[Tenant](ctx, s.c, core.Request{Method: "GET", Path: "/v1/tenants", Auth: core.AuthAccount, OperationID: "listTenants", Query: params.values()}, opts)
	})
}

// CreateTenant creates a tenant.
//
// A business you invoice for. Register its GSTINs with `Einvoice-Tenant: ten_...` (or a key bound
// to it): they, their credentials, documents, webhook endpoints, request logs and audit events
// then belong to it. Its plan is the default of the credentials created under its GSTINs:
// `developer` 10 requests/s, `standard` 100, `custom` its `rate_limit_rps`. A restricted key bound
// to a tenant cannot create tenants.
//
// POST /v1/tenants (createTenant).
func (s *PlatformsService) CreateTenant(ctx context.Context, body CreateTenantRequest, opts ...RequestOption) (*Tenant, error) {
	var out Tenant
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/tenants", Auth: core.AuthAccount, OperationID: "createTenant", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetTenant returns a tenant.
//
// One tenant of the account. Another tenant, seen while acting on a tenant, is answered exactly as
// an unknown one (404 `tenant_not_found`).
//
// GET /v1/tenants/{tenant_id} (getTenant).
func (s *PlatformsService) GetTenant(ctx context.Context, tenantID string, opts ...RequestOption) (*Tenant, error) {
	var out Tenant
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/tenants/" + url.PathEscape(tenantID), Auth: core.AuthAccount, OperationID: "getTenant"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// UpdateTenant changes the name, the plan (and its rate) or the metadata. Metadata is merged: a
// key set to an empty string is removed. A new plan applies to credentials created afterwards.
//
// PATCH /v1/tenants/{tenant_id} (updateTenant).
func (s *PlatformsService) UpdateTenant(ctx context.Context, tenantID string, body UpdateTenantRequest, opts ...RequestOption) (*Tenant, error) {
	var out Tenant
	if err := s.c.do(ctx, core.Request{Method: "PATCH", Path: "/v1/tenants/" + url.PathEscape(tenantID), Auth: core.AuthAccount, OperationID: "updateTenant", Body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListAPIKeysParams are the query parameters of listApiKeys.
type ListAPIKeysParams struct {
	// Page size, 1-100 (default 20).
	Limit *int64
	// The `next_cursor` of the previous page, unchanged. Cursors are opaque and sealed to the list
	// (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
	// `invalid_request` whose error has code `invalid_cursor`.
	StartingAfter *string
}

func (p ListAPIKeysParams) values() url.Values {
	q := url.Values{}
	if p.Limit != nil {
		q.Set("limit", strconv.FormatInt(*p.Limit, 10))
	}
	if p.StartingAfter != nil {
		q.Set("starting_after", *p.StartingAfter)
	}
	return q
}

// ListAPIKeys lists restricted API keys.
//
// The account's restricted keys (never their secrets), newest first; acting on a tenant, that
// tenant's only.
//
// GET /v1/api-keys (listApiKeys).
func (s *PlatformsService) ListAPIKeys(ctx context.Context, params ListAPIKeysParams, opts ...RequestOption) (*Page[APIKey], error) {
	return listPage[APIKey](ctx, s.c, core.Request{Method: "GET", Path: "/v1/api-keys", Auth: core.AuthAccount, OperationID: "listApiKeys", Query: params.values()}, opts)
}

// ListAPIKeysAutoPaging walks every item of every page; see Iter.
func (s *PlatformsService) ListAPIKeysAutoPaging(ctx context.Context, params ListAPIKeysParams, opts ...RequestOption) *Iter[APIKey] {
	return newIter(ctx, func(ctx context.Context) (*Page[APIKey], error) {
		return listPage[APIKey](ctx, s.c, core.Request{Method: "GET", Path: "/v1/api-keys", Auth: core.AuthAccount, OperationID: "listApiKeys", Query: params.values()}, opts)
	})
}

// CreateAPIKey creates a restricted API key.
//
// A key narrower than the account key: bound to a tenant (it acts on that tenant without the
// header, and a header naming another tenant is answered 404 `tenant_not_found`) and/or to
// permissions: `read` (every GET of account-level operations), `documents` (read, and create OAuth
// credentials and their secrets, so it can mint tokens for its tenant's GSTINs), `admin`
// (everything account-level; tenants only when not bound to one). An operation outside them is 403
// `permission_denied` naming the permission needed. The secret (`key`, `rk_test_...` or
// `rk_live_...`) is in this answer only; it is stored as a hash. Needs the unrestricted account
// key; audited (`api_key.created`).
//
// POST /v1/api-keys (createApiKey).
func (s *PlatformsService) CreateAPIKey(ctx context.Context, body CreateAPIKeyRequest, opts ...RequestOption) (*APIKey, error) {
	var out APIKey
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/api-keys", Auth: core.AuthAccount, OperationID: "createApiKey", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetAPIKey returns a restricted API key.
//
// One restricted key (without its secret), with when it was last used (recorded at most once a
// minute).
//
// GET /v1/api-keys/{key_id} (getApiKey).
func (s *PlatformsService) GetAPIKey(ctx context.Context, keyID string, opts ...RequestOption) (*APIKey, error) {
	var out APIKey
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/api-keys/" + url.PathEscape(keyID), Auth: core.AuthAccount, OperationID: "getApiKey"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeAPIKey revokes the key (and the old secret of a roll): its very next call is refused with
// 401. The answer is the key as revoked; it is then gone from get and list (404), and the audit
// trail keeps it (`api_key.revoked`).
//
// DELETE /v1/api-keys/{key_id} (revokeApiKey).
func (s *PlatformsService) RevokeAPIKey(ctx context.Context, keyID string, opts ...RequestOption) (*APIKey, error) {
	var out APIKey
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/api-keys/" + url.PathEscape(keyID), Auth: core.AuthAccount, OperationID: "revokeApiKey"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RollAPIKey rolls a restricted API key.
//
// A new secret for the key (same id, tenant and permissions), in this answer only. The old secret
// keeps working for `expires_in_seconds` (default 0: it stops now; at most 7 days). Audited
// (`api_key.rolled`).
//
// POST /v1/api-keys/{key_id}/roll (rollApiKey).
func (s *PlatformsService) RollAPIKey(ctx context.Context, keyID string, body *RollAPIKeyRequest, opts ...RequestOption) (*APIKey, error) {
	var out APIKey
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/api-keys/" + url.PathEscape(keyID) + "/roll", Auth: core.AuthAccount, OperationID: "rollApiKey", Body: optionalBody(body), Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// resources holds every service; Client embeds it.
type resources struct {
	OAuth             *OAuthService
	GSTINs            *GSTINsService
	Credentials       *CredentialsService
	AuditEvents       *AuditEventsService
	IRN               *IRNService
	BulkJobs          *BulkJobsService
	Notes             *NotesService
	EWB               *EWBService
	Documents         *DocumentsService
	Taxpayers         *TaxpayersService
	GSTINDetails      *GSTINDetailsService
	WebhookEndpoints  *WebhookEndpointsService
	WebhookDeliveries *WebhookDeliveriesService
	Logs              *LogsService
	Usage             *UsageService
	Status            *StatusService
	Sandbox           *SandboxService
	TestClocks        *TestClocksService
	Onboarding        *OnboardingService
	Platforms         *PlatformsService
}

func (r *resources) init(c *Client) {
	r.OAuth = &OAuthService{c: c}
	r.GSTINs = &GSTINsService{c: c}
	r.Credentials = &CredentialsService{c: c}
	r.AuditEvents = &AuditEventsService{c: c}
	r.IRN = &IRNService{c: c}
	r.BulkJobs = &BulkJobsService{c: c}
	r.Notes = &NotesService{c: c}
	r.EWB = &EWBService{c: c}
	r.Documents = &DocumentsService{c: c}
	r.Taxpayers = &TaxpayersService{c: c}
	r.GSTINDetails = &GSTINDetailsService{c: c}
	r.WebhookEndpoints = &WebhookEndpointsService{c: c}
	r.WebhookDeliveries = &WebhookDeliveriesService{c: c}
	r.Logs = &LogsService{c: c}
	r.Usage = &UsageService{c: c}
	r.Status = &StatusService{c: c}
	r.Sandbox = &SandboxService{c: c}
	r.TestClocks = &TestClocksService{c: c}
	r.Onboarding = &OnboardingService{c: c}
	r.Platforms = &PlatformsService{c: c}
}
