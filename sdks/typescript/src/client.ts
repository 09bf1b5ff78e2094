// The two clients: Einvoice (one GSTIN, OAuth client credentials) and EinvoiceAdmin (account API key).
// Both constructors throw EinvoiceConfigError when the credential is missing or an option is invalid.
import { EinvoiceConfigError } from './core/errors.js';
import type { ClientContext } from './core/resource.js';
import { TokenManager } from './core/tokens.js';
import { type Auth, Transport, type TransportOptions } from './core/transport.js';
import {
  AdminLogs,
  AdminUsage,
  ApiKeys,
  AuditEvents,
  Credentials,
  Gstins,
  OnboardingLinks,
  Tenants,
  WebhookEndpoints,
} from './resources/admin.js';
import {
  BulkJobs,
  Documents,
  Ewb,
  GstinDetailsResource,
  Irn,
  Logs,
  Notes,
  Sandbox,
  StatusResource,
  Taxpayers,
} from './resources/gstin-scoped.js';
import { TestClocks } from './resources/test-clocks.js';

export interface EinvoiceOptions extends TransportOptions {
  /** The GSTIN credential's client id (default `EINVOICE_CLIENT_ID`). */
  clientId?: string;
  /** The GSTIN credential's client secret (default `EINVOICE_CLIENT_SECRET`). */
  clientSecret?: string;
  /** The GSTIN the credential acts for (informational: the token decides the GSTIN). */
  gstin?: string;
  /** Scopes to request, space-separated (default: all of the credential's). */
  scope?: string;
}

export class Einvoice {
  readonly gstin: string | undefined;
  readonly irn: Irn;
  readonly bulkJobs: BulkJobs;
  readonly ewb: Ewb;
  readonly notes: Notes;
  readonly documents: Documents;
  readonly logs: Logs;
  readonly taxpayers: Taxpayers;
  /** @deprecated use `taxpayers` (GET /v1/gstin-details stops working on 2027-03-05). */
  readonly gstinDetails: GstinDetailsResource;
  readonly status: StatusResource;
  readonly sandbox: Sandbox;
  readonly testClocks: TestClocks;
  /** The token cache of this client's credential. */
  readonly tokens: TokenManager;
  readonly transport: Transport;

  constructor(private readonly options: EinvoiceOptions = {}) {
    const clientId = options.clientId ?? process.env.EINVOICE_CLIENT_ID;
    const clientSecret = options.clientSecret ?? process.env.EINVOICE_CLIENT_SECRET;
    if (!clientId && !clientSecret) {
      throw new EinvoiceConfigError(
        'Einvoice needs a GSTIN credential: pass clientId and clientSecret (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET)',
        'clientId',
      );
    }
    if (!clientId)
      throw new EinvoiceConfigError(
        'Einvoice needs clientId (or EINVOICE_CLIENT_ID) with its clientSecret',
        'clientId',
      );
    if (!clientSecret)
      throw new EinvoiceConfigError(
        'Einvoice needs clientSecret (or EINVOICE_CLIENT_SECRET) with its clientId',
        'clientSecret',
      );
    this.gstin = options.gstin;
    this.transport = new Transport(options);
    this.tokens = new TokenManager(this.transport, {
      clientId,
      clientSecret,
      ...(options.scope ? { scope: options.scope } : {}),
    });
    const auth: Auth = {
      kind: 'oauth',
      token: (signal) => this.tokens.token(signal),
      invalidate: (t) => this.tokens.invalidate(t),
    };
    const ctx: ClientContext = { transport: this.transport, auth };
    this.irn = new Irn(ctx);
    this.bulkJobs = new BulkJobs(ctx);
    this.ewb = new Ewb(ctx);
    this.notes = new Notes(ctx);
    this.documents = new Documents(ctx);
    this.logs = new Logs(ctx);
    this.taxpayers = new Taxpayers(ctx);
    this.gstinDetails = new GstinDetailsResource(ctx);
    this.status = new StatusResource(ctx);
    this.sandbox = new Sandbox(ctx);
    this.testClocks = new TestClocks(ctx);
  }

  /** A client acting for another GSTIN with its own credential, token cache and rate-limit state. */
  forGstin(gstin: string, credentials: { clientId: string; clientSecret: string; scope?: string }): Einvoice {
    return new Einvoice({ ...this.options, ...credentials, gstin });
  }
}

export interface EinvoiceAdminOptions extends TransportOptions {
  /** The account API key, `sk_test_...` or `sk_live_...` (default `EINVOICE_API_KEY`). */
  apiKey?: string;
}

export class EinvoiceAdmin {
  readonly gstins: Gstins;
  readonly credentials: Credentials;
  readonly auditEvents: AuditEvents;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly logs: AdminLogs;
  readonly usage: AdminUsage;
  readonly testClocks: TestClocks;
  readonly onboardingLinks: OnboardingLinks;
  readonly tenants: Tenants;
  readonly apiKeys: ApiKeys;
  readonly transport: Transport;

  constructor(options: EinvoiceAdminOptions = {}) {
    const apiKey = options.apiKey ?? process.env.EINVOICE_API_KEY;
    if (!apiKey)
      throw new EinvoiceConfigError(
        'EinvoiceAdmin needs the account API key: pass apiKey (or set EINVOICE_API_KEY)',
        'apiKey',
      );
    this.transport = new Transport(options);
    const ctx: ClientContext = { transport: this.transport, auth: { kind: 'static', token: apiKey } };
    this.gstins = new Gstins(ctx);
    this.credentials = new Credentials(ctx);
    this.auditEvents = new AuditEvents(ctx);
    this.webhookEndpoints = new WebhookEndpoints(ctx);
    this.logs = new AdminLogs(ctx);
    this.usage = new AdminUsage(ctx);
    this.testClocks = new TestClocks(ctx);
    this.onboardingLinks = new OnboardingLinks(ctx);
    this.tenants = new Tenants(ctx);
    this.apiKeys = new ApiKeys(ctx);
  }
}
