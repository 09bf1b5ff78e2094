import * as ewb from './ewaybills.js';
import { gstinDetails } from './gstin.js';
import * as inv from './invoices.js';
import type { Caller, ServiceDeps } from './types.js';

export type { Caller, Outcome, ServiceConfig, ServiceDeps } from './types.js';

/** The IRP's operations, independent of transport: NIC routes and GSP routes both call this. */
export class IrpService {
  constructor(readonly deps: ServiceDeps) {}

  generateIrn = (c: Caller, payload: unknown) => inv.generateIrn(this.deps, c, payload);
  cancelIrn = (c: Caller, payload: unknown) => inv.cancelIrn(this.deps, c, payload);
  getIrn = (c: Caller, irn: string) => inv.getIrn(this.deps, c, irn);
  getIrnByDocDetails = (
    c: Caller,
    q: { doctype?: string | undefined; docnum?: string | undefined; docdate?: string | undefined },
  ) => inv.getIrnByDocDetails(this.deps, c, q);
  gstinDetails = (c: Caller, gstin: string) => gstinDetails(this.deps, c, gstin);
  generateEwb = (c: Caller, payload: unknown) => ewb.generateEwb(this.deps, c, payload);
  getEwbByIrn = (c: Caller, irn: string) => ewb.getEwbByIrn(this.deps, c, irn);
  getEwayBill = (c: Caller, ewbNo: string) => ewb.getEwayBill(this.deps, c, ewbNo);
  cancelEwb = (c: Caller, payload: unknown) => ewb.cancelEwb(this.deps, c, payload);
  updateEwbVehicle = (c: Caller, payload: unknown) => ewb.updateEwbVehicle(this.deps, c, payload);
  extendEwb = (c: Caller, payload: unknown) => ewb.extendEwb(this.deps, c, payload);
}
