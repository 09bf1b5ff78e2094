// Friendly names for the generated wire types. Hand-written; the generated file is never edited.
import type { components, operations } from './generated/schema.js';

type S = components['schemas'];

export type { components, operations, paths } from './generated/schema.js';

export type Invoice = S['Invoice'];
export type NoteRequest = S['NoteRequest'];
export type IrnDocument = S['IrnDocument'];
export type CancelIrnRequest = S['CancelIrnRequest'];
export type BulkGenerateRequest = S['BulkGenerateRequest'];
export type BulkGenerateResult = S['BulkGenerateResult'];
export type BulkJob = S['BulkJob'];
export type BulkProgress = S['BulkProgress'];
export type BulkJobRecordResult = S['BulkJobRecordResult'];
export type BulkJobResultList = S['BulkJobResultList'];
export type GenerateEwbRequest = S['GenerateEwbRequest'];
export type EwayBill = S['EwayBill'];
export type UpdateEwbVehicleRequest = S['UpdateEwbVehicleRequest'];
export type ExtendEwbRequest = S['ExtendEwbRequest'];
export type CancelEwbRequest = S['CancelEwbRequest'];
export type DocumentSummary = S['DocumentSummary'];
export type DocumentList = S['DocumentList'];
export type GstinDetails = S['GstinDetails'];
export type Status = S['Status'];
export type SandboxFaultsRequest = S['SandboxFaultsRequest'];
export type SandboxFaults = S['SandboxFaults'];
export type OnboardingLink = S['OnboardingLink'];
export type OnboardingLinkList = S['OnboardingLinkList'];
export type CreateOnboardingLinkRequest = S['CreateOnboardingLinkRequest'];
export type Tenant = S['Tenant'];
export type CreateTenantRequest = S['CreateTenantRequest'];
export type UpdateTenantRequest = S['UpdateTenantRequest'];
export type ApiKey = S['ApiKey'];
export type CreateApiKeyRequest = S['CreateApiKeyRequest'];
export type RollApiKeyRequest = S['RollApiKeyRequest'];
export type TestClock = S['TestClock'];
export type TestClockList = S['TestClockList'];
export type CreateTestClockRequest = S['CreateTestClockRequest'];
export type AdvanceTestClockRequest = S['AdvanceTestClockRequest'];
export type DeletedTestClock = S['DeletedTestClock'];
export type RequestLog = S['RequestLog'];
export type RequestLogList = S['RequestLogList'];
export type Usage = S['Usage'];
export type UsagePeriod = S['UsagePeriod'];
export type Problem = S['Problem'];
export type GstnError = S['GstnError'];
export type TokenResponse = S['TokenResponse'];
export type RegisterGstinRequest = S['RegisterGstinRequest'];
export type UpdateGstinRequest = S['UpdateGstinRequest'];
export type DeletedGstin = S['DeletedGstin'];
export type GspRouteUser = S['GspRouteUser'];
export type GspRouteUserList = S['GspRouteUserList'];
export type PutGspRouteUserRequest = S['PutGspRouteUserRequest'];
export type DeletedGspRouteUser = S['DeletedGspRouteUser'];
export type Gstin = S['Gstin'];
export type GstinList = S['GstinList'];
export type CreateCredentialRequest = S['CreateCredentialRequest'];
export type Credential = S['Credential'];
export type CredentialWithSecret = S['CredentialWithSecret'];
export type CredentialList = S['CredentialList'];
export type AddSecretRequest = S['AddSecretRequest'];
export type NewSecret = S['NewSecret'];
export type AuditEvent = S['AuditEvent'];
export type AuditEventList = S['AuditEventList'];
export type CreateWebhookEndpointRequest = S['CreateWebhookEndpointRequest'];
export type UpdateWebhookEndpointRequest = S['UpdateWebhookEndpointRequest'];
export type WebhookEndpoint = S['WebhookEndpoint'];
export type WebhookEndpointWithSecret = S['WebhookEndpointWithSecret'];
export type WebhookEndpointList = S['WebhookEndpointList'];
export type RotateWebhookSecretRequest = S['RotateWebhookSecretRequest'];
export type WebhookDelivery = S['WebhookDelivery'];
export type WebhookDeliveryList = S['WebhookDeliveryList'];

type Query<Op extends keyof operations> = operations[Op] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;
export type GetIrnByDocumentParams = Query<'getIrnByDocument'>;
export type ListDocumentsParams = Query<'listDocuments'>;
export type ListBulkJobResultsParams = Query<'listBulkJobResults'>;
export type ExportDocumentsParams = Query<'exportDocuments'>;
export type ListRequestLogsParams = Query<'listRequestLogs'>;
export type ExportRequestLogsParams = Query<'exportRequestLogs'>;
export type GetUsageParams = Query<'getUsage'>;
export type ExportUsageParams = Query<'exportUsage'>;
export type ListAuditEventsParams = Query<'listAuditEvents'>;
export type ListWebhookDeliveriesParams = Query<'listWebhookDeliveries'>;
export type PageParams = { limit?: number; starting_after?: string };

// Webhook payloads (`Webhook.unwrap` returns them verified and typed; narrow on `type`).
export type IrnGeneratedEvent = S['IrnGeneratedEvent'];
export type IrnFailedEvent = S['IrnFailedEvent'];
export type IrnCancelledEvent = S['IrnCancelledEvent'];
export type NoteGeneratedEvent = S['NoteGeneratedEvent'];
export type EwbGeneratedEvent = S['EwbGeneratedEvent'];
export type EwbVehicleUpdatedEvent = S['EwbVehicleUpdatedEvent'];
export type EwbExtendedEvent = S['EwbExtendedEvent'];
export type EwbCancelledEvent = S['EwbCancelledEvent'];
export type BulkCompletedEvent = S['BulkCompletedEvent'];
export type WebhookEndpointDisabledEvent = S['WebhookEndpointDisabledEvent'];
/** Any webhook payload this SDK version knows, told apart by `type`. */
export type WebhookEvent =
  | IrnGeneratedEvent
  | IrnFailedEvent
  | IrnCancelledEvent
  | NoteGeneratedEvent
  | EwbGeneratedEvent
  | EwbVehicleUpdatedEvent
  | EwbExtendedEvent
  | EwbCancelledEvent
  | BulkCompletedEvent
  | WebhookEndpointDisabledEvent;
