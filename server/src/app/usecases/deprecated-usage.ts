// What an account still uses that is going away (issue #23, the dashboard overview): deprecated API versions
// its calls were answered in, deprecated operations it called and deprecated request fields it sent, read from
// the request log (`api_version`, `operation`, `warnings`) of the last DEPRECATED_USAGE_WINDOW_DAYS, each with
// its count, last use, sunset and migration guide from the version registry.

import type { Deps } from '../deps.js';
import { type AdminPrincipal, tenantFilter } from '../principal.js';
import {
  deprecatedFields,
  deprecatedOperations,
  findApiVersion,
  type RemovalSchedule,
} from '../versions/api-versions.js';

export const DEPRECATED_USAGE_WINDOW_DAYS = 30;

export interface DeprecatedUse {
  kind: 'version' | 'operation' | 'field';
  /** The version's name, the operationId, or `<operationId>.<field>`. */
  name: string;
  count: number;
  lastSeen: Date;
  sunset: string;
  guide: string;
  /** What to use instead (absent for a version: the guide lists the changes up to the current one). */
  replacement?: string;
}

/** Deprecated things the account used in the window, earliest sunset first, then most used. */
export async function deprecatedUsage(deps: Deps, who: AdminPrincipal): Promise<DeprecatedUse[]> {
  const from = new Date(deps.clock.now().getTime() - DEPRECATED_USAGE_WINDOW_DAYS * 86_400_000);
  const seen = new Map<string, DeprecatedUse>();
  const count = (kind: DeprecatedUse['kind'], name: string, at: Date, s: RemovalSchedule, replacement?: string) => {
    const key = `${kind}:${name}`;
    const entry = seen.get(key) ?? {
      kind,
      name,
      count: 0,
      lastSeen: at,
      sunset: s.sunset,
      guide: s.guide,
      ...(replacement ? { replacement } : {}),
    };
    entry.count += 1;
    if (at > entry.lastSeen) entry.lastSeen = at;
    seen.set(key, entry);
  };
  for await (const log of deps.storage.requestLogs.stream(who.accountId, { from, ...tenantFilter(who) })) {
    const version = log.apiVersion ? findApiVersion(log.apiVersion) : undefined;
    if (version?.deprecation) count('version', version.name, log.createdAt, version.deprecation);
    const op = deprecatedOperations.find((o) => o.operation === log.operation);
    if (op) count('operation', op.operation, log.createdAt, op, op.replacement);
    for (const w of log.warnings) {
      const field = deprecatedFields.find((f) => f.operation === log.operation && f.field === w.field);
      if (field) count('field', `${field.operation}.${field.field}`, log.createdAt, field, field.replacement);
    }
  }
  // ISO dates: code-unit order is date order, whatever the process locale.
  return [...seen.values()].sort((a, b) => (a.sunset < b.sunset ? -1 : a.sunset > b.sunset ? 1 : b.count - a.count));
}
