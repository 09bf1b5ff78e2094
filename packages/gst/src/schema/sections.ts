import { z } from 'zod';
import {
  AMT12,
  AMT14,
  amount,
  date,
  EMAIL,
  GSTIN,
  GSTIN_OR_URP,
  PHONE,
  PRICE,
  pin,
  QTY,
  RATE,
  stateCode,
  str,
  text,
  upperEnum,
  yesNo,
} from './common.js';

/** One zod schema per INV-01 v1.1 section (names match the OpenAPI components). */

export const SUPPLY_TYPES = ['B2B', 'SEZWP', 'SEZWOP', 'EXPWP', 'EXPWOP', 'DEXP'] as const;
export const DOC_TYPES = ['INV', 'CRN', 'DBN'] as const;

export const tranDtlsSchema = z.object({
  TaxSch: z.enum(['GST']).meta({ minLength: 3, maxLength: 10 }),
  SupTyp: upperEnum(SUPPLY_TYPES),
  RegRev: yesNo().optional(),
  EcmGstin: str(15, 15).regex(GSTIN).optional(),
  IgstOnIntra: yesNo().optional(),
});

/** Later NIC pattern: lower case allowed (upper-cased for the IRN since June 2025); no leading 0, / or -. */
export const DOC_NO = /^([a-zA-Z1-9]{1}[a-zA-Z0-9/-]{0,15})$/;
export const docDtlsSchema = z.object({
  Typ: upperEnum(DOC_TYPES),
  No: str(1, 16).regex(DOC_NO),
  Dt: date(),
});

export const sellerDtlsSchema = z.object({
  Gstin: str(15, 15).regex(GSTIN),
  LglNm: text(3, 100),
  TrdNm: text(3, 100).optional(),
  Addr1: text(1, 100),
  Addr2: text(3, 100).optional(),
  Loc: text(3, 50),
  Pin: pin(),
  Stcd: stateCode(),
  Ph: str(6, 12).regex(PHONE).optional(),
  Em: str(6, 100).regex(EMAIL).optional(),
});

export const buyerDtlsSchema = z.object({
  Gstin: str(3, 15).regex(GSTIN_OR_URP),
  LglNm: text(3, 100),
  TrdNm: text(3, 100).optional(),
  Pos: stateCode(),
  Addr1: text(1, 100),
  Addr2: text(3, 100).optional(),
  Loc: text(3, 100),
  Pin: pin().optional(),
  Stcd: stateCode(),
  Ph: str(6, 12).regex(PHONE).optional(),
  Em: str(6, 100).regex(EMAIL).optional(),
});

export const dispDtlsSchema = z.object({
  Nm: text(3, 100),
  Addr1: text(1, 100),
  Addr2: text(3, 100).optional(),
  Loc: text(3, 100),
  Pin: pin(),
  Stcd: stateCode(),
});

export const shipDtlsSchema = z.object({
  Gstin: str(3, 15).regex(GSTIN_OR_URP).optional(),
  LglNm: text(3, 100),
  TrdNm: text(3, 100).optional(),
  Addr1: text(1, 100),
  Addr2: text(3, 100).optional(),
  Loc: text(3, 100),
  Pin: pin(),
  Stcd: stateCode(),
});

export const bchDtlsSchema = z.object({
  Nm: text(3, 20),
  ExpDt: date().optional(),
  WrDt: date().optional(),
});

/** One element of ItemList[].AttribDtls. */
export const attribDtlsSchema = z.object({
  Nm: text(1, 100).optional(),
  Val: text(1, 100).optional(),
});

export const HSN = /^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/;
/** One element of ItemList. */
export const itemSchema = z.object({
  SlNo: str(1, 6).regex(/^[0-9]{1,6}$/),
  PrdDesc: text(3, 300).optional(),
  IsServc: yesNo(),
  HsnCd: str(4, 8).regex(HSN),
  Barcde: text(3, 30).optional(),
  Qty: amount(QTY).optional(),
  FreeQty: amount(QTY).optional(),
  // Mixed case allowed: a NIC-signed sample carries "Nos"; the UQC check upper-cases.
  Unit: str(3, 8)
    .regex(/^[A-Za-z]{3,8}$/)
    .optional(),
  UnitPrice: amount(PRICE),
  TotAmt: amount(AMT12),
  Discount: amount(AMT12).optional(),
  PreTaxVal: amount(AMT12).optional(),
  AssAmt: amount(AMT12),
  GstRt: amount(RATE),
  IgstAmt: amount(AMT12).optional(),
  CgstAmt: amount(AMT12).optional(),
  SgstAmt: amount(AMT12).optional(),
  CesRt: amount(RATE).optional(),
  CesAmt: amount(AMT12).optional(),
  CesNonAdvlAmt: amount(AMT12).optional(),
  StateCesRt: amount(RATE).optional(),
  StateCesAmt: amount(AMT12).optional(),
  StateCesNonAdvlAmt: amount(AMT12).optional(),
  OthChrg: amount(AMT12).optional(),
  TotItemVal: amount(AMT12),
  OrdLineRef: text(1, 50).optional(),
  OrgCntry: str(2, 2)
    .regex(/^[A-Z]{2}$/)
    .optional(),
  PrdSlNo: text(1, 20).optional(),
  BchDtls: bchDtlsSchema.optional(),
  AttribDtls: z.array(attribDtlsSchema).optional(),
});

