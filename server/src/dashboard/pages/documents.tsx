// Documents: search by number, IRN, GSTIN, status, period; one document's lifecycle, deadlines and signed QR.
import { raw } from 'hono/html';
import type { DocumentRecord, EwbRecord } from '../../app/ports/records.js';
import { DateRange, Select, Table } from '../components/controls.js';
import { Fact, Layout, Time } from '../components/layout.js';

const NOTE_KIND: Record<string, string> = { CRN: 'Credit note', DBN: 'Debit note', INV: 'Invoice' };
const docHref = (d: DocumentRecord) => `/dashboard/documents/${encodeURIComponent(d.gstin)}/${encodeURIComponent(d.id)}`;

export interface DocumentFilterForm {
  gstin: string;
  q: string;
  status: string;
  from: string;
  to: string;
}

const STATUSES = ['', 'pending', 'queued', 'generated', 'failed', 'cancelled'];

export function DocumentsPage(props: { csrf: string; gstins: string[]; filters: DocumentFilterForm; rows: DocumentRecord[]; next: string | null }) {
  const f = props.filters;
  return (
    <Layout title="Documents" csrf={props.csrf} current="/dashboard/documents">
      <form method="get" action="/dashboard/documents" class="filters" aria-label="Search documents">
        <Select label="GSTIN" name="gstin" value={f.gstin} choices={props.gstins} />
        <label>
          Number or IRN
          <input name="q" value={f.q} maxlength={64} autocomplete="off" />
        </label>
        <Select label="Status" name="status" value={f.status} choices={STATUSES} />
        <DateRange from={f.from} to={f.to} what="Document date" />
        <button type="submit">Search</button>
      </form>
      <Table label="Documents" head={['Number', 'Date', 'Status', 'Buyer', 'Value']} narrow={['Buyer', 'Value']}>
        {props.rows.map((d) => (
          <tr>
            <td>
              <a href={`/dashboard/documents/${encodeURIComponent(d.gstin)}/${encodeURIComponent(d.id)}`}>{`${d.docType} ${d.docNo}`}</a>
            </td>
            <td>{d.docDate}</td>
            <td>
              <span class={`badge ${d.status}`}>{d.status}</span>
            </td>
            <td class="hide-narrow">{d.buyerGstin}</td>
            <td class="hide-narrow">{d.totalValue.toFixed(2)}</td>
          </tr>
        ))}
      </Table>
      {props.rows.length === 0 && <p>No document matches.</p>}
      {props.next && (
        <nav class="pager" aria-label="Pages">
          <a href={props.next}>Older documents</a>
        </nav>
      )}
    </Layout>
  );
}

type Party = { LglNm?: unknown; TrdNm?: unknown; Gstin?: unknown };
const name = (p: Party | undefined) => (p ? String(p.TrdNm ?? p.LglNm ?? '') : '');

export function DocumentPage(props: { csrf: string; doc: DocumentRecord; ewbs: EwbRecord[]; qr: string | null; notes: DocumentRecord[]; notesComplete: boolean; invoices: DocumentRecord[] }) {
  const d = props.doc;
  const payload = (d.payload ?? {}) as { SellerDtls?: Party; BuyerDtls?: Party };
  const base = docHref(d);
  return (
    <Layout title={`${d.docType} ${d.docNo}`} csrf={props.csrf} current="/dashboard/documents">
      <dl class="facts">
        <Fact label="Status">
          <span class={`badge ${d.status}`}>{d.status}</span>
        </Fact>
        <Fact label="Seller">{name(payload.SellerDtls)}</Fact>
        <Fact label="Buyer">{`${name(payload.BuyerDtls)} (${d.buyerGstin})`}</Fact>
        <Fact label="IRN">{d.irn ?? '—'}</Fact>
        <Fact label="Ack no.">{d.ackNo === null ? '—' : String(d.ackNo)}</Fact>
        <Fact label="Value">{d.totalValue.toFixed(2)}</Fact>
        <Fact label="Cancellable until">
          <Time at={d.cancellableUntil} />
        </Fact>
      </dl>
      <h2>Lifecycle</h2>
      <ol class="timeline">
        <li>
          {'Received '}
          <Time at={d.createdAt} />
        </li>
        {d.irn && <li>{`IRN generated (ack ${d.ackDt ?? '—'})`}</li>}
        {props.ewbs.map((e) => (
          <li>{`E-way bill ${e.ewbNo} (${e.status}), valid till ${e.ewbValidTill ?? '—'}`}</li>
        ))}
        {props.invoices.map((inv) => (
          <li>
            {'Issued against invoice '}
            <a href={docHref(inv)}>{inv.docNo}</a>
            {` of ${inv.docDate}`}
          </li>
        ))}
        {props.notes.map((n) => (
          <li>
            {`${NOTE_KIND[n.docType]} `}
            <a href={docHref(n)}>{n.docNo}</a>
            {` of ${n.docDate} (${n.status}, value ${n.totalValue.toFixed(2)})`}
          </li>
        ))}
        {!props.notesComplete && <li>More notes may exist: only the latest notes were searched.</li>}
        {d.status === 'failed' && <li>Failed: see the request log for the NIC error.</li>}
        {d.cancelledAt && (
          <li>
            {'Cancelled '}
            <Time at={d.cancelledAt} />
            {d.cancelReason ? ` (reason ${d.cancelReason})` : ''}
          </li>
        )}
      </ol>
      {props.qr && (
        <>
          <h2>Signed QR code</h2>
          <figure class="qr" id="signed-qr" aria-label="Signed QR code of the document">
            {raw(props.qr)}
          </figure>
        </>
      )}
      {d.signedInvoice && (
        <p>
          <a href={`${base}/signed-invoice.jwt`} download={`${d.docNo}-signed-invoice.jwt`}>
            Download the signed invoice (JWT)
          </a>
        </p>
      )}
      <p>
        <a href={`/dashboard/logs?irn=${encodeURIComponent(d.irn ?? '')}`}>Requests for this IRN</a>
      </p>
    </Layout>
  );
}
