// Document pages: search (number or IRN, GSTIN, status, period), one document with its QR, the signed invoice.
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import type { DocumentRecord, DocumentStatus } from '../../app/ports/records.js';
import type { DocumentQuery } from '../../app/ports/storage.js';
import { type AdminPrincipal, seesTenant, tenantFilter } from '../../app/principal.js';
import { problems } from '../../app/problems.js';
import { invoicesOfNote, notesAgainst } from '../../app/usecases/documents/related.js';
import { DocumentPage, DocumentsPage } from '../pages/documents.js';
import { qrSvg } from '../qr.js';
import { dashboardHeaders, page } from '../render.js';
import type { DashboardEnv } from '../session.js';

const STATUSES: DocumentStatus[] = ['pending', 'queued', 'generated', 'failed', 'cancelled'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IRN = /^[0-9a-f]{64}$/i;
const PAGE_SIZE = 50;
/** A number search reads at most this many documents of the filter (newest first). */
const SCAN_LIMIT = 5_000;

export function documentRoutes(deps: Deps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();

  app.get('/documents', async (c) => {
    const who = c.get('session').principal;
    const gstins = (await deps.storage.gstins.list(who.accountId, { limit: 100, ...tenantFilter(who) })).items.map((g) => g.gstin);
    const wanted = (c.req.query('gstin') ?? '').toUpperCase();
    const gstin = gstins.includes(wanted) ? wanted : (gstins[0] ?? '');
    const q = (c.req.query('q') ?? '').trim();
    const status = STATUSES.find((s) => s === c.req.query('status'));
    const from = DATE.test(c.req.query('from') ?? '') ? c.req.query('from')! : '';
    const to = DATE.test(c.req.query('to') ?? '') ? c.req.query('to')! : '';
    const filters: Omit<DocumentQuery, 'limit' | 'startingAfter'> = {
      ...(status ? { status } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    let rows: DocumentRecord[] = [];
    let next: string | null = null;
    if (gstin && IRN.test(q)) {
      const doc = await deps.storage.documents.getByIrn(who.accountId, gstin, q.toLowerCase());
      rows = doc ? [doc] : [];
    } else if (gstin && q) {
      const wantedNo = q.toUpperCase();
      let after: string | undefined;
      for (let scanned = 0; rows.length < PAGE_SIZE && scanned < SCAN_LIMIT; ) {
        const batch = await deps.storage.documents.list(who.accountId, gstin, { ...filters, limit: 500, ...(after ? { startingAfter: after } : {}) });
        rows.push(...batch.items.filter((d) => d.docNoKey.includes(wantedNo)));
        scanned += batch.items.length;
        after = batch.items.at(-1)?.id;
        if (!batch.hasMore) break;
      }
      rows = rows.slice(0, PAGE_SIZE);
    } else if (gstin) {
      const after = c.req.query('starting_after');
      const result = await deps.storage.documents.list(who.accountId, gstin, { ...filters, limit: PAGE_SIZE, ...(after ? { startingAfter: after } : {}) });
      rows = result.items;
      const last = rows.at(-1);
      const params = new URLSearchParams({ gstin, status: status ?? '', from, to, ...(last ? { starting_after: last.id } : {}) });
      next = result.hasMore ? `/dashboard/documents?${params}` : null;
    }
    const filterForm = { gstin, q, status: status ?? '', from, to };
    return page(c, <DocumentsPage csrf={c.get('session').csrfToken} gstins={gstins} filters={filterForm} rows={rows} next={next} />);
  });

  /** Another account's, or another tenant's than the one in effect: absent. */
  async function owned(who: AdminPrincipal, gstin: string, id: string): Promise<DocumentRecord> {
    const doc = await deps.storage.documents.get(who.accountId, gstin, id);
    if (!doc || (who.tenantId !== null && !seesTenant(who, await deps.storage.gstins.tenantOf(who.accountId, gstin))))
      throw problems.notFound(`No document ${id} of ${gstin} in this account.`);
    return doc;
  }

  app.get('/documents/:gstin/:id', async (c) => {
    const who = c.get('session').principal;
    const doc = await owned(who, c.req.param('gstin'), c.req.param('id'));
    const ewbs = doc.irn ? await deps.storage.ewbs.listByIrn(who.accountId, doc.gstin, doc.irn) : [];
    const qr = doc.signedQrCode ? await qrSvg(doc.signedQrCode) : null;
    const [{ notes, complete }, invoices] = await Promise.all([notesAgainst(deps, doc), invoicesOfNote(deps, doc)]);
    return page(
      c,
      <DocumentPage csrf={c.get('session').csrfToken} doc={doc} ewbs={ewbs} qr={qr} notes={notes} notesComplete={complete} invoices={invoices} />,
    );
  });
  app.get('/documents/:gstin/:id/signed-invoice.jwt', async (c) => {
    const who = c.get('session').principal;
    const doc = await owned(who, c.req.param('gstin'), c.req.param('id'));
    if (!doc.signedInvoice) throw problems.notFound(`Document ${doc.id} has no signed invoice yet.`);
    dashboardHeaders(c);
    c.header('content-disposition', `attachment; filename="${doc.id}-signed-invoice.jwt"`);
    return c.body(doc.signedInvoice, 200, { 'content-type': 'application/jwt' });
  });
  return app;
}
