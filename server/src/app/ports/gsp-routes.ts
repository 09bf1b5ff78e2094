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

/** NIC pass-through: we do NIC's crypto (the IRP's public key), the GSP relays. */
export interface NicGspRouteConfig extends RouteBase {
  kind: 'nic';
  clientId: string;
  clientSecret: string;
  irpPublicKeyFile: string;
}

/** Enriched: the GSP does the crypto behind its own app credentials. */
export interface EnrichedGspRouteConfig extends RouteBase {
  kind: 'enriched';
  appId: string;
  appSecret: string;
  prefix?: string | undefined;
}

export type GspRouteConfig = NicGspRouteConfig | EnrichedGspRouteConfig;
