import type { GstinDetails } from '@einvoice/nic';
import { nicError } from '../protocol/errors.js';
import { type Caller, fail, type Outcome, ok, type ServiceDeps } from './types.js';

export function gstinDetails(deps: ServiceDeps, _caller: Caller, gstin: string): Outcome<GstinDetails> {
  const t = deps.taxpayers.lookup(String(gstin ?? '').toUpperCase());
  if (!t) return fail([nicError('3028')]);
  return ok({
    Gstin: t.gstin,
    TradeName: t.tradeName ?? null,
    LegalName: t.legalName,
    AddrBnm: t.addr2 ?? null,
    AddrBno: null,
    AddrFlno: null,
    AddrSt: t.addr1,
    AddrLoc: t.location,
    StateCode: Number(t.stateCode),
    AddrPncd: t.pin,
    TxpType: t.type,
    Status: t.status,
    BlkStatus: t.einvoiceEnabled ? 'U' : 'B',
    DtReg: isoDate(t.registeredOn),
    DtDReg: isoDate(t.cancelledOn),
  });
}

/** dd/MM/yyyy -> yyyy-MM-dd, as NIC prints DtReg. */
function isoDate(d: string | undefined): string | null {
  const m = d ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}
