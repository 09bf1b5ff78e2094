import { createHmac } from 'node:crypto';
import { aesDecrypt } from './crypto/aes.js';
import { type ClientError, isObject, isSuccessStatus, type NicResult, noEnvelope } from './envelope.js';

/**
 * The stand-alone e-way bill API as the e-invoice system hosts it: same headers, AuthToken and SEK, but its
 * own envelope. Request {action, data: AES(SEK, json)}. Success {status: "1", data: AES(rek, json),
 * rek: AES(SEK, rek), hmac}; failure {status: "0", error: base64(EwbApiError)}. Times in its answers are
 * "dd/MM/yyyy hh:mm:ss AM/PM" IST.
 */

/** The JSON inside a failure's base64 `error`: codes joined by commas, messages (when sent) in the same order. */
export interface EwbApiError {
  errorCodes: string;
  errorMessages?: string[];
}

/** The success `hmac`: HMAC-SHA256 under the rek of the base64 of the JSON answer, base64. */
export function ewbApiHmac(rek: Uint8Array, json: string): string {
  return createHmac('sha256', rek).update(Buffer.from(json, 'utf8').toString('base64')).digest('base64');
}

/** A failure's `error` -> its codes; anything unreadable becomes one UNKNOWN carrying the raw text. */
export function parseEwbApiError(error: unknown): ClientError[] {
  try {
    const e = JSON.parse(Buffer.from(String(error ?? ''), 'base64').toString('utf8')) as EwbApiError;
    const codes = String(e.errorCodes ?? '')
      .split(',')
      .filter(Boolean);
    return codes.map((code, i) => ({ code, message: e.errorMessages?.[i] ?? '' }));
  } catch {
    return [{ code: 'UNKNOWN', message: String(error ?? '') }];
  }
}

/**
 * A success envelope's JSON. GETs answer {data: AES(rek, json), rek: AES(SEK, rek), hmac}; POST actions
 * (CANEWB, VEHEWB, EXTENDVALIDITY, ...) answer {data: AES(SEK, json)} with no rek. The decrypted text is
 * JSON, or base64 of it (the e-way bill system's documented form): both are read. Throws on a bad hmac.
 */
export function decodeEwbApiSuccess(sek: Uint8Array, env: Record<string, unknown>): string {
  const rek = typeof env.rek === 'string' && env.rek !== '' ? aesDecrypt(sek, env.rek) : undefined;
  const plain = aesDecrypt(rek ?? sek, String(env.data)).toString('utf8');
  const json = jsonOrBase64Json(plain);
  if (rek && env.hmac !== undefined && ewbApiHmac(rek, json) !== env.hmac && ewbApiHmac(rek, plain) !== env.hmac)
    throw new Error('EWB API response hmac mismatch');
  return json;
}

function jsonOrBase64Json(text: string): string {
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('[')) return t;
  const decoded = Buffer.from(t, 'base64').toString('utf8').trim();
  return decoded.startsWith('{') || decoded.startsWith('[') ? decoded : t;
}

/** CANEWB. */
export interface CancelEwbRequest {
  ewbNo: number | string;
  cancelRsnCode: number | string;
  cancelRmrk?: string;
}

export interface CancelEwbData {
  ewayBillNo: number;
  cancelDate: string;
}

/** VEHEWB (Part-B update). The EWB API takes numbers or strings for codes (IC sends `fromState: 24`, `transMode: 1`). */
export interface UpdateEwbVehicleRequest {
  ewbNo: number | string;
  vehicleNo?: string | null;
  fromPlace: string;
  fromState: number | string;
  /** 1 Breakdown, 2 Transshipment, 3 Others, 4 First time. */
  reasonCode: number | string;
  reasonRem: string;
  transDocNo?: string | null;
  /** dd/MM/yyyy */
  transDocDate?: string | null;
  /** 1 Road, 2 Rail, 3 Air, 4 Ship, 5 In transit. */
  transMode: number | string;
  vehicleType?: 'R' | 'O' | '';
}

/** VEHEWB response (IC sample `update_vehicle_info`). */
export interface UpdateEwbVehicleData {
  vehUpdDate: string;
  validUpto: string;
}

/** EXTENDVALIDITY. */
export interface ExtendEwbRequest {
  ewbNo: number | string;
  vehicleNo?: string | null;
  fromPlace: string;
  fromState: number | string;
  fromPincode: number;
  remainingDistance: number;
  transDocNo?: string | null;
  transDocDate?: string | null;
  transMode?: number | string;
  /** 1 Natural calamity, 2 Law and order, 4 Transshipment, 5 Accident, 99 Others. */
  extnRsnCode: number | string;
  extnRemarks: string;
  /** M in movement, T in transit. */
  consignmentStatus: 'M' | 'T';
  /** R road, W warehouse, O others; only for consignmentStatus T. */
  transitType?: 'R' | 'W' | 'O' | '';
  addressLine1?: string;
  addressLine2?: string;
  addressLine3?: string;
}

/**
 * EXTENDVALIDITY response (IC sample `extend_validity`). `ewayBillNo` is a string there, as in the CANEWB
 * and UPDATETRANSPORTER samples (GENEWAYBILL's is a number); this follows the sample.
 */
export interface ExtendEwbData {
  ewayBillNo: string;
  updatedDate: string;
  validUpto: string;
}

/**
 * GetEwayBill (GET /ewaybillapi/v1.03/ewayapi/GetEwayBill?ewbNo=): the e-way bill as the IRP holds it, the
 * fields a reconciler needs. NIC's answer has many more (addresses, items); `VehiclListDetails` is newest first.
 */
export interface GetEwayBillData {
  ewbNo: number;
  /** dd/MM/yyyy hh:mm:ss AM/PM */
  ewayBillDate: string;
  /** ACT or CNL. */
  status: string;
  /** dd/MM/yyyy hh:mm:ss AM/PM, or null while Part-A only. */
  validUpto: string | null;
  /** How many times EXTENDVALIDITY took effect. */
  extendedTimes: number;
  VehiclListDetails: {
    updMode: string;
    vehicleNo: string | null;
    fromPlace: string | null;
    fromState: number | null;
    tripshtNo: number;
    userGSTINTransin: string;
    enteredDate: string;
    transMode: string | null;
    transDocNo: string | null;
    transDocDate: string | null;
    groupNo: string;
  }[];
}

/**
 * An e-way bill API answer as a result, for both clients that speak it (the e-invoice session's and the E-Way
 * Bill System's): no envelope, an error envelope, or Data decrypted with the session key.
 */
export function ewbApiResult<T>(sek: Uint8Array, res: { status: number; body: unknown }): NicResult<T> {
  const env = res.body;
  if (!isObject(env) || !('status' in env)) return noEnvelope(res.status, env, 'an e-way bill API');
  if (!isSuccessStatus(env.status)) {
    return {
      ok: false,
      errors: parseEwbApiError(env.error),
      info: null,
      httpStatus: res.status,
      body: env,
      envelope: true,
    };
  }
  return { ok: true, data: JSON.parse(decodeEwbApiSuccess(sek, env)) as T, info: null, httpStatus: res.status };
}
