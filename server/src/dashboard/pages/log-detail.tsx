// One request: facts, latency bar, the retry chain (upstream attempts) as a timeline, redacted bodies.
import type { RequestLogRecord } from '../../app/ports/records.js';
import { codesOf } from '../../app/usecases/playbook.js';
import { redact } from '../../http/redact.js';
import { LatencyBar } from '../components/latency.js';
import { Fact, Layout, StatusBadge, Time } from '../components/layout.js';

interface Attempt {
  gsp?: string;
  irp?: string | null;
  status?: number | null;
  nic_code?: string | null;
  latency_ms?: number;
  outcome?: string;
  started_at?: string;
}

const json = (v: unknown) => JSON.stringify(redact(v ?? null), null, 2);

export function LogDetailPage({ csrf, log }: { csrf: string; log: RequestLogRecord }) {
  const attempts = log.upstreamAttempts as Attempt[];
  const codes = codesOf(log.responseBody, log.upstreamAttempts);
  return (
    <Layout title={`${log.method} ${log.path}`} csrf={csrf} current="/dashboard/logs">
      <dl class="facts">
        <Fact label="Status">
          <StatusBadge status={log.status} />
        </Fact>
        <Fact label="Time">
          <Time at={log.createdAt} />
        </Fact>
        <Fact label="Endpoint">{log.operation}</Fact>
        <Fact label="GSTIN">{log.gstin ?? '—'}</Fact>
        <Fact label="IRN">{log.irn ?? '—'}</Fact>
        <Fact label="Request id">{log.requestId}</Fact>
        <Fact label="Idempotency-Key">{log.idempotencyKey ?? '—'}</Fact>
        <Fact label="Replayed">{log.replayed ? 'yes' : 'no'}</Fact>
      </dl>
      {codes.length > 0 && (
        <>
          <h2>NIC / GSTN errors</h2>
          <ul>
            {codes.map(({ code, pointer }) => (
              <li>
                <a href={`/dashboard/playbook/${encodeURIComponent(code)}`}>{`Playbook for ${code}`}</a>
                {pointer ? ` (field ${pointer})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Latency</h2>
      <LatencyBar latency={log.latencyMs} />
      <h2>Retry chain</h2>
      {attempts.length === 0 ? (
        <p>No upstream call.</p>
      ) : (
        <ol class="timeline">
          {attempts.map((a, i) => (
            <li>
              <strong>{`Attempt ${i + 1}: ${a.outcome ?? 'unknown'}`}</strong>
              {` via ${a.gsp ?? '?'} → ${a.irp ?? '?'}, HTTP ${a.status ?? '—'}${a.nic_code ? `, NIC ${a.nic_code}` : ''}, ${a.latency_ms ?? 0} ms, `}
              <Time at={a.started_at ?? null} />
            </li>
          ))}
        </ol>
      )}
      <h2>Request body</h2>
      <pre tabindex={0} aria-label="Request body">{json(log.requestBody)}</pre>
      <h2>Response body</h2>
      <pre tabindex={0} aria-label="Response body">{json(log.responseBody)}</pre>
    </Layout>
  );
}
