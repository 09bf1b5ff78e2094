// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

import (
	"context"
	"net/url"
	"strconv"

	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

var _ = strconv.Itoa // not every spec has numeric query parameters

// OauthService groups the oauth operations.
type OauthService struct {
	c *Client
}

// CreateToken get an access token for one GSTIN
//
// POST /v1/oauth/token (createToken).
func (s *OauthService) CreateToken(ctx context.Context, body TokenRequest, opts ...RequestOption) (*TokenResponse, error) {
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
	// The `next_cursor` of the previous page.
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

// List list registered GSTINs
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

// Register register a GSTIN
//
// POST /v1/gstins (registerGstin).
func (s *GSTINsService) Register(ctx context.Context, body RegisterGSTINRequest, opts ...RequestOption) (*GSTIN, error) {
	var out GSTIN
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/gstins", Auth: core.AuthAccount, OperationID: "registerGstin", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get get a registered GSTIN
//
// GET /v1/gstins/{gstin} (getGstin).
func (s *GSTINsService) Get(ctx context.Context, gstin string, opts ...RequestOption) (*GSTIN, error) {
	var out GSTIN
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/gstins/" + url.PathEscape(gstin), Auth: core.AuthAccount, OperationID: "getGstin"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Delete delete a registered GSTIN
//
// DELETE /v1/gstins/{gstin} (deleteGstin).
func (s *GSTINsService) Delete(ctx context.Context, gstin string, opts ...RequestOption) (*DeletedGSTIN, error) {
	var out DeletedGSTIN
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/gstins/" + url.PathEscape(gstin), Auth: core.AuthAccount, OperationID: "deleteGstin"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Update update a registered GSTIN
//
// PATCH /v1/gstins/{gstin} (updateGstin).
func (s *GSTINsService) Update(ctx context.Context, gstin string, body UpdateGSTINRequest, opts ...RequestOption) (*GSTIN, error) {
	var out GSTIN
	if err := s.c.do(ctx, core.Request{Method: "PATCH", Path: "/v1/gstins/" + url.PathEscape(gstin), Auth: core.AuthAccount, OperationID: "updateGstin", Body: body}, &out, opts); err != nil {
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
	// The `next_cursor` of the previous page.
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

// List list the OAuth clients of a GSTIN
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

// Create create an OAuth client for a GSTIN
//
// POST /v1/gstins/{gstin}/credentials (createCredential).
func (s *CredentialsService) Create(ctx context.Context, gstin string, body CreateCredentialRequest, opts ...RequestOption) (*CredentialWithSecret, error) {
	var out CredentialWithSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/gstins/" + url.PathEscape(gstin) + "/credentials", Auth: core.AuthAccount, OperationID: "createCredential", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Revoke revoke an OAuth client
//
// DELETE /v1/credentials/{client_id} (revokeCredential).
func (s *CredentialsService) Revoke(ctx context.Context, clientId string, opts ...RequestOption) (*Credential, error) {
	var out Credential
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/credentials/" + url.PathEscape(clientId), Auth: core.AuthAccount, OperationID: "revokeCredential"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AddSecret add a second secret (rotation)
//
// POST /v1/credentials/{client_id}/secrets (addCredentialSecret).
func (s *CredentialsService) AddSecret(ctx context.Context, clientId string, body *AddSecretRequest, opts ...RequestOption) (*NewSecret, error) {
	var out NewSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/credentials/" + url.PathEscape(clientId) + "/secrets", Auth: core.AuthAccount, OperationID: "addCredentialSecret", Body: optionalBody(body), Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RevokeSecret revoke one secret
//
// DELETE /v1/credentials/{client_id}/secrets/{secret_id} (revokeCredentialSecret).
func (s *CredentialsService) RevokeSecret(ctx context.Context, clientId string, secretId string, opts ...RequestOption) (*Credential, error) {
	var out Credential
	if err := s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/credentials/" + url.PathEscape(clientId) + "/secrets/" + url.PathEscape(secretId), Auth: core.AuthAccount, OperationID: "revokeCredentialSecret"}, &out, opts); err != nil {
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
	// The `next_cursor` of the previous page.
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

// List list security audit events
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

// Generate generate an IRN for an invoice
//
// POST /v1/irn (generateIrn).
func (s *IRNService) Generate(ctx context.Context, body Invoice, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/irn", Auth: core.AuthGSTIN, OperationID: "generateIrn", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// BulkGenerate generate IRNs for up to 5,000 invoices
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

// GetByDocument find the IRN of a document
//
// GET /v1/irn/by-document (getIrnByDocument).
func (s *IRNService) GetByDocument(ctx context.Context, params GetIRNByDocumentParams, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/irn/by-document", Auth: core.AuthGSTIN, OperationID: "getIrnByDocument", Query: params.values()}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get get an IRN
//
// GET /v1/irn/{irn} (getIrn).
func (s *IRNService) Get(ctx context.Context, irn string, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/irn/" + url.PathEscape(irn), Auth: core.AuthGSTIN, OperationID: "getIrn"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Cancel cancel an IRN
//
// POST /v1/irn/{irn}/cancel (cancelIrn).
func (s *IRNService) Cancel(ctx context.Context, irn string, body CancelIRNRequest, opts ...RequestOption) (*IRNDocument, error) {
	var out IRNDocument
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/irn/" + url.PathEscape(irn) + "/cancel", Auth: core.AuthGSTIN, OperationID: "cancelIrn", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// NotesService groups the notes operations.
type NotesService struct {
	c *Client
}

// Generate generate a credit or debit note
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

// Generate generate an e-way bill from an IRN
//
// POST /v1/ewb (generateEwb).
func (s *EWBService) Generate(ctx context.Context, body GenerateEWBRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb", Auth: core.AuthGSTIN, OperationID: "generateEwb", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get get an e-way bill
//
// GET /v1/ewb/{ewb_no} (getEwb).
func (s *EWBService) Get(ctx context.Context, ewbNo string, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/ewb/" + url.PathEscape(ewbNo), Auth: core.AuthGSTIN, OperationID: "getEwb"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// UpdateVehicle update Part-B (vehicle or transport document)
//
// POST /v1/ewb/{ewb_no}/vehicle (updateEwbVehicle).
func (s *EWBService) UpdateVehicle(ctx context.Context, ewbNo string, body UpdateEWBVehicleRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb/" + url.PathEscape(ewbNo) + "/vehicle", Auth: core.AuthGSTIN, OperationID: "updateEwbVehicle", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Extend extend an e-way bill's validity
//
// POST /v1/ewb/{ewb_no}/extend (extendEwb).
func (s *EWBService) Extend(ctx context.Context, ewbNo string, body ExtendEWBRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb/" + url.PathEscape(ewbNo) + "/extend", Auth: core.AuthGSTIN, OperationID: "extendEwb", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Cancel cancel an e-way bill
//
// POST /v1/ewb/{ewb_no}/cancel (cancelEwb).
func (s *EWBService) Cancel(ctx context.Context, ewbNo string, body CancelEWBRequest, opts ...RequestOption) (*EwayBill, error) {
	var out EwayBill
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/ewb/" + url.PathEscape(ewbNo) + "/cancel", Auth: core.AuthGSTIN, OperationID: "cancelEwb", Body: body, Idempotent: true}, &out, opts); err != nil {
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
	// The `next_cursor` of the previous page.
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

// List list documents for reconciliation
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

// Export export documents as NDJSON
//
// GET /v1/documents/export (exportDocuments).
func (s *DocumentsService) Export(ctx context.Context, params ExportDocumentsParams, opts ...RequestOption) *Stream[DocumentSummary] {
	return newStream[DocumentSummary](ctx, s.c, core.Request{Method: "GET", Path: "/v1/documents/export", Auth: core.AuthGSTIN, OperationID: "exportDocuments", Query: params.values()}, opts)
}

// GSTINDetailsService groups the gstin details operations.
type GSTINDetailsService struct {
	c *Client
}

// Get look up a taxpayer's GSTIN
//
// GET /v1/gstin-details/{gstin} (getGstinDetails).
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
	// The `next_cursor` of the previous page.
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

// List list webhook endpoints
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

// Create create a webhook endpoint
//
// POST /v1/webhook-endpoints (createWebhookEndpoint).
func (s *WebhookEndpointsService) Create(ctx context.Context, body CreateWebhookEndpointRequest, opts ...RequestOption) (*WebhookEndpointWithSecret, error) {
	var out WebhookEndpointWithSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/webhook-endpoints", Auth: core.AuthAccount, OperationID: "createWebhookEndpoint", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Get get a webhook endpoint
//
// GET /v1/webhook-endpoints/{endpoint_id} (getWebhookEndpoint).
func (s *WebhookEndpointsService) Get(ctx context.Context, endpointId string, opts ...RequestOption) (*WebhookEndpoint, error) {
	var out WebhookEndpoint
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointId), Auth: core.AuthAccount, OperationID: "getWebhookEndpoint"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Delete delete a webhook endpoint
//
// DELETE /v1/webhook-endpoints/{endpoint_id} (deleteWebhookEndpoint).
func (s *WebhookEndpointsService) Delete(ctx context.Context, endpointId string, opts ...RequestOption) error {
	return s.c.do(ctx, core.Request{Method: "DELETE", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointId), Auth: core.AuthAccount, OperationID: "deleteWebhookEndpoint"}, nil, opts)
}

// Update update a webhook endpoint
//
// PATCH /v1/webhook-endpoints/{endpoint_id} (updateWebhookEndpoint).
func (s *WebhookEndpointsService) Update(ctx context.Context, endpointId string, body UpdateWebhookEndpointRequest, opts ...RequestOption) (*WebhookEndpoint, error) {
	var out WebhookEndpoint
	if err := s.c.do(ctx, core.Request{Method: "PATCH", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointId), Auth: core.AuthAccount, OperationID: "updateWebhookEndpoint", Body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// RotateSecret rotate an endpoint's signing secret
//
// POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret (rotateWebhookSecret).
func (s *WebhookEndpointsService) RotateSecret(ctx context.Context, endpointId string, body *RotateWebhookSecretRequest, opts ...RequestOption) (*WebhookEndpointWithSecret, error) {
	var out WebhookEndpointWithSecret
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/webhook-endpoints/" + url.PathEscape(endpointId) + "/rotate-secret", Auth: core.AuthAccount, OperationID: "rotateWebhookSecret", Body: optionalBody(body), Idempotent: true}, &out, opts); err != nil {
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
	// The `next_cursor` of the previous page.
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

// List list webhook deliveries
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

// Replay replay a delivery
//
// POST /v1/webhook-deliveries/{delivery_id}/replay (replayWebhookDelivery).
func (s *WebhookDeliveriesService) Replay(ctx context.Context, deliveryId string, opts ...RequestOption) (*WebhookDelivery, error) {
	var out WebhookDelivery
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/webhook-deliveries/" + url.PathEscape(deliveryId) + "/replay", Auth: core.AuthAccount, OperationID: "replayWebhookDelivery", Idempotent: true}, &out, opts); err != nil {
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
	// The `next_cursor` of the previous page.
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

// List list request logs
//
// GET /v1/logs (listRequestLogs).
func (s *LogsService) List(ctx context.Context, params ListRequestLogsParams, opts ...RequestOption) (*Page[RequestLog], error) {
	return listPage[RequestLog](ctx, s.c, core.Request{Method: "GET", Path: "/v1/logs", Auth: core.AuthAccountOrGSTIN, OperationID: "listRequestLogs", Query: params.values()}, opts)
}

// ListAutoPaging walks every item of every page; see Iter.
func (s *LogsService) ListAutoPaging(ctx context.Context, params ListRequestLogsParams, opts ...RequestOption) *Iter[RequestLog] {
	return newIter(ctx, func(ctx context.Context) (*Page[RequestLog], error) {
		return listPage[RequestLog](ctx, s.c, core.Request{Method: "GET", Path: "/v1/logs", Auth: core.AuthAccountOrGSTIN, OperationID: "listRequestLogs", Query: params.values()}, opts)
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

// Export export request logs as NDJSON
//
// GET /v1/logs/export (exportRequestLogs).
func (s *LogsService) Export(ctx context.Context, params ExportRequestLogsParams, opts ...RequestOption) *Stream[RequestLog] {
	return newStream[RequestLog](ctx, s.c, core.Request{Method: "GET", Path: "/v1/logs/export", Auth: core.AuthAccountOrGSTIN, OperationID: "exportRequestLogs", Query: params.values()}, opts)
}

// Get get one request log
//
// GET /v1/logs/{log_id} (getRequestLog).
func (s *LogsService) Get(ctx context.Context, logId string, opts ...RequestOption) (*RequestLog, error) {
	var out RequestLog
	if err := s.c.do(ctx, core.Request{Method: "GET", Path: "/v1/logs/" + url.PathEscape(logId), Auth: core.AuthAccountOrGSTIN, OperationID: "getRequestLog"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// StatusService groups the status operations.
type StatusService struct {
	c *Client
}

// Get health of every GSP and IRP
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

// SetFaults rehearse a failure (sandbox only)
//
// POST /v1/sandbox/faults (setSandboxFaults).
func (s *SandboxService) SetFaults(ctx context.Context, body SandboxFaultsRequest, opts ...RequestOption) (*SandboxFaults, error) {
	var out SandboxFaults
	if err := s.c.do(ctx, core.Request{Method: "POST", Path: "/v1/sandbox/faults", Auth: core.AuthGSTIN, OperationID: "setSandboxFaults", Body: body, Idempotent: true}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// resources holds every service; Client embeds it.
type resources struct {
	Oauth             *OauthService
	GSTINs            *GSTINsService
	Credentials       *CredentialsService
	AuditEvents       *AuditEventsService
	IRN               *IRNService
	Notes             *NotesService
	EWB               *EWBService
	Documents         *DocumentsService
	GSTINDetails      *GSTINDetailsService
	WebhookEndpoints  *WebhookEndpointsService
	WebhookDeliveries *WebhookDeliveriesService
	Logs              *LogsService
	Status            *StatusService
	Sandbox           *SandboxService
}

func (r *resources) init(c *Client) {
	r.Oauth = &OauthService{c: c}
	r.GSTINs = &GSTINsService{c: c}
	r.Credentials = &CredentialsService{c: c}
	r.AuditEvents = &AuditEventsService{c: c}
	r.IRN = &IRNService{c: c}
	r.Notes = &NotesService{c: c}
	r.EWB = &EWBService{c: c}
	r.Documents = &DocumentsService{c: c}
	r.GSTINDetails = &GSTINDetailsService{c: c}
	r.WebhookEndpoints = &WebhookEndpointsService{c: c}
	r.WebhookDeliveries = &WebhookDeliveriesService{c: c}
	r.Logs = &LogsService{c: c}
	r.Status = &StatusService{c: c}
	r.Sandbox = &SandboxService{c: c}
}
