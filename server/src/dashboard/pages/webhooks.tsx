// Webhooks: endpoints (create, enable/disable, rotate the secret with a grace period), deliveries with filters,
// and the dead-letter queue with replay of one delivery or of a selection.
import type { WebhookDeliveryWithAttempts, WebhookEndpointRecord } from '../../app/ports/records.js';
import { SecretValue, Select, Table } from '../components/controls.js';
import { Csrf, Layout, Notice, Time } from '../components/layout.js';

export const EVENT_TYPES = [
  'irn.generated',
  'irn.failed',
  'irn.cancelled',
  'note.generated',
  'ewb.generated',
  'ewb.vehicle_updated',
  'ewb.extended',
  'ewb.cancelled',
  'bulk.completed',
  'webhook_endpoint.disabled',
];

export interface WebhooksView {
  csrf: string;
  endpoints: WebhookEndpointRecord[];
  deliveries: WebhookDeliveryWithAttempts[];
  dead: WebhookDeliveryWithAttempts[];
  filter: { status: string; endpoint: string; event: string };
  next: string | null;
  notice?: string;
  /** A secret shown once, after create or rotate. */
  secret?: { endpointId: string; value: string };
}

function lastAttempt(d: WebhookDeliveryWithAttempts) {
  const a = d.attempts.at(-1);
  return a ? `${a.statusCode ?? a.error ?? 'no answer'}` : '—';
}

function Endpoints({ csrf, endpoints }: { csrf: string; endpoints: WebhookEndpointRecord[] }) {
  return (
    <div class="cards">
      {endpoints.map((e) => (
        <section class="card" aria-label={`Endpoint ${e.url}`}>
          <h3>{e.url}</h3>
          <p>
            <span class={`badge ${e.enabled ? 'succeeded' : 'dead'}`}>{e.enabled ? 'enabled' : 'disabled'}</span>{' '}
            {e.description ?? ''}
          </p>
          <p>{`Events: ${e.events.join(', ')}`}</p>
          <details>
            <summary>Edit</summary>
            <form method="post" action={`/dashboard/webhooks/endpoints/${encodeURIComponent(e.id)}/edit`} class="stack">
              <Csrf token={csrf} />
              <label>
                URL
                <input type="url" name="url" value={e.url} required maxlength={2048} />
              </label>
              <label>
                Description
                <input name="description" value={e.description ?? ''} maxlength={200} />
              </label>
              <fieldset>
                <legend>Events</legend>
                {['*', ...EVENT_TYPES].map((t) => (
                  <label class="inline">
                    <input type="checkbox" name="events" value={t} checked={e.events.includes(t)} /> {t === '*' ? 'All events' : t}
                  </label>
                ))}
              </fieldset>
              <button type="submit" class="secondary">
                Save
              </button>
            </form>
          </details>
          <div class="actions">
            <form method="post" action={`/dashboard/webhooks/endpoints/${encodeURIComponent(e.id)}/enabled`}>
              <Csrf token={csrf} />
              <input type="hidden" name="enabled" value={e.enabled ? 'false' : 'true'} />
              <button type="submit" class="secondary">
                {e.enabled ? 'Disable' : 'Enable'}
              </button>
            </form>
            <form method="post" action={`/dashboard/webhooks/endpoints/${encodeURIComponent(e.id)}/rotate`}>
              <Csrf token={csrf} />
              <label class="inline">
                Old secret valid for
                <select name="grace_period_seconds">
                  <option value="0">0 (now)</option>
                  <option value="3600">1 hour</option>
                  <option value="86400" selected>
                    24 hours
                  </option>
                </select>
              </label>
              <button type="submit" class="secondary">
                Rotate secret
              </button>
            </form>
          </div>
        </section>
      ))}
    </div>
  );
}

function DeliveryRows({ rows, select }: { rows: WebhookDeliveryWithAttempts[]; select?: boolean }) {
  return (
    <>
      {rows.map(({ delivery: d, attempts }) => (
        <tr>
          {select && (
            <td>
              <input type="checkbox" name="ids" value={d.id} aria-label={`Select ${d.id}`} />
            </td>
          )}
          <td>{d.id}</td>
          <td>{d.eventType}</td>
          <td>
            <span class={`badge ${d.status}`}>{d.status}</span>
          </td>
          <td class="hide-narrow">{`${attempts.length} (last: ${lastAttempt({ delivery: d, attempts })})`}</td>
          <td>
            <Time at={d.updatedAt} />
          </td>
        </tr>
      ))}
    </>
  );
}

const HEAD = ['Delivery', 'Event', 'Status', 'Attempts', 'Updated'];

export function WebhooksPage(v: WebhooksView) {
  return (
    <Layout title="Webhooks" csrf={v.csrf} current="/dashboard/webhooks">
      {v.notice && <Notice kind="ok">{v.notice}</Notice>}
      {v.secret && (
        <Notice kind="ok">
          {`Signing secret of ${v.secret.endpointId} (shown once): `}
          <SecretValue id="new-secret" value={v.secret.value} />
        </Notice>
      )}
      <h2 id="dlq">Dead-letter queue</h2>
      {v.dead.length === 0 ? (
        <p>No dead delivery: every event reached its endpoint or is still being retried.</p>
      ) : (
        <form method="post" action="/dashboard/webhooks/replay">
          <Csrf token={v.csrf} />
          <Table label="Dead deliveries" head={HEAD} narrow={['Attempts']} lead={<input type="checkbox" data-select-all="ids" aria-label="Select all dead deliveries" />}>
            <DeliveryRows rows={v.dead} select />
          </Table>
          <p>
            <button type="submit">Replay selected</button>
          </p>
        </form>
      )}
      <h2>Endpoints</h2>
      <Endpoints csrf={v.csrf} endpoints={v.endpoints} />
      <form method="post" action="/dashboard/webhooks/endpoints" class="card stack" aria-label="Add an endpoint">
        <Csrf token={v.csrf} />
        <label>
          Endpoint URL
          <input type="url" name="url" required maxlength={2048} placeholder="https://example.com/webhooks" />
        </label>
        <label>
          Description
          <input name="description" maxlength={200} />
        </label>
        <fieldset>
          <legend>Events</legend>
          <label class="inline">
            <input type="checkbox" name="events" value="*" checked /> All events
          </label>
          {EVENT_TYPES.map((t) => (
            <label class="inline">
              <input type="checkbox" name="events" value={t} /> {t}
            </label>
          ))}
        </fieldset>
        <button type="submit">Add endpoint</button>
      </form>
      <h2>Deliveries</h2>
      <form method="get" action="/dashboard/webhooks" class="filters" aria-label="Filter deliveries">
        <Select label="Status" name="status" value={v.filter.status} choices={['', 'pending', 'succeeded', 'dead']} />
        <Select label="Endpoint" name="endpoint" value={v.filter.endpoint} choices={['', ...v.endpoints.map((e): [string, string] => [e.id, e.url])]} />
        <Select label="Event" name="event" value={v.filter.event} choices={['', ...EVENT_TYPES]} />
        <button type="submit">Filter</button>
      </form>
      <Table label="Deliveries" head={HEAD} narrow={['Attempts']}>
        <DeliveryRows rows={v.deliveries} />
      </Table>
      {v.next && (
        <nav class="pager" aria-label="Pages">
          <a href={v.next}>Older deliveries</a>
        </nav>
      )}
    </Layout>
  );
}
