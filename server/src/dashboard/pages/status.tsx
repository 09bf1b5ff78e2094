// The public status page: the same data as GET /v1/status (app/usecases/service-status.ts).
import type { serviceStatus } from '../../app/usecases/service-status.js';
import { Table } from '../components/controls.js';
import { Fact, Layout, Time } from '../components/layout.js';

type Status = Awaited<ReturnType<typeof serviceStatus>>;

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);

export function StatusPage({ status, csrf }: { status: Status; csrf?: string }) {
  return (
    <Layout title="Service status" current="/dashboard/status" {...(csrf !== undefined ? { csrf } : {})}>
      <dl class="facts">
        <Fact label="Overall">
          <span class={`badge ${status.status}`}>{status.status}</span>
        </Fact>
        <Fact label="Updated">
          <Time at={status.updated_at} />
        </Fact>
        <Fact label="Outcomes being reconciled">{String(status.unresolved)}</Fact>
      </dl>
      <h2>IRPs</h2>
      <Table label="IRPs" head={['IRP', 'Status', 'Latency p50 / p99', 'Error rate']}>
            {status.irps.map((irp) => (
              <tr>
                <td>{irp.id}</td>
                <td>
                  <span class={`badge ${irp.status}`}>{irp.status}</span>
                </td>
                <td>{`${ms(irp.latency_ms.p50)} / ${ms(irp.latency_ms.p99)}`}</td>
                <td>{pct(irp.error_rate)}</td>
              </tr>
            ))}
          </Table>
      <h2>GSP routes and recent incidents</h2>
      <Table label="GSP routes" head={['Route', 'Status', 'Circuit', 'Error rate', 'Last error']}>
            {status.gsps.map((g) => (
              <tr>
                <td>{g.name}</td>
                <td>
                  <span class={`badge ${g.status}`}>{g.status}</span>
                </td>
                <td>{g.circuit.replace('_', '-')}</td>
                <td>{pct(g.error_rate)}</td>
                <td>
                  <Time at={g.last_error_at} />
                </td>
              </tr>
            ))}
          </Table>
    </Layout>
  );
}
