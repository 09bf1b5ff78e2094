// The page frame every dashboard page shares: header, navigation, sign-out (a POST form with the CSRF token).
import type { Child } from 'hono/jsx';
import { ASSET_PATHS } from '../assets/index.js';
import { TenantScope, TenantSwitcher } from './tenancy.js';

export interface Frame {
  title: string;
  /** Absent on public pages (sign-in, status). */
  csrf?: string;
  /** The nav entry to mark as current. */
  current?: string;
}

const NAV: [string, string][] = [
  ['/dashboard', 'Overview'],
  ['/dashboard/logs', 'Request log'],
  ['/dashboard/documents', 'Documents'],
  ['/dashboard/webhooks', 'Webhooks'],
  ['/dashboard/credentials', 'Credentials'],
  ['/dashboard/usage', 'Usage'],
  ['/dashboard/playbook', 'Playbook'],
  ['/dashboard/status', 'Status'],
];

export function Layout(props: Frame & { children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · einvoice dashboard`}</title>
        <link rel="stylesheet" href={ASSET_PATHS.css} />
        <script src={ASSET_PATHS.js} defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <span class="brand">einvoice</span>
          {props.csrf !== undefined && (
            <nav aria-label="Dashboard">
              <ul>
                {NAV.map(([href, label]) => (
                  <li>
                    <a href={href} aria-current={props.current === href ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {props.csrf !== undefined && <TenantSwitcher csrf={props.csrf} />}
          {props.csrf !== undefined && (
            <form method="post" action="/dashboard/sign-out" class="signout">
              <input type="hidden" name="csrf" value={props.csrf} />
              <button type="submit">Sign out</button>
            </form>
          )}
        </header>
        <main id="main">
          {props.csrf !== undefined && <TenantScope />}
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

// Built on first use: ICU's locale and time-zone data (several MB resident) stay unloaded until a page shows a time.
let ist: Intl.DateTimeFormat | undefined;
const IST = () =>
  (ist ??= new Intl.DateTimeFormat('en-IN', {
  timeZone: 'Asia/Kolkata',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  }));

/** IST on the page; the UTC instant in datetime and on hover. */
export function Time({ at }: { at: Date | string | null }) {
  if (!at) return <span>—</span>;
  const d = typeof at === 'string' ? new Date(at) : at;
  const utc = d.toISOString();
  return (
    <time datetime={utc} title={`${utc.replace('T', ' ').replace(/\.\d+Z$/, '')} UTC`}>
      {`${IST().format(d)} IST`}
    </time>
  );
}

/** A small labelled fact ("Status: 502"). */
export function Fact({ label, children }: { label: string; children?: Child }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

export function Notice({ kind, children }: { kind: 'ok' | 'error'; children?: Child }) {
  return (
    <p class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

/** 200, 4xx, 5xx as a badge with text, not only colour. */
export function StatusBadge({ status }: { status: number | string }) {
  const n = Number(status);
  const tone = Number.isNaN(n) ? String(status) : n >= 500 ? 'bad' : n >= 400 ? 'warn' : 'good';
  return <span class={`badge ${tone}`}>{String(status)}</span>;
}
