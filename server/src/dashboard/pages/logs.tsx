// Request log: filters (IRN, GSTIN, endpoint, status, date range in IST), paging, NDJSON export of the filter.
import type { RequestLogSummaryRecord } from '../../app/ports/records.js';
import { DateRange, Select, Table } from '../components/controls.js';
import { Layout, StatusBadge, Time } from '../components/layout.js';

export interface LogFilterForm {
  gstin: string;
  irn: string;
  operation: string;
  status: string;
  from: string;
  to: string;
}

const STATUS_CHOICES = ['', '2xx', '4xx', '5xx', '202', '400', '401', '404', '409', '422', '429', '502', '503', '504'];

export function LogsPage(props: {
  csrf: string;
  filters: LogFilterForm;
  rows: RequestLogSummaryRecord[];
  next: string | null;
  query: string;
  operations: string[];
}) {
  const f = props.filters;
  return (
    <Layout title="Request log" csrf={props.csrf} current="/dashboard/logs">
      <form method="get" action="/dashboard/logs" class="filters" aria-label="Filter the request log">
        <label>
          GSTIN
          <input name="gstin" value={f.gstin} maxlength={15} autocomplete="off" />
        </label>
        <label>
          IRN
          <input name="irn" value={f.irn} maxlength={64} autocomplete="off" />
        </label>
        <Select label="Endpoint" name="operation" value={f.operation} choices={['', ...props.operations]} />
        <Select label="Status" name="status" value={f.status} choices={STATUS_CHOICES} />
        <DateRange from={f.from} to={f.to} what="IST date" />
        <button type="submit">Filter</button>
        <a href={`/dashboard/logs/export.ndjson${props.query ? `?${props.query}` : ''}`} download="request-logs.ndjson">
          Export NDJSON
        </a>
      </form>
      <Table label="Requests" head={['Time', 'Request', 'Status', 'GSTIN', 'Latency']} narrow={['Latency']}>
        {props.rows.map((r) => (
          <tr>
            <td>
              <Time at={r.createdAt} />
            </td>
            <td>
              <a href={`/dashboard/logs/${encodeURIComponent(r.id)}`}>{`${r.method} ${r.path}`}</a>
            </td>
            <td>
              <StatusBadge status={r.status} />
            </td>
            <td>{r.gstin ?? '—'}</td>
            <td class="hide-narrow">{`${r.latencyMs.total ?? 0} ms`}</td>
          </tr>
        ))}
      </Table>
      {props.rows.length === 0 && <p>No request matches these filters.</p>}
      <nav class="pager" aria-label="Pages">
        {props.next && <a href={props.next}>Older requests</a>}
      </nav>
    </Layout>
  );
}
