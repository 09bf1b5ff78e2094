// The NIC schema version the IRP demands (NIC_SCHEMA_VERSION), and the translation of a document to it before
// it is sent (issue #23, item 4). Clients keep sending the version they were built for (INV-01 v1.1 today);
// when NIC moves to a new version, the server translates with @einvoice/gst's registry (new optional fields
// stay absent, deprecated ones are dropped, tightened fields get the value the old version implied) and the
// request log records both shapes. Without a demanded version documents are sent as received.
import { translateInvoice, type VersionRegistry } from '@einvoice/gst';

export interface NicSchemaTarget {
  /** The versions known to this server: gst's production registry (tests pass the rehearsal registry). */
  registry: VersionRegistry;
  /** The version the IRP demands (its name in the registry). */
  version: string;
}

export interface ForIrp {
  body: unknown;
  /** Present when the document was translated. */
  translation?: { received: string; sent: string };
}

/** The registry entry a version name or wire value (`Version`) names. */
export function findNicVersion(registry: VersionRegistry, v: string) {
  return registry.versions.find((x) => x.version === v || x.wire === v);
}

/** The document as the IRP demands it (the input is not modified). */
export function forIrp(target: NicSchemaTarget | undefined, body: unknown): ForIrp {
  if (!target || body === null || typeof body !== 'object') return { body };
  const wanted = findNicVersion(target.registry, target.version);
  if (!wanted) throw new Error(`NIC schema version ${target.version} is not in the registry`);
  const sent: unknown = Reflect.get(body, 'Version');
  const from = (typeof sent === 'string' ? findNicVersion(target.registry, sent) : undefined) ?? undefined;
  // A Version the registry does not know is left for the IRP to refuse (2140), as without translation.
  if (!from || from.version === wanted.version) return { body };
  return {
    body: translateInvoice(body, from.version, wanted.version, target.registry),
    translation: { received: from.version, sent: wanted.version },
  };
}
