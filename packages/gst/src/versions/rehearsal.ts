import { z } from 'zod';
import { str } from '../schema/common.js';
import { invoiceObjectSchema } from '../schema/invoice.js';
import { itemSchema, payDtlsSchema } from '../schema/sections.js';
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

export const rehearsalRegistry: VersionRegistry = { current: '1.1', versions: [v1_1, v1_1_test] };
