// The failure-resolution playbook: codes seen in the account's logs, and a page per code of the catalogue.
import type { CodeSeen, PlaybookEntry } from '../../app/usecases/playbook.js';
import { Table } from '../components/controls.js';
import { Fact, Layout, Time } from '../components/layout.js';

export function PlaybookPage({ csrf, seen, catalogue, days }: { csrf: string; seen: (CodeSeen & PlaybookEntry)[]; catalogue: PlaybookEntry[]; days: number }) {
  return (
    <Layout title="Failure-resolution playbook" csrf={csrf} current="/dashboard/playbook">
      <h2>{`Seen in your requests (last ${days} days)`}</h2>
      {seen.length === 0 ? (
        <p>No NIC or GSTN error in this period.</p>
      ) : (
        <Table label="Codes seen" head={['Code', 'Count', 'Last seen', 'GSTINs', 'What to do']} narrow={['GSTINs']}>
              {seen.map((s) => (
                <tr>
                  <td>
                    <a href={`/dashboard/playbook/${encodeURIComponent(s.code)}`}>{s.code}</a>
                  </td>
                  <td>{String(s.count)}</td>
                  <td>
                    <Time at={s.lastSeen} />
                  </td>
                  <td class="hide-narrow">{s.gstins.join(', ') || '—'}</td>
                  <td>{s.lastHint ?? s.hint}</td>
                </tr>
              ))}
            </Table>
      )}
      <h2>Every code in the catalogue</h2>
      <ul class="codes">
        {catalogue.map((c) => (
          <li>
            <a href={`/dashboard/playbook/${encodeURIComponent(c.code)}`}>{c.code}</a>
            {` ${c.message}`}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function PlaybookCodePage({ csrf, entry, seen }: { csrf: string; entry: PlaybookEntry; seen: CodeSeen | undefined }) {
  return (
    <Layout title={`NIC error ${entry.code}`} csrf={csrf} current="/dashboard/playbook">
      <dl class="facts">
        <Fact label="NIC message">{entry.message}</Fact>
        <Fact label="Seen">{seen ? `${seen.count} times` : 'not yet'}</Fact>
        {seen && (
          <Fact label="Last seen">
            <Time at={seen.lastSeen} />
          </Fact>
        )}
        {seen && <Fact label="Affected GSTINs">{seen.gstins.join(', ') || '—'}</Fact>}
      </dl>
      <h2>Resolution</h2>
      <p class="hint">{entry.hint}</p>
      {seen?.lastHint && seen.lastHint !== entry.hint && <p class="hint">{`Last time: ${seen.lastHint}`}</p>}
      {seen && seen.pointers.length > 0 && (
        <>
          <h2>Fields to change in the payload</h2>
          <ul>
            {seen.pointers.map((p) => (
              <li>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {seen && (
        <>
          <h2>Failed requests</h2>
          <ul>
            {seen.logIds.map((id) => (
              <li>
                <a href={`/dashboard/logs/${encodeURIComponent(id)}`}>{id}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/dashboard/playbook">All codes</a>
      </p>
    </Layout>
  );
}
