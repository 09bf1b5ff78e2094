// RFC 7240 `Prefer`: a comma-separated list of preferences, each a token with an optional `=value` and
// `;parameters`. What we do not understand is ignored (never a 400), a repeated preference counts once (the
// first), and what was honoured is named back in `Preference-Applied`. We understand two:
//   wait=N          seconds the caller will wait (0-60; a larger N is treated as 60)
//   respond-async   the caller prefers 202 over waiting; alone it means wait=0
export interface Preferences {
  /** Seconds, 0-60, when `wait` or `respond-async` was given. */
  waitSeconds?: number;
  respondAsync: boolean;
}

export const MAX_WAIT_SECONDS = 60;

export function parsePrefer(header: string | null): Preferences {
  const seen = new Map<string, string | undefined>();
  for (const item of (header ?? '').split(',')) {
    const [head] = item.split(';');
    const [rawName, ...rest] = (head ?? '').split('=');
    const name = rawName?.trim().toLowerCase();
    if (!name || seen.has(name)) continue;
    const value = rest.length
      ? rest
          .join('=')
          .trim()
          .replace(/^"(.*)"$/, '$1')
      : undefined;
    seen.set(name, value);
  }
  const respondAsync = seen.has('respond-async');
  const wait = seen.get('wait');
  const waitSeconds =
    wait !== undefined && /^\d{1,9}$/.test(wait)
      ? Math.min(Number(wait), MAX_WAIT_SECONDS)
      : respondAsync
        ? 0
        : undefined;
  return { respondAsync, ...(waitSeconds !== undefined ? { waitSeconds } : {}) };
}

/** The `Preference-Applied` value for an answer: the wait that bounded it, and respond-async when it is a 202. */
export function preferenceApplied(prefs: Preferences, status: number): string | undefined {
  const applied = [
    ...(prefs.waitSeconds !== undefined && !(prefs.respondAsync && status !== 202)
      ? [`wait=${prefs.waitSeconds}`]
      : []),
    ...(prefs.respondAsync && status === 202 ? ['respond-async'] : []),
  ];
  return applied.length ? applied.join(', ') : undefined;
}
