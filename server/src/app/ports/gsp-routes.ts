// Production GSP routes (GSP_ROUTES): what the GSP adapters need to reach an IRP through a GSP. config.ts
// parses and checks them from the environment; compose.ts hands them to the adapters.

interface RouteBase {
  /** Unique, [a-z0-9-]: names the route in logs, metrics and GET /v1/status. */
  name: string;
  /** The IRP this route reaches (NIC1, NIC2, ...): follow-ups of a document go to the IRP that issued it. */
  irp: string;
  /** Lower is tried first. */
  priority: number;
  url: string;
  timeoutMs: number;
}

/** Header spellings of NIC pass-through GSPs (see @einvoice/nic wire.ts). */
export type GspHeaderStyle = 'nic' | 'nic-hyphen' | 'taxpro' | 'vayana';

/** The E-Way Bill System (or a GSP's relay of it): its own URL, app credentials and public key. */
export interface EwbSystemConfig {
  url: string;
  clientId: string;
  clientSecret: string;
  publicKeyFile: string;
  headerStyle: GspHeaderStyle;
}

/**
 * NIC pass-through: we do NIC's crypto (the IRP's public key), the GSP relays. `url` may carry the GSP's
 * path prefix; `headerStyle` names the headers that carry `clientId`/`clientSecret` (TaxPro's aspid and
 * password, Vayana's token and signature).
 */
export interface NicGspRouteConfig extends RouteBase {
  kind: 'nic';
  clientId: string;
  clientSecret: string;
  irpPublicKeyFile: string;
  headerStyle: GspHeaderStyle;
  /** Required in production mode: Part-B, extension, cancel and reads of e-way bills go there. */
  ewb?: EwbSystemConfig | undefined;
}

/** Adaequare's enriched API: the GSP does the crypto behind its own app credentials. */
export interface EnrichedGspRouteConfig extends RouteBase {
  kind: 'enriched';
  appId: string;
  appSecret: string;
  prefix?: string | undefined;
}

export type GspRouteConfig = NicGspRouteConfig | EnrichedGspRouteConfig;
