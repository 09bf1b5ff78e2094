// Overview: today's IRNs, error rate, latency p50/p99, requests per hour, GSP/IRP health, unresolved documents,
// and what the account still uses that is going away (deprecated versions, operations, fields).
import type { overview } from '../../app/usecases/dashboard-overview.js';
import type { DeprecatedUse } from '../../app/usecases/deprecated-usage.js';
import { StackedColumns } from '../components/bars.js';
import { Table } from '../components/controls.js';
import { Fact, Layout, Time } from '../components/layout.js';

type Overview = Awaited<ReturnType<typeof overview>>;

function HourlyChart({ hourly }: { hourly: Overview['hourly'] }) {
  const total = hourly.reduce((s, h) => s + h.ok + h.failed, 0);
  return (
    <StackedColumns
      columns={hourly.map((h, i) => ({
        lower: h.ok,
        upper: h.failed,
        ...(i % 6 === 0 ? { tick: `${String(i).padStart(2, '0')}:00` } : {}),
      }))}
      label={`Requests per hour today (IST): ${total} in all`}
      width={24}
      upperFill="#c92a2a"
    />
  );
}

const KIND = { version: 'API version', operation: 'Operation', field: 'Request field' } as const;

/** Deprecated versions, operations and fields the account used, with when they stop working and the guide. */
function DeprecatedUsage({ uses, days }: { uses: DeprecatedUse[]; days: number }) {
  return (
    <section aria-labelledby="deprecated-usage">
      <h2 id="deprecated-usage">{`Deprecated API usage (last ${days} days)`}</h2>
      {uses.length === 0 ? (
        <p>Nothing you used in this period is deprecated.</p>
      ) : (
        <Table label="Deprecated API usage" head={['What', 'Count', 'Last used', 'Stops working', 'Migration']} narrow={['Last used']}>
          {uses.map((u) => (
            <tr>
              <td>
                {`${KIND[u.kind]} `}
                <code>{u.name}</code>
                {u.replacement && <div>{`Use instead: ${u.replacement.replaceAll('`', '')}`}</div>}
              </td>
              <td>{String(u.count)}</td>
              <td class="hide-narrow">
                <Time at={u.lastSeen} />
              </td>
              <td>
                <time datetime={u.sunset}>{u.sunset}</time>
              </td>
              <td>
                <a href={u.guide} aria-label={`Migration guide for ${u.name}`}>
                  Guide
                </a>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

export function OverviewPage({
  csrf,
  data,
  unresolved,
  deprecated,
  deprecatedDays,
}: {
  csrf: string;
  data: Overview;
  unresolved: number;
  deprecated: DeprecatedUse[];
  deprecatedDays: number;
}) {
  const ms = (v: number | null) => (v === null ? '—' : `${v} ms`);
  return (
    <Layout title="Overview" csrf={csrf} current="/dashboard">
      <p>
        {'Since '}
        <Time at={data.since} />
      </p>
      <dl class="facts">
        <Fact label="IRNs generated today">{String(data.irns)}</Fact>
        <Fact label="Requests today">{String(data.requests)}</Fact>
        <Fact label="Error rate">{`${(data.errorRate * 100).toFixed(1)}%`}</Fact>
        <Fact label="Latency p50 / p99">{`${ms(data.p50)} / ${ms(data.p99)}`}</Fact>
        <Fact label="Unresolved documents">
          <a href="/dashboard/documents?status=pending">{String(unresolved)}</a>
        </Fact>
        <Fact label="GSP / IRP health">
          <a href="/dashboard/status">
            <span class={`badge ${data.status.status}`}>{data.status.status}</span>
          </a>
        </Fact>
      </dl>
      <h2>Requests per hour (green: answered, red: failed)</h2>
      <div class="scroll" tabindex={0} role="region" aria-label="Requests per hour">
        <HourlyChart hourly={data.hourly} />
      </div>
      <p>
        <a href="/dashboard/logs?status=5xx">Server errors today</a>
        {' · '}
        <a href="/dashboard/webhooks#dlq">Dead-letter queue</a>
        {' · '}
        <a href="/dashboard/playbook">Playbook</a>
      </p>
      <DeprecatedUsage uses={deprecated} days={deprecatedDays} />
    </Layout>
  );
}
