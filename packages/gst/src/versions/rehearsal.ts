import { z } from 'zod';
import { str, yesNo } from '../schema/common.js';
import { invoiceObjectSchema } from '../schema/invoice.js';
import { itemSchema, payDtlsSchema, tranDtlsSchema } from '../schema/sections.js';
import { type SchemaVersion, type VersionRegistry, v1_1 } from './registry.js';

/**
 * TEST-ONLY version "1.1-test", used to rehearse a schema change before NIC makes one:
 * - adds an optional ItemList[].PrdCatCd (product category code, str 1-10);
 * - deprecates PayDtls.DirDr: still accepted, but removed when translating to "1.1-test".
 * Not part of `schemaVersions`; tests build their own registry with it.
 */
const item = itemSchema.extend({ PrdCatCd: str(1, 10).optional() });
export const v1_1_testSchema = invoiceObjectSchema.extend({
  Version: z.enum(['1.1', '1.1t']),
  ItemList: z.array(item).min(1).max(1000),
  PayDtls: payDtlsSchema.optional(),
});

export const v1_1_test: SchemaVersion = {
  version: '1.1-test',
  wire: '1.1t',
  parent: '1.1',
  schema: v1_1_testSchema,
  added: ['/ItemList/*/PrdCatCd'],
  removed: ['/PayDtls/DirDr'],
  status: 'test',
};

/**
 * TEST-ONLY "1.2": a plausible next INV-01, rehearsed end to end (issue #23: the sandbox IRP demands it, the
 * server translates v1.1 requests to it). Retired from the production registry (`schemaVersions` holds 1.1
 * only); kept here for the tests.
 * - a new optional field: ItemList[].PrdCatCd (product category code, str 1-10);
 * - a deprecated field: PayDtls.DirDr (direct debit), accepted from v1.1 clients but not sent on;
 * - a changed validation: TranDtls.RegRev (reverse charge) becomes required; v1.1 left it optional meaning
 *   "N", so translating up fills in "N".
 */
export const v1_2Schema = invoiceObjectSchema.extend({
  Version: z.literal('1.2'),
  TranDtls: tranDtlsSchema.extend({ RegRev: yesNo() }),
  ItemList: z.array(item).min(1).max(1000),
  PayDtls: payDtlsSchema.omit({ DirDr: true }).optional(),
});

export const v1_2: SchemaVersion = {
  version: '1.2',
  wire: '1.2',
  parent: '1.1',
  schema: v1_2Schema,
  added: ['/ItemList/*/PrdCatCd'],
  removed: ['/PayDtls/DirDr'],
  defaults: { '/TranDtls/RegRev': 'N' },
  status: 'test',
};

export const rehearsalRegistry: VersionRegistry = { current: '1.1', versions: [v1_1, v1_1_test, v1_2] };
