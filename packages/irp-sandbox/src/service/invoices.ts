import type { CancelIrnData, InfoDtl, IrnData } from '@einvoice/nic';
import { signNicJwt } from '../crypto/jwt.js';
import { isRecord } from '../protocol/body.js';
import { nicError } from '../protocol/errors.js';
import * as rules from '../rules.js';
import type { IrnRecord, LedgerEvent } from '../store/ledger.js';
import { createEwbForIrn } from './ewaybills.js';
import { type Caller, fail, type Outcome, ok, type ServiceDeps } from './types.js';

export function generateIrn(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<IrnData> {
  const { ledger, clock, config } = deps;
  const now = clock.now();

  // Duplicate check first, from the raw document key: a client retrying after a lost response must get
  // 2150 + DUPIRN even if time moved on and a time-dependent rule would now reject the document.
  const dup = findExisting(deps, payload);
  if (dup) return duplicate(dup);

  const ruleOptions = {
    now,
    lookupTaxpayer: deps.taxpayers.lookup,
    authGstin: caller.gstin,
    thirtyDayRule: config.thirtyDayRule,
    uppercaseDocNo: config.uppercaseDocNo,
  };
  if (config.demandVersion && config.strictVersion) {
    const refused = rules.versionRefusal(payload, config.demandVersion);
    if (refused) return fail([refused]);
  }
  const v = rules.validateInvoice(payload, ruleOptions, config.demandVersion);
  if (!v.ok) return fail(v.errors);

  const invoice = v.value as unknown as Record<string, unknown>;
  const doc = invoice.DocDtls as { Typ: string; No: string; Dt: string };
  const seller = invoice.SellerDtls as { Gstin: string };
  const buyer = invoice.BuyerDtls as { Gstin: string };
  const irn = rules.computeIrn(seller.Gstin, doc.Typ, doc.No, doc.Dt, config.uppercaseDocNo);
  const again = ledger.getIrn(irn);
  if (again) return duplicate(again);

  const ackNo = ledger.nextAckNo(now);
  const ackDtText = rules.formatAckDt(now);
  const signedBody = signedInvoiceBody(invoice);
  const signedInvoice = signNicJwt(
    deps.signingKey,
    { AckNo: ackNo, AckDt: ackDtText, Irn: irn, ...signedBody },
    config.issuer,
  );
  const items = (signedBody.ItemList as Record<string, unknown>[] | undefined) ?? [];
  const val = invoice.ValDtls as { TotInvVal: number };
  const qr = {
    SellerGstin: seller.Gstin,
    BuyerGstin: buyer.Gstin,
    DocNo: doc.No,
    DocTyp: doc.Typ,
    DocDt: doc.Dt,
    TotInvVal: val.TotInvVal,
    ItemCnt: items.length,
    MainHsnCode: rules.mainHsnCode(v.value),
    Irn: irn,
    IrnDt: ackDtText,
  };
  const signedQrCode = signNicJwt(deps.signingKey, qr, config.issuer);

  const record: IrnRecord = {
    irn,
    ackNo,
    ackDt: now,
    ackDtText,
    sellerGstin: seller.Gstin,
    buyerGstin: buyer.Gstin,
    docType: doc.Typ,
    docNo: doc.No,
    docDate: doc.Dt,
    status: 'ACT',
    document: invoice,
    invoice: signedBody,
    signedInvoice,
    signedQrCode,
    channel: caller.channel,
  };
  ledger.addIrn(record);
  const events: LedgerEvent[] = [
    ledger.record({ at: now, type: 'IRN_GENERATED', gstin: caller.gstin, irn, channel: caller.channel }),
  ];

  // EwbDtls inside Generate IRN: the IRN stands either way; EWB failures travel as InfoDtls EWBERR.
  const info: InfoDtl[] = [];
  if (isRecord(invoice.EwbDtls)) {
    const ewb = createEwbForIrn(deps, caller, record, { ...invoice.EwbDtls, Irn: irn }, false);
    if (ewb.ok) {
      events.push(...ewb.events);
      if (ewb.data.computedDistance)
        info.push({ InfCd: 'EWBPPD', Desc: `Pin-Pin calc distance: ${ewb.data.distanceKm}KM` });
    } else {
      info.push({ InfCd: 'EWBERR', Desc: ewb.errors.map((e) => ({ ErrorCode: e.code, ErrorMessage: e.message })) });
    }
  }
  return ok(irnResponse(deps, record), info, events);
}

export function getIrn(deps: ServiceDeps, caller: Caller, irn: string): Outcome<IrnData> {
  const rec = deps.ledger.getIrn(String(irn ?? ''));
  if (!rec) return fail([nicError('2148')]);
  if (rec.sellerGstin !== caller.gstin) return fail([nicError('2226')]);
  if (deps.clock.now().getTime() - rec.ackDt.getTime() > deps.config.retentionMs) return fail([nicError('2283')]);
  return ok(irnResponse(deps, rec));
}

export function getIrnByDocDetails(
  deps: ServiceDeps,
  caller: Caller,
  q: { doctype?: string | undefined; docnum?: string | undefined; docdate?: string | undefined },
): Outcome<IrnData> {
  if (!q.doctype || !q.docnum || !q.docdate) {
    return fail([nicError('2142', 'Incomplete request parameters: doctype, docnum and docdate are required')]);
  }
  let irn: string;
  try {
    irn = rules.computeIrn(caller.gstin, q.doctype.toUpperCase(), q.docnum, q.docdate, deps.config.uppercaseDocNo);
  } catch {
    return fail([nicError('2144', 'Invalid date format, expected dd/MM/yyyy')]);
  }
  return getIrn(deps, caller, irn);
}

export function cancelIrn(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<CancelIrnData> {
  const now = deps.clock.now();
  const irn = isRecord(payload) && typeof payload.Irn === 'string' ? payload.Irn : undefined;
  const rec = irn ? deps.ledger.getIrn(irn) : undefined;
  if (!irn) return fail([nicError('2142', 'Incomplete request parameters: Irn is required')]);
  if (!rec) return fail([nicError('2154')]);
  const v = rules.validateCancelIrn(payload, {
    ackDt: rec.ackDt,
    now,
    status: rec.status,
    hasActiveEwb: deps.ledger.activeEwbForIrn(rec.irn) !== undefined,
    ownerGstin: rec.sellerGstin,
    callerGstin: caller.gstin,
  });
  if (!v.ok) return fail(v.errors);
  rec.status = 'CNL';
  rec.cancelledAt = now;
  rec.cancelDateText = rules.formatAckDt(now);
  rec.cancelReason = String(v.value.CnlRsn);
  if (v.value.CnlRem !== undefined) rec.cancelRemark = v.value.CnlRem;
  const ev = deps.ledger.record({
    at: now,
    type: 'IRN_CANCELLED',
    gstin: caller.gstin,
    irn: rec.irn,
    channel: caller.channel,
  });
  return ok({ Irn: rec.irn, CancelDate: rec.cancelDateText }, null, [ev]);
}

export function irnResponse(deps: ServiceDeps, rec: IrnRecord): IrnData {
  const ewb = deps.ledger.activeEwbForIrn(rec.irn) ?? deps.ledger.ewbsForIrn(rec.irn).at(-1);
  return {
    AckNo: rec.ackNo,
    AckDt: rec.ackDtText,
    Irn: rec.irn,
    SignedInvoice: rec.signedInvoice,
    SignedQRCode: rec.signedQrCode,
    Status: rec.status,
    EwbNo: ewb?.ewbNo ?? null,
    EwbDt: ewb?.ewbDtText ?? null,
    EwbValidTill: ewb?.validTillText ?? null,
    Remarks: null,
  };
}

function duplicate(rec: IrnRecord): Outcome<IrnData> {
  return fail(
    [nicError('2150')],
    [{ InfCd: 'DUPIRN', Desc: { AckNo: rec.ackNo, AckDt: rec.ackDtText, Irn: rec.irn } }],
  );
}

function findExisting(deps: ServiceDeps, payload: unknown): IrnRecord | undefined {
  if (!isRecord(payload) || !isRecord(payload.DocDtls) || !isRecord(payload.SellerDtls)) return undefined;
  const { Typ, No, Dt } = payload.DocDtls;
  const gstin = payload.SellerDtls.Gstin;
  if (typeof Typ !== 'string' || typeof No !== 'string' || typeof Dt !== 'string' || typeof gstin !== 'string')
    return undefined;
  try {
    return deps.ledger.getIrn(
      rules.computeIrn(gstin.toUpperCase(), Typ.toUpperCase(), No, Dt, deps.config.uppercaseDocNo),
    );
  } catch {
    return undefined; // a malformed date: validation reports it
  }
}

/** The IRP signs the request as submitted, minus a client-sent Irn, with ItemNo added to each item (as NIC does). */
function signedInvoiceBody(invoice: Record<string, unknown>): Record<string, unknown> {
  const { Irn: _ignored, ...rest } = invoice;
  void _ignored;
  if (Array.isArray(rest.ItemList)) {
    rest.ItemList = rest.ItemList.map((item: unknown) => (isRecord(item) ? { ItemNo: 0, ...item } : item));
  }
  return rest;
}
