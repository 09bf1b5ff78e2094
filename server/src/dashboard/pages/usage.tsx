// Usage: one IST month by day for the tenant in effect (the figures of GET /v1/usage), a bar per day, the
// totals, the sandbox quota, the NDJSON export.
import type { UsageCounter, UsagePeriod, UsageReport } from '../../app/usecases/usage.js';
import { StackedColumns } from '../components/bars.js';
import { Select, Table } from '../components/controls.js';
import { Fact, Layout } from '../components/layout.js';

const LABELS: Record<UsageCounter, string> = {
  irns_generated: 'IRNs generated',
  ewbs_generated: 'E-way bills generated',
  cancellations: 'Cancellations',
  notes: 'Notes',
  bulk_records: 'Bulk records',
  reconciliation_reads: 'Reconciliation reads',
  other_calls: 'Other calls',
};
const COUNTERS = Object.keys(LABELS) as UsageCounter[];
/** What the sandbox quota counts (usage.ts): invoices, notes and bulk records. */
const irnsOf = (p: UsagePeriod) => p.irns_generated + p.notes + p.bulk_records;
const allOf = (p: UsagePeriod) => COUNTERS.reduce((s, c) => s + p[c], 0);

function DailyChart({ days, month }: { days: UsagePeriod[]; month: string }) {
  const total = days.reduce((s, d) => s + allOf(d), 0);
  return (
    <StackedColumns
      columns={days.map((d, i) => ({
        lower: irnsOf(d),
        upper: allOf(d) - irnsOf(d),
        ...(i % 5 === 0 ? { tick: d.period.slice(8) } : {}),
      }))}
      label={`Metered units per day of ${month} (IST): ${total} in all`}
      width={18}
      upperFill="#0a4fb3"
    />
  );
}

export function UsagePage(props: {
  csrf: string;
  month: string;
  months: string[];
  report: UsageReport;
  quota: { quota: number; used: number } | null;
}) {
  const { report, quota, month } = props;
  return (
    <Layout title="Usage" csrf={props.csrf} current="/dashboard/usage">
      <form method="get" action="/dashboard/usage" class="filters" aria-label="Choose the month">
        <Select label="Month (IST)" name="month" value={month} choices={props.months} />
        <button type="submit">Show</button>
        <a href={`/dashboard/usage/export.ndjson?month=${month}`} download={`usage-${month}.ndjson`}>
          Export NDJSON
        </a>
      </form>
      <h2>{`Totals for ${month}`}</h2>
      <dl class="facts">
        {COUNTERS.map((c) => (
          <Fact label={LABELS[c]}>{String(report.totals[c])}</Fact>
        ))}
        {quota && (
          <Fact label="Sandbox IRN quota (whole account)">{`${quota.used} / ${quota.quota}`}</Fact>
        )}
      </dl>
      <p>
        Successful calls only; a replay (Idempotency-Key, or the same document again) is not counted twice. A bulk
        job counts its records.
      </p>
      <h2>Per day (green: IRNs, notes and bulk records; blue: everything else)</h2>
      <div class="scroll" tabindex={0} role="region" aria-label="Usage per day">
        <DailyChart days={report.data} month={month} />
      </div>
      <Table label="Usage by day" head={['Day', ...COUNTERS.map((c) => LABELS[c])]}>
        {report.data.map((d) => (
          <tr>
            <th scope="row">
              <time datetime={d.period}>{d.period}</time>
            </th>
            {COUNTERS.map((c) => (
              <td>{String(d[c])}</td>
            ))}
          </tr>
        ))}
        <tr class="total">
          <th scope="row">Total</th>
          {COUNTERS.map((c) => (
            <td>{String(report.totals[c])}</td>
          ))}
        </tr>
      </Table>
    </Layout>
  );
}
