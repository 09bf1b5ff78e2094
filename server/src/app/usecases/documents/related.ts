// How credit/debit notes and their invoices find each other: a note names its original invoice(s) in
// `RefDtls.PrecDocDtls` (number and date, required by POST /v1/notes), nothing else links them. The dashboard's
// document page lists the notes issued against an invoice and, on a note, links back to its invoice.
import { financialYear } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { DocumentRecord } from '../../ports/records.js';

/** Notes read at most, newest document date last (the stream is oldest first), when looking for an invoice's notes. */
export const NOTE_SCAN_LIMIT = 5_000;

interface Preceding {
  no: string;
  date: string;
}

/** The invoices a note names (upper-cased numbers, as the IRP de-duplicates them); none for an invoice. */
export function precedingInvoices(doc: Pick<DocumentRecord, 'docType' | 'payload'>): Preceding[] {
  if (doc.docType === 'INV') return [];
  const list = (doc.payload as { RefDtls?: { PrecDocDtls?: unknown } } | null)?.RefDtls?.PrecDocDtls;
  if (!Array.isArray(list)) return [];
  return list.flatMap((p: { InvNo?: unknown; InvDt?: unknown }) =>
    typeof p?.InvNo === 'string' && typeof p?.InvDt === 'string' ? [{ no: p.InvNo.toUpperCase(), date: p.InvDt }] : [],
  );
}

/** `dd/MM/yyyy` as `yyyy-MM-dd` (the document list's date filter). */
const isoDate = (nic: string) => nic.split('/').reverse().join('-');

/**
 * Credit and debit notes of the invoice's GSTIN that name it (number and date), oldest first. Notes are dated on
 * or after their invoice, so only those are read, at most NOTE_SCAN_LIMIT of them; `complete` is false when
 * the limit cut the search short.
 */
export async function notesAgainst(
  deps: Deps,
  invoice: DocumentRecord,
): Promise<{ notes: DocumentRecord[]; complete: boolean }> {
  const notes: DocumentRecord[] = [];
  if (invoice.docType !== 'INV') return { notes, complete: true };
  let scanned = 0;
  for (const docType of ['CRN', 'DBN'] as const)
    for await (const note of deps.storage.documents.stream(invoice.accountId, invoice.gstin, {
      docType,
      from: isoDate(invoice.docDate),
    })) {
      if (++scanned > NOTE_SCAN_LIMIT) return { notes, complete: false };
      if (precedingInvoices(note).some((p) => p.no === invoice.docNoKey && p.date === invoice.docDate))
        notes.push(note);
    }
  return { notes, complete: true };
}

/** The invoices a note names that this account registered (a note may name one registered elsewhere). */
export async function invoicesOfNote(deps: Deps, note: DocumentRecord): Promise<DocumentRecord[]> {
  const out: DocumentRecord[] = [];
  for (const p of precedingInvoices(note)) {
    let fy: string;
    try {
      fy = financialYear(p.date);
    } catch {
      continue; // not a date the IRP would have accepted: names nothing registered here
    }
    const found = await deps.storage.documents.getByNaturalKey(note.accountId, note.gstin, 'INV', p.no, fy);
    if (found && found.docDate === p.date) out.push(found);
  }
  return out;
}
