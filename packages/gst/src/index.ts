/**
 * @einvoice/gst: the pure GST e-invoice domain core. No I/O, no clock: time is passed in.
 * Contract with packages/irp-sandbox and the server: see README.md "API".
 */

export { type CancelIrnState, cancelIrnRequestSchema, validateCancelIrn } from './cancel-irn.js';
export {
  EWB_CANCEL_WINDOW_MS,
  ewbCancellableUntil,
  IRN_CANCEL_WINDOW_MS,
  irnCancellableUntil,
} from './cancel-windows.js';
export { financialYear, formatAckDt, formatNicDate, isNicDate, parseAckDt, parseNicDate } from './dates.js';
export type { NicError, Validation } from './errors.js';
export { NIC_ERRORS, nicError } from './errors.js';
export {
  type EwbByIrnContext,
  type EwbByIrnRequest,
  type EwbPlan,
  ewbByIrnRequestSchema,
  planEwb,
  type TransportDetails,
  validateEwbByIrn,
  validateInvoiceEwb,
} from './ewb/by-irn.js';
export { ewbDistanceFromInfo } from './ewb/info.js';
export {
  ewbCancelReasons,
  extensionReasons,
  irnCancelReasons,
  isVehicleNo,
  partBReasons,
  transportModes,
} from './ewb/masters.js';
export {
  type CancelEwbRequest,
  cancelEwbRequestSchema,
  type EwbState,
  type ExtendEwbRequest,
  extendEwbRequestSchema,
  type UpdatePartBRequest,
  updatePartBRequestSchema,
  validateCancelEwb,
  validateExtendEwb,
  validateUpdatePartB,
} from './ewb/standalone.js';
export { ewbValidUntil, KM_PER_DAY } from './ewb/validity.js';
export { GSTIN_PATTERNS, type GstinKind, gstinCheckDigit, gstinKind, isTransporterId, isValidGstin } from './gstin.js';
export { computeIrn, duplicateKey, irnOf } from './irn.js';
export {
  bundledHsnMaster,
  type HsnMaster,
  isCountryCode,
  isCurrencyCode,
  isHsnStructureValid,
  isPortCode,
  isSac,
  isStateCode,
  isUqc,
  loadHsnMaster,
  masters,
  normalizeStateCode,
  pinBelongsToState,
} from './masters/index.js';
export { pinDistanceKm } from './masters/pin-distance.js';
export { type HsnLines, mainHsnCode } from './qr.js';
export type { RuleContext, Taxpayer, TaxpayerStatus } from './rules/context.js';
export { checkBusinessRules, RULE_GROUPS, type ValidateOptions, validateInvoice } from './rules/index.js';
export { isIntraState } from './rules/tax-type.js';
export { type Invoice, invoiceObjectSchema, invoiceSchema, MAX_ITEMS, sectionSchemas } from './schema/invoice.js';
export * from './schema/sections.js';
export {
  type SchemaVersion,
  schemaVersions,
  translateInvoice,
  type VersionRegistry,
  v1_1,
} from './versions/registry.js';
export { rehearsalRegistry, v1_1_test, v1_2 } from './versions/rehearsal.js';
