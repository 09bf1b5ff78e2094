import { randomInt } from 'node:crypto';

export type Channel = 'nic' | 'gsp';
/** Whether the caller heard about the change: `withheld` = committed, but the response was never delivered. */
export type Delivery = 'pending' | 'delivered' | 'withheld';

export interface IrnRecord {
  irn: string;
  ackNo: number;
  ackDt: Date;
  ackDtText: string;
  sellerGstin: string;
  buyerGstin: string;
  docType: string;
  docNo: string;
  docDate: string;
  status: 'ACT' | 'CNL';
  /** The invoice as gst validated it (what the e-way bill rules read). */
  document: Record<string, unknown>;
  /** The invoice as signed (without AckNo/AckDt/Irn; ItemNo added). */
  invoice: Record<string, unknown>;
  signedInvoice: string;
  signedQrCode: string;
  cancelledAt?: Date;
  cancelDateText?: string;
  cancelReason?: string;
  cancelRemark?: string;
  channel: Channel;
}

/**
 * One Part-B entry (NIC's GetEwayBill `VehiclListDetails`): the one made at generation, when it had
 * Part-B, and every VEHEWB. Kept oldest first (NIC lists newest first).
 */
export interface VehicleEntry {
  enteredAt: Date;
  /** `dd/MM/yyyy hh:mm:ss AM/PM`, as NIC's `enteredDate`. */
  enteredDate: string;
  source: 'GENERATE' | 'VEHEWB';
  vehicleNo: string | null;
  vehicleType: 'R' | 'O' | null;
  transMode: string | null;
  transDocNo: string | null;
  transDocDate: string | null;
  fromPlace: string | null;
  fromState: string | null;
  /** VEHEWB reason: 1 Breakdown, 2 Transshipment, 3 Others, 4 First time. Null for the generation entry. */
  reasonCode: string | null;
  reasonRem: string | null;
  /** Who entered it (NIC's `userGSTINTransin`). */
  userGstin: string;
}

/** One EXTENDVALIDITY. */
export interface ExtensionEntry {
  extendedAt: Date;
  /** `dd/MM/yyyy hh:mm:ss AM/PM`, as NIC's `updatedDate`. */
  updatedDate: string;
  previousValidTill: Date | null;
  validTill: Date;
  remainingDistance: number;
  extnRsnCode: string;
  extnRemarks: string;
  consignmentStatus: 'M' | 'T';
  transitType: string | null;
  fromPlace: string;
  fromState: string;
  fromPincode: number;
  vehicleNo: string | null;
  transMode: string | null;
  transDocNo: string | null;
  transDocDate: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  addressLine3: string | null;
}

export interface EwbRecord {
  ewbNo: number;
  irn: string;
  genGstin: string;
  ewbDt: Date;
  ewbDtText: string;
  validTill: Date | null;
  validTillText: string | null;
  distanceKm: number;
  /** True until the first Part-B entry (generation with transport details, or VEHEWB). */
  partAOnly: boolean;
  /** When the first Part-B entry was made (the validity clock and the 24 h cancel window start there). */
  partBAt: Date | null;
  /** Part-B history, oldest first. */
  vehicles: VehicleEntry[];
  /** EXTENDVALIDITY history, oldest first (NIC's `extendedTimes` is its length). */
  extensions: ExtensionEntry[];
  status: 'ACT' | 'CNL';
  request: Record<string, unknown>;
  cancelledAt?: Date;
  cancelReason?: string;
  cancelRemark?: string;
  channel: Channel;
}

export type LedgerEventType =
  | 'IRN_GENERATED'
  | 'IRN_CANCELLED'
  | 'EWB_GENERATED'
  | 'EWB_CANCELLED'
  | 'EWB_VEHICLE_UPDATED'
  | 'EWB_EXTENDED';

export interface LedgerEvent {
  seq: number;
  at: Date;
  type: LedgerEventType;
  gstin: string;
  irn: string;
  ewbNo?: number;
  channel: Channel;
  delivery: Delivery;
}

/**
 * Everything the sandbox ever issued, in memory. Tests (and the future Jepsen-style checker) read it to
 * compare what the IRP committed with what clients believe happened.
 */
export class Ledger {
  readonly irns = new Map<string, IrnRecord>();
  readonly ewbs = new Map<number, EwbRecord>();
  readonly events: LedgerEvent[] = [];
  private readonly ewbsByIrn = new Map<string, EwbRecord[]>();
  private readonly ackNos = new Set<number>();
  private ackSeq = randomInt(1_000_000, 9_000_000);
  private ewbSeq = randomInt(1_000_000, 9_000_000);

  /** 15 digits, unique. NIC's internal structure is unknown; we use 1 + yy + 12-digit sequence. */
  nextAckNo(now: Date): number {
    const yy = String(now.getUTCFullYear() % 100).padStart(2, '0');
    for (;;) {
      this.ackSeq += 1 + randomInt(0, 7);
      const n = Number(`1${yy}${String(this.ackSeq).padStart(12, '0')}`);
      if (!this.ackNos.has(n)) {
        this.ackNos.add(n);
        return n;
      }
    }
  }

  /** 12 digits, unique, starting with 3 like the sandbox's. */
  nextEwbNo(): number {
    this.ewbSeq += 1 + randomInt(0, 7);
    return Number(`3${String(this.ewbSeq).padStart(11, '0')}`);
  }

  addIrn(rec: IrnRecord): void {
    this.irns.set(rec.irn, rec);
  }

  getIrn(irn: string): IrnRecord | undefined {
    return this.irns.get(irn.toLowerCase());
  }

  addEwb(rec: EwbRecord): void {
    this.ewbs.set(rec.ewbNo, rec);
    const list = this.ewbsByIrn.get(rec.irn) ?? [];
    list.push(rec); // generation order = time order
    this.ewbsByIrn.set(rec.irn, list);
  }

  getEwb(ewbNo: number): EwbRecord | undefined {
    return this.ewbs.get(ewbNo);
  }

  ewbsForIrn(irn: string): EwbRecord[] {
    return [...(this.ewbsByIrn.get(irn) ?? [])];
  }

  activeEwbForIrn(irn: string): EwbRecord | undefined {
    return this.ewbsForIrn(irn).find((e) => e.status === 'ACT');
  }

  record(ev: Omit<LedgerEvent, 'seq' | 'delivery'>): LedgerEvent {
    const event: LedgerEvent = { ...ev, seq: this.events.length + 1, delivery: 'pending' };
    this.events.push(event);
    return event;
  }

  /** JSON-friendly copy (admin endpoint, test assertions). */
  snapshot(): { irns: IrnRecord[]; ewbs: EwbRecord[]; events: LedgerEvent[] } {
    return { irns: [...this.irns.values()], ewbs: [...this.ewbs.values()], events: [...this.events] };
  }

  clear(): void {
    this.irns.clear();
    this.ewbs.clear();
    this.ewbsByIrn.clear();
    this.events.length = 0;
    this.ackNos.clear();
  }
}
