/**
 * @einvoice/gst: the pure GST e-invoice domain core. No I/O, no clock: time is passed in.
 * Contract with packages/irp-sandbox and the server: see README.md "API".
 */
export type { NicError, Validation } from './errors.js';
export { NIC_ERRORS, nicError } from './errors.js';
export type { Taxpayer, TaxpayerStatus, RuleContext } from './rules/context.js';
export { validateInvoice, checkBusinessRules, RULE_GROUPS, type ValidateOptions } from './rules/index.js';
export { isIntraState } from './rules/tax-type.js';
export { computeIrn, duplicateKey, irnOf } from './irn.js';
export { mainHsnCode, type HsnLines } from './qr.js';
export { financialYear, parseNicDate, formatNicDate, formatAckDt, parseAckDt, isNicDate } from './dates.js';
export { isValidGstin, gstinCheckDigit, gstinKind, isTransporterId, GSTIN_PATTERNS, type GstinKind } from './gstin.js';
export { validateCancelIrn, cancelIrnRequestSchema, type CancelIrnState } from './cancel-irn.js';
export {
  validateEwbByIrn, validateInvoiceEwb, planEwb, ewbByIrnRequestSchema,
  type EwbByIrnContext, type EwbByIrnRequest, type EwbPlan, type TransportDetails,
} from './ewb/by-irn.js';
export {
  validateCancelEwb, validateExtendEwb, validateUpdatePartB,
  cancelEwbRequestSchema, extendEwbRequestSchema, updatePartBRequestSchema,
  type EwbState, type CancelEwbRequest, type ExtendEwbRequest, type UpdatePartBRequest,
} from './ewb/standalone.js';
export { ewbValidUntil, KM_PER_DAY } from './ewb/validity.js';
export { transportModes, ewbCancelReasons, irnCancelReasons, partBReasons, extensionReasons, isVehicleNo } from './ewb/masters.js';
export { pinDistanceKm } from './masters/pin-distance.js';
export {
  masters, bundledHsnMaster, loadHsnMaster, isHsnStructureValid, isSac, type HsnMaster,
  isStateCode, normalizeStateCode, pinBelongsToState, isUqc, isCountryCode, isCurrencyCode, isPortCode,
} from './masters/index.js';
export { invoiceSchema, invoiceObjectSchema, sectionSchemas, MAX_ITEMS, type Invoice } from './schema/invoice.js';
export * from './schema/sections.js';
export { schemaVersions, translateInvoice, v1_1, type SchemaVersion, type VersionRegistry } from './versions/registry.js';
export { v1_1_test, rehearsalRegistry } from './versions/rehearsal.js';