export const valDtlsSchema = z.object({
  AssVal: amount(AMT14),
  CgstVal: amount(AMT14).optional(),
  SgstVal: amount(AMT14).optional(),
  IgstVal: amount(AMT14).optional(),
  CesVal: amount(AMT14).optional(),
  StCesVal: amount(AMT14).optional(),
  Discount: amount(AMT14).optional(),
  OthChrg: amount(AMT14).optional(),
  RndOffAmt: z.number().min(-99.99).max(99.99).optional(),
  TotInvVal: amount(AMT14),
  TotInvValFc: amount(AMT14).optional(),
});

export const payDtlsSchema = z.object({
  Nm: text(1, 100).optional(),
  AccDet: text(1, 18).optional(),
  Mode: text(1, 18).optional(),
  FinInsBr: text(1, 11).optional(),
  PayTerm: text(1, 100).optional(),
  PayInstr: text(1, 100).optional(),
  CrTrn: text(1, 100).optional(),
  DirDr: text(1, 100).optional(),
  CrDay: z.int().min(0).max(9999).optional(),
  PaidAmt: amount(AMT14).optional(),
  PaymtDue: amount(AMT14).optional(),
});

export const docPerdDtlsSchema = z.object({
  InvStDt: date(),
  InvEndDt: date(),
});

/** One element of RefDtls.PrecDocDtls (the original invoice a CRN/DBN refers to). */
export const precDocDtlsSchema = z.object({
  InvNo: str(1, 16).regex(/^([1-9A-Z]{1}[0-9A-Z/-]{0,15})$/),
  InvDt: date(),
  OthRefNo: text(1, 20).optional(),
});

/** One element of RefDtls.ContrDtls. */
export const contrDtlsSchema = z.object({
  RecAdvRefr: text(1, 20).optional(),
  RecAdvDt: date().optional(),
  TendRefr: text(1, 20).optional(),
  ContrRefr: text(1, 20).optional(),
  ExtRefr: text(1, 20).optional(),
  ProjRefr: text(1, 20).optional(),
  PORefr: text(1, 16).optional(),
  PORefDt: date().optional(),
});

export const refDtlsSchema = z.object({
  InvRm: text(3, 100).optional(),
  DocPerdDtls: docPerdDtlsSchema.optional(),
  PrecDocDtls: z.array(precDocDtlsSchema).optional(),
  ContrDtls: z.array(contrDtlsSchema).optional(),
});

/** One element of AddlDocDtls. */
export const addlDocDtlsSchema = z.object({
  Url: text(3, 100).optional(),
  Docs: text(3, 1000).optional(),
  Info: text(3, 1000).optional(),
});

export const expDtlsSchema = z.object({
  ShipBNo: text(1, 20).optional(),
  ShipBDt: date().optional(),
  Port: str(2, 10)
    .regex(/^[a-zA-Z0-9]{2,10}$/)
    .optional(),
  RefClm: yesNo().optional(),
  ForCur: str(3, 16).optional(),
  CntCode: str(2, 2)
    .regex(/^[A-Z]{2}$/)
    .optional(),
  ExpDuty: amount(AMT12).optional(),
});

export const TRANS_MODES = ['1', '2', '3', '4'] as const;
export const ewbDtlsSchema = z.object({
  // Shape only here (GSTIN or TRANSIN); the business rule checks it further (4018).
  TransId: str(15, 15)
    .regex(/^[0-9A-Z]{15}$/)
    .optional(),
  TransName: text(3, 100).optional(),
  TransMode: z.enum(TRANS_MODES).optional(),
  Distance: z.int().min(0).max(4000),
  TransDocNo: str(1, 15)
    .regex(/^([a-zA-Z0-9/-]{1,15})$/)
    .optional(),
  TransDocDt: date().optional(),
  VehNo: str(4, 20)
    .regex(/^[0-9A-Z]{4,20}$/)
    .optional(),
  VehType: z.enum(['R', 'O']).optional(),
});

export type TranDtls = z.output<typeof tranDtlsSchema>;
export type DocDtls = z.output<typeof docDtlsSchema>;
export type SellerDtls = z.output<typeof sellerDtlsSchema>;
export type BuyerDtls = z.output<typeof buyerDtlsSchema>;
export type DispDtls = z.output<typeof dispDtlsSchema>;
export type ShipDtls = z.output<typeof shipDtlsSchema>;
export type Item = z.output<typeof itemSchema>;
export type BchDtls = z.output<typeof bchDtlsSchema>;
export type AttribDtls = z.output<typeof attribDtlsSchema>;
export type ValDtls = z.output<typeof valDtlsSchema>;
export type PayDtls = z.output<typeof payDtlsSchema>;
export type RefDtls = z.output<typeof refDtlsSchema>;
export type DocPerdDtls = z.output<typeof docPerdDtlsSchema>;
export type PrecDocDtls = z.output<typeof precDocDtlsSchema>;
export type ContrDtls = z.output<typeof contrDtlsSchema>;
export type AddlDocDtls = z.output<typeof addlDocDtlsSchema>;
export type ExpDtls = z.output<typeof expDtlsSchema>;
export type EwbDtls = z.output<typeof ewbDtlsSchema>;
