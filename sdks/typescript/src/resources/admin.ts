// Resources of the admin client (account API key): GSTINs, credentials, audit events, webhook endpoints, logs,
// hosted onboarding links, usage.
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { Resource, seg } from '../core/resource.js';
import type { RequestOptions } from '../core/transport.js';
import type {
  AddSecretRequest,
  ApiKey,
  AuditEvent,
  CreateApiKeyRequest,
  CreateCredentialRequest,
  CreateOnboardingLinkRequest,
  CreateTenantRequest,
  CreateWebhookEndpointRequest,
  Credential,
  CredentialWithSecret,
  DeletedGspRouteUser,
  DeletedGstin,
  ExportRequestLogsParams,
  ExportUsageParams,
  GetUsageParams,
  GspRouteUser,
  GspRouteUserList,
  Gstin,
  ListAuditEventsParams,
  ListRequestLogsParams,
  ListWebhookDeliveriesParams,
  NewSecret,
  OnboardingLink,
  PageParams,
  PutGspRouteUserRequest,
  RegisterGstinRequest,
  RequestLog,
  RollApiKeyRequest,
  RotateWebhookSecretRequest,
  Tenant,
  UpdateGstinRequest,
  UpdateTenantRequest,
  UpdateWebhookEndpointRequest,
  Usage,
  UsagePeriod,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from '../types.js';

export class Gstins extends Resource {
  register(body: RegisterGstinRequest, options?: RequestOptions): APIPromise<Gstin> {
    return this._post('/v1/gstins', body, options);
  }
  list(params: PageParams = {}, options?: RequestOptions): PagePromise<Gstin> {
    return this._list('/v1/gstins', params, options);
  }
  get(gstin: string, options?: RequestOptions): APIPromise<Gstin> {
    return this._get(`/v1/gstins/${seg(gstin)}`, undefined, options);
  }
  /** Changes the IRP user, description or flag; a new user name or password is checked against the IRP first. */
  update(gstin: string, body: UpdateGstinRequest, options?: RequestOptions): APIPromise<Gstin> {
    return this.call({ method: 'PATCH', path: `/v1/gstins/${seg(gstin)}`, body }, options);
  }
  /** Revokes every credential of the GSTIN; its documents stay archived and come back if it is registered again. */
  delete(gstin: string, options?: RequestOptions): APIPromise<DeletedGstin> {
    return this.call({ method: 'DELETE', path: `/v1/gstins/${seg(gstin)}` }, options);
  }
  /** The GSTIN's own API users per GSP route, with `status: refused` and the reason where a route refused them. */
  listGspRoutes(gstin: string, options?: RequestOptions): APIPromise<GspRouteUserList> {
    return this._get(`/v1/gstins/${seg(gstin)}/gsp-routes`, undefined, options);
  }
  /** Sets the API users on one GSP route (NIC creates them per GSP); checked on that route first. */
  setGspRoute(
    gstin: string,
    route: string,
    body: PutGspRouteUserRequest,
    options?: RequestOptions,
  ): APIPromise<GspRouteUser> {
    return this.call({ method: 'PUT', path: `/v1/gstins/${seg(gstin)}/gsp-routes/${seg(route)}`, body }, options);
  }
  /** The route uses the GSTIN's registered IRP user again. */
  deleteGspRoute(gstin: string, route: string, options?: RequestOptions): APIPromise<DeletedGspRouteUser> {
    return this.call({ method: 'DELETE', path: `/v1/gstins/${seg(gstin)}/gsp-routes/${seg(route)}` }, options);
  }
}

export class Credentials extends Resource {
  /** The response carries `client_secret` once; store it now. */
  create(gstin: string, body: CreateCredentialRequest, options?: RequestOptions): APIPromise<CredentialWithSecret> {
    return this._post(`/v1/gstins/${seg(gstin)}/credentials`, body, options);
  }
  list(gstin: string, params: PageParams = {}, options?: RequestOptions): PagePromise<Credential> {
    return this._list(`/v1/gstins/${seg(gstin)}/credentials`, params, options);
  }
  /** One credential (secrets by id and prefix only): where `create`'s `Location` points. */
  get(clientId: string, options?: RequestOptions): APIPromise<Credential> {
    return this._get(`/v1/credentials/${seg(clientId)}`, undefined, options);
  }
  revoke(clientId: string, options?: RequestOptions): APIPromise<Credential> {
    return this.call({ method: 'DELETE', path: `/v1/credentials/${seg(clientId)}` }, options);
  }
  /** Secret rotation, step 1: add a second secret (deploy it, then revoke the old one). */
  addSecret(clientId: string, body: AddSecretRequest = {}, options?: RequestOptions): APIPromise<NewSecret> {
    return this._post(`/v1/credentials/${seg(clientId)}/secrets`, body, options);
  }
  /** Secret rotation, step 2: revoke the old secret. */
  revokeSecret(clientId: string, secretId: string, options?: RequestOptions): APIPromise<Credential> {
    return this.call({ method: 'DELETE', path: `/v1/credentials/${seg(clientId)}/secrets/${seg(secretId)}` }, options);
  }
}

export class AuditEvents extends Resource {
  list(params: ListAuditEventsParams = {}, options?: RequestOptions): PagePromise<AuditEvent> {
    return this._list('/v1/audit-events', params, options);
  }
}

/** Hosted credential onboarding: a one-time link where a business enters its own IRP API user. */
/** Tenants: the businesses a platform invoices for (act on one with the client's or a call's `tenant` option). */
export class Tenants extends Resource {
  create(body: CreateTenantRequest, options?: RequestOptions): APIPromise<Tenant> {
    return this._post('/v1/tenants', body, options);
  }
  list(params: PageParams = {}, options?: RequestOptions): PagePromise<Tenant> {
    return this._list('/v1/tenants', params, options);
  }
  get(tenantId: string, options?: RequestOptions): APIPromise<Tenant> {
    return this._get(`/v1/tenants/${seg(tenantId)}`, undefined, options);
  }
  update(tenantId: string, body: UpdateTenantRequest, options?: RequestOptions): APIPromise<Tenant> {
    return this.call({ method: 'PATCH', path: `/v1/tenants/${seg(tenantId)}`, body }, options);
  }
}

/** Restricted API keys (managed with the unrestricted account key). */
export class ApiKeys extends Resource {
  /** The answer's `key` is the secret, shown only here and in `roll`: store it now. */
  create(body: CreateApiKeyRequest, options?: RequestOptions): APIPromise<ApiKey> {
    return this._post('/v1/api-keys', body, options);
  }
  list(params: PageParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    return this._list('/v1/api-keys', params, options);
  }
  get(keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._get(`/v1/api-keys/${seg(keyId)}`, undefined, options);
  }
  /** A new secret; the old one keeps working for `expires_in_seconds` (default 0). */
  roll(keyId: string, body: RollApiKeyRequest = {}, options?: RequestOptions): APIPromise<ApiKey> {
    return this._post(`/v1/api-keys/${seg(keyId)}/roll`, body, options);
  }
  revoke(keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this.call({ method: 'DELETE', path: `/v1/api-keys/${seg(keyId)}` }, options);
  }
}

export class OnboardingLinks extends Resource {
  /** The answer's `url` (with the one-time token) is shown only here: send it to the business, do not store it. */
  create(body: CreateOnboardingLinkRequest, options?: RequestOptions): APIPromise<OnboardingLink> {
    return this._post('/v1/onboarding-links', body, options);
  }
  list(params: PageParams = {}, options?: RequestOptions): PagePromise<OnboardingLink> {
    return this._list('/v1/onboarding-links', params, options);
  }
  get(linkId: string, options?: RequestOptions): APIPromise<OnboardingLink> {
    return this._get(`/v1/onboarding-links/${seg(linkId)}`, undefined, options);
  }
  revoke(linkId: string, options?: RequestOptions): APIPromise<OnboardingLink> {
    return this._post(`/v1/onboarding-links/${seg(linkId)}/revoke`, undefined, options);
  }
}

export class WebhookEndpoints extends Resource {
  /** The response carries the `whsec_` signing secret; store it now. */
  create(body: CreateWebhookEndpointRequest, options?: RequestOptions): APIPromise<WebhookEndpointWithSecret> {
    return this._post('/v1/webhook-endpoints', body, options);
  }
  list(params: PageParams = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._list('/v1/webhook-endpoints', params, options);
  }
  get(endpointId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this._get(`/v1/webhook-endpoints/${seg(endpointId)}`, undefined, options);
  }
  update(
    endpointId: string,
    body: UpdateWebhookEndpointRequest,
    options?: RequestOptions,
  ): APIPromise<WebhookEndpoint> {
    return this.call({ method: 'PATCH', path: `/v1/webhook-endpoints/${seg(endpointId)}`, body }, options);
  }
  delete(endpointId: string, options?: RequestOptions): APIPromise<void> {
    return this.call({ method: 'DELETE', path: `/v1/webhook-endpoints/${seg(endpointId)}` }, options);
  }
  rotateSecret(
    endpointId: string,
    body?: RotateWebhookSecretRequest,
    options?: RequestOptions,
  ): APIPromise<WebhookEndpointWithSecret> {
    return this._post(`/v1/webhook-endpoints/${seg(endpointId)}/rotate-secret`, body, options);
  }
  deliveries(params: ListWebhookDeliveriesParams = {}, options?: RequestOptions): PagePromise<WebhookDelivery> {
    return this._list('/v1/webhook-deliveries', params, options);
  }
  /** Delivers the event again, with the same `webhook-id`. */
  replay(deliveryId: string, options?: RequestOptions): APIPromise<WebhookDelivery> {
    return this._post(`/v1/webhook-deliveries/${seg(deliveryId)}/replay`, undefined, options);
  }
}

export class AdminLogs extends Resource {
  list(params: ListRequestLogsParams = {}, options?: RequestOptions): PagePromise<RequestLog> {
    return this._list('/v1/logs', params, options);
  }
  get(logId: string, options?: RequestOptions): APIPromise<RequestLog> {
    return this._get(`/v1/logs/${seg(logId)}`, undefined, options);
  }
  export(params: ExportRequestLogsParams = {}, options?: RequestOptions): AsyncGenerator<RequestLog> {
    return this.ndjson('/v1/logs/export', params, options);
  }
}

/** Metered usage per IST day or month, counted from the request log (`GET /v1/usage`). */
export class AdminUsage extends Resource {
  get(params: GetUsageParams = {}, options?: RequestOptions): APIPromise<Usage> {
    return this._get('/v1/usage', params, options);
  }
  export(params: ExportUsageParams = {}, options?: RequestOptions): AsyncGenerator<UsagePeriod> {
    return this.ndjson('/v1/usage/export', params, options);
  }
}
