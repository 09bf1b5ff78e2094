/**
 * What every GSP differs in on the wire, kept in one place: where its pass-through lives (a base URL that
 * may carry a path, Vayana's `/gus/irp/nic` for instance) and which headers carry the application
 * credentials. The NIC client and the e-way bill system client both send through these.
 */

/**
 * `base` + an absolute NIC path, keeping the base's own path: `new URL('/eivital/v1.04/auth', base)` would
 * drop it. A query string in `path` is kept.
 */
export function joinUrl(base: string, path: string): URL {
  const url = new URL(base);
  const q = path.indexOf('?');
  const pathname = q === -1 ? path : path.slice(0, q);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
  url.search = q === -1 ? '' : path.slice(q);
  return url;
}

/**
 * Header spellings in use in front of NIC's APIs:
 * - `nic`: NIC's e-invoice API, `client_id` / `client_secret` / `user_name` (direct access, Adaequare's
 *   pass-through, and most GSPs that relay NIC unchanged);
 * - `nic-hyphen`: `client-id` / `client-secret` / `user-name`: NIC's e-way bill system, and relays that
 *   normalise to hyphens (underscores are dropped by some proxies, nginx by default);
 * - `taxpro`: TaxPro GSP's pass-through: the ASP is identified by `aspid` / `password`, the taxpayer by NIC's
 *   `user_name`;
 * - `vayana`: Vayana's pass-through: `X-Asp-Auth-Token` / `X-Asp-Auth-Signature` identify the ASP, the
 *   taxpayer by NIC's `user_name`.
 */
export const HEADER_STYLES = ['nic', 'nic-hyphen', 'taxpro', 'vayana'] as const;
export type HeaderStyle = (typeof HEADER_STYLES)[number];

const NAMES: Record<HeaderStyle, { id: string; secret: string; user: string }> = {
  nic: { id: 'client_id', secret: 'client_secret', user: 'user_name' },
  'nic-hyphen': { id: 'client-id', secret: 'client-secret', user: 'user-name' },
  taxpro: { id: 'aspid', secret: 'password', user: 'user_name' },
  vayana: { id: 'X-Asp-Auth-Token', secret: 'X-Asp-Auth-Signature', user: 'user_name' },
};

/** The application-credential headers of a style (sent on every call, the auth call included). */
export function appHeaders(style: HeaderStyle, id: string, secret: string): Record<string, string> {
  const n = NAMES[style];
  return { [n.id]: id, [n.secret]: secret };
}

/** The header that names the taxpayer's API user on business calls. */
export function userHeader(style: HeaderStyle): string {
  return NAMES[style].user;
}
