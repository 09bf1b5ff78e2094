// The failure-resolution playbook: NIC/GSTN error codes seen in an account's request logs (from the problem's
// gstn_errors and the upstream attempts' nic_code), with the domain catalogue's resolution hint for each.
import { NIC_ERRORS } from '@einvoice/gst';
import type { Deps } from '../deps.js';
import { type AdminPrincipal, tenantFilter } from '../principal.js';

export const PLAYBOOK_WINDOW_DAYS = 30;
const SAMPLES = 20;

export interface CodeSeen {
  code: string;
  count: number;
  lastSeen: Date;
  gstins: string[];
  /** JSON pointers the errors named (what to change in the payload). */
  pointers: string[];
  /** The most recent failed requests with this code, newest first. */
  logIds: string[];
  /** The hint as the latest error carried it, its placeholders filled ({0}: the line, the GSTIN...). */
  lastHint: string | null;
}

export interface PlaybookEntry {
  code: string;
  message: string;
  hint: string;
  known: boolean;
}

interface GstnError {
  code?: unknown;
  pointer?: unknown;
  hint?: unknown;
}

interface Occurrence {
  code: string;
  pointer: string | null;
  hint: string | null;
}

const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** The codes of one logged answer: its problem's gstn_errors, then upstream attempts' nic_code not among them. */
export function codesOf(responseBody: unknown, attempts: unknown[]): Occurrence[] {
  const out: Occurrence[] = [];
  const errors = (responseBody as { gstn_errors?: unknown } | null)?.gstn_errors;
  if (Array.isArray(errors))
    for (const e of errors as GstnError[])
      if (typeof e?.code === 'string')
        out.push({ code: e.code, pointer: stringOrNull(e.pointer), hint: stringOrNull(e.hint) });
  for (const a of attempts as { nic_code?: unknown }[])
    if (typeof a?.nic_code === 'string' && !out.some((o) => o.code === a.nic_code))
      out.push({ code: a.nic_code, pointer: null, hint: null });
  return out;
}

/** Codes seen in the last PLAYBOOK_WINDOW_DAYS, most frequent first. */
export async function codesSeen(deps: Deps, who: AdminPrincipal): Promise<CodeSeen[]> {
  const from = new Date(deps.clock.now().getTime() - PLAYBOOK_WINDOW_DAYS * 86_400_000);
  const seen = new Map<string, CodeSeen>();
  // stream() is oldest first: later rows overwrite lastSeen and lead the samples.
  for await (const log of deps.storage.requestLogs.stream(who.accountId, {
    from,
    statusMin: 400,
    statusMax: 599,
    ...tenantFilter(who),
  })) {
    for (const { code, pointer, hint } of codesOf(log.responseBody, log.upstreamAttempts)) {
      const entry = seen.get(code) ?? {
        code,
        count: 0,
        lastSeen: log.createdAt,
        gstins: [],
        pointers: [],
        logIds: [],
        lastHint: null,
      };
      if (hint) entry.lastHint = hint;
      entry.count += 1;
      if (log.createdAt >= entry.lastSeen) entry.lastSeen = log.createdAt;
      if (log.gstin && !entry.gstins.includes(log.gstin)) entry.gstins.push(log.gstin);
      if (pointer && !entry.pointers.includes(pointer)) entry.pointers.push(pointer);
      if (!entry.logIds.includes(log.id)) entry.logIds = [log.id, ...entry.logIds].slice(0, SAMPLES);
      seen.set(code, entry);
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}

export function playbookEntry(code: string): PlaybookEntry {
  const entry = NIC_ERRORS[code];
  return entry
    ? { code, message: entry.message, hint: entry.hint, known: true }
    : { code, message: 'Not in the catalogue', hint: 'Not in the NIC catalogue this server knows.', known: false };
}

export const catalogue = (): PlaybookEntry[] => Object.keys(NIC_ERRORS).sort().map(playbookEntry);
