/**
 * The e-invoice API's requests and responses (the decrypted Data of NIC's envelope): one declaration for
 * the client, the simulator that answers it and the server that relays it.
 */

/** Data of the auth call (plain JSON, not encrypted): Sek is AES(AppKey, SEK), TokenExpiry "yyyy-MM-dd HH:mm:ss" IST. */
export interface AuthData {
  ClientId: string;
  UserName: string;
  AuthToken: string;
  Sek: string;
  TokenExpiry: string;
}

/** Generate IRN / Get IRN / Get IRN by document details. */
export interface IrnData {
  AckNo: number;
  AckDt: string;
  Irn: string;
  SignedInvoice: string;
  SignedQRCode: string;
  Status: 'ACT' | 'CNL';
  EwbNo: number | null;
  EwbDt: string | null;
  EwbValidTill: string | null;
  Remarks: string | null;
}

export interface CancelIrnRequest {
  Irn: string;
  CnlRsn: '1' | '2' | '3' | '4';
  CnlRem?: string;
}

export interface CancelIrnData {
  Irn: string;
  CancelDate: string;
}

/** Generate e-way bill by IRN (Part-B fields optional: without them the e-way bill is Part-A only). */
export interface EwbByIrnRequest {
  Irn: string;
  Distance: number;
  TransMode?: string;
  TransId?: string;
  TransName?: string;
  TransDocNo?: string;
  TransDocDt?: string;
  VehNo?: string;
  VehType?: 'R' | 'O';
  [k: string]: unknown;
}

/** Generate e-way bill by IRN; EwbValidTill is null for a Part-A only e-way bill. */
export interface EwbData {
  EwbNo: number;
  EwbDt: string;
  EwbValidTill: string | null;
  Remarks: string | null;
}

/** Get e-way bill by IRN. */
export interface EwbByIrnData {
  EwbNo: number;
  Status: 'ACT' | 'CNL';
  GenGstin: string;
  EwbDt: string;
  EwbValidTill: string | null;
}

/** Get GSTIN details (`/eivital/v1.04/Master/gstin/{gstin}`). */
export interface GstinDetails {
  Gstin: string;
  TradeName: string | null;
  LegalName: string;
  AddrBnm: string | null;
  AddrBno: string | null;
  AddrFlno: string | null;
  AddrSt: string | null;
  AddrLoc: string;
  StateCode: number;
  AddrPncd: number;
  TxpType: string;
  Status: string;
  BlkStatus: string;
  DtReg: string | null;
  DtDReg: string | null;
}
