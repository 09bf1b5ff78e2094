// Credentials per GSTIN: create (secret shown once, copy button), add a second secret, revoke; the audit log beside.
import type { AuditEventRecord, CredentialRecord, CredentialSecretRecord } from '../../app/ports/records.js';
import { SecretValue, Select, Table } from '../components/controls.js';
import { Csrf, Layout, Notice, Time } from '../components/layout.js';

export interface CredentialsView {
  csrf: string;
  gstins: string[];
  gstin: string | null;
  credentials: { credential: CredentialRecord; secrets: CredentialSecretRecord[] }[];
  audit: AuditEventRecord[];
  notice?: string;
  /** Shown once, right after create or add-secret; never stored or put in a URL. */
  shown?: { clientId: string; clientSecret: string; signingKey?: string };
}

const SCOPES = ['irn:write', 'ewb:write', 'notes:write', 'read'];

function Secrets({ csrf, clientId, secrets }: { csrf: string; clientId: string; secrets: CredentialSecretRecord[] }) {
  const active = secrets.filter((s) => !s.revokedAt).length;
  return (
    <ul>
      {secrets.map((s) => (
        <li>
          {`${s.prefix}… `}
          {s.revokedAt ? (
            <span class="badge dead">revoked</span>
          ) : (
            <span class="badge succeeded">active</span>
          )}{' '}
          created <Time at={s.createdAt} />
          {s.lastUsedAt && (
            <>
              {', last used '}
              <Time at={s.lastUsedAt} />
            </>
          )}
          {!s.revokedAt && active > 1 && (
            <form method="post" action={`/dashboard/credentials/${encodeURIComponent(clientId)}/secrets/${encodeURIComponent(s.id)}/revoke`}>
              <Csrf token={csrf} />
              <button type="submit" class="secondary" aria-label={`Revoke secret ${s.prefix}`}>
                Revoke this secret
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}

function Shown({ shown }: { shown: NonNullable<CredentialsView['shown']> }) {
  return (
    <Notice kind="ok">
      {`New secret for ${shown.clientId}, shown once: store it now. `}
      <SecretValue id="shown-secret" value={shown.clientSecret} />
      {shown.signingKey && (
        <>
          {' Request-signing key: '}
          <SecretValue id="shown-signing-key" value={shown.signingKey} />
        </>
      )}
    </Notice>
  );
}

export function CredentialsPage(v: CredentialsView) {
  const gstin = v.gstin;
  return (
    <Layout title="Credentials" csrf={v.csrf} current="/dashboard/credentials">
      {v.notice && <Notice kind="ok">{v.notice}</Notice>}
      {v.shown && <Shown shown={v.shown} />}
      <form method="get" action="/dashboard/credentials" class="filters" aria-label="Choose a GSTIN">
        <Select label="GSTIN" name="gstin" value={gstin ?? ''} choices={v.gstins} />
        <button type="submit">Show</button>
      </form>
      {!gstin && <p>No GSTIN is registered in this account yet.</p>}
      {gstin && (
        <>
          <h2>{`Credentials of ${gstin}`}</h2>
          <div class="cards">
            {v.credentials.map(({ credential: c, secrets }) => (
              <section class="card" aria-label={`Credential ${c.clientId}`}>
                <h3>{c.name ?? c.clientId}</h3>
                <p>
                  {`${c.clientId} · ${c.scopes.join(', ')} · ${c.plan} (${c.rateLimitRps} req/s) `}
                  {c.revokedAt && <span class="badge dead">revoked</span>}
                </p>
                <Secrets csrf={v.csrf} clientId={c.clientId} secrets={secrets} />
                {!c.revokedAt && (
                  <div class="actions">
                    <form method="post" action={`/dashboard/credentials/${encodeURIComponent(c.clientId)}/secrets`}>
                      <Csrf token={v.csrf} />
                      <button type="submit" class="secondary">
                        Add a second secret
                      </button>
                    </form>
                    <form method="post" action={`/dashboard/credentials/${encodeURIComponent(c.clientId)}/revoke`}>
                      <Csrf token={v.csrf} />
                      <button type="submit" class="danger">
                        Revoke credential
                      </button>
                    </form>
                  </div>
                )}
              </section>
            ))}
          </div>
          <form method="post" action={`/dashboard/credentials/new`} class="card stack" aria-label="Create a credential">
            <Csrf token={v.csrf} />
            <input type="hidden" name="gstin" value={gstin} />
            <label>
              Name
              <input name="name" maxlength={100} />
            </label>
            <fieldset>
              <legend>Scopes</legend>
              {SCOPES.map((s) => (
                <label class="inline">
                  <input type="checkbox" name="scopes" value={s} checked={s !== 'ewb:write'} /> {s}
                </label>
              ))}
            </fieldset>
            <Select
              label="Plan"
              name="plan"
              value="developer"
              choices={[
                ['developer', 'developer (10 req/s)'],
                ['standard', 'standard (100 req/s)'],
              ]}
            />
            <button type="submit">Create credential</button>
          </form>
        </>
      )}
      <h2>Audit log</h2>
      <Table label="Audit log" head={['Time', 'Event', 'Client', 'Actor']} narrow={['Actor']}>
        {v.audit.map((a) => (
          <tr>
            <td>
              <Time at={a.occurredAt} />
            </td>
            <td>{a.type}</td>
            <td>{a.clientId ?? '—'}</td>
            <td class="hide-narrow">{`${a.actorType}${a.actorId ? ` ${a.actorId}` : ''}`}</td>
          </tr>
        ))}
      </Table>
    </Layout>
  );
}
