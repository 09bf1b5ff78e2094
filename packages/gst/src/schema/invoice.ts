import { z } from 'zod';
import { str } from './common.js';

// `Irn` is in NIC's schema but clients must not send it (OPTI p=1317): not declared, so it is stripped.
import {
  addlDocDtlsSchema,
  attribDtlsSchema,
  bchDtlsSchema,
  buyerDtlsSchema,
  contrDtlsSchema,
  dispDtlsSchema,
  docDtlsSchema,
  docPerdDtlsSchema,
  ewbDtlsSchema,
  expDtlsSchema,
  itemSchema,
  payDtlsSchema,
  precDocDtlsSchema,
  refDtlsSchema,
  sellerDtlsSchema,
  shipDtlsSchema,
  tranDtlsSchema,
  valDtlsSchema,
} from './sections.js';

/** NIC ITEM_LIMIT (IC constants/e_invoice.py); more lines give 2173. */
export const MAX_ITEMS = 1000;

const invoiceObject = z.object({
  Version: str(1, 6),
  TranDtls: tranDtlsSchema,
  DocDtls: docDtlsSchema,
  SellerDtls: sellerDtlsSchema,
  BuyerDtls: buyerDtlsSchema,
  DispDtls: dispDtlsSchema.optional(),
  ShipDtls: shipDtlsSchema.optional(),
  ItemList: z.array(itemSchema).min(1).max(MAX_ITEMS),
  ValDtls: valDtlsSchema,
  PayDtls: payDtlsSchema.optional(),
  RefDtls: refDtlsSchema.optional(),
  AddlDocDtls: z.array(addlDocDtlsSchema).optional(),
  ExpDtls: expDtlsSchema.optional(),
  EwbDtls: ewbDtlsSchema.optional(),
});

export type Invoice = z.output<typeof invoiceObject>;
/** The whole INV-01 v1.1 document. Unknown keys are stripped (the HTTP layer decides policy). */
export const invoiceSchema: z.ZodType<Invoice> = invoiceObject;
/** Same schema with its object type, for callers that need `.shape`. */
export const invoiceObjectSchema = invoiceObject;

/** Section schemas under the OpenAPI component names (`Invoice`, `Item`, ...). */
export const sectionSchemas = {
  Invoice: invoiceObject,
  TranDtls: tranDtlsSchema,
  DocDtls: docDtlsSchema,
  SellerDtls: sellerDtlsSchema,
  BuyerDtls: buyerDtlsSchema,
  DispDtls: dispDtlsSchema,
  ShipDtls: shipDtlsSchema,
  Item: itemSchema,
  BchDtls: bchDtlsSchema,
  AttribDtls: attribDtlsSchema,
  ValDtls: valDtlsSchema,
  PayDtls: payDtlsSchema,
  RefDtls: refDtlsSchema,
  DocPerdDtls: docPerdDtlsSchema,
  PrecDocDtls: precDocDtlsSchema,
  ContrDtls: contrDtlsSchema,
  AddlDocDtls: addlDocDtlsSchema,
  ExpDtls: expDtlsSchema,
  EwbDtls: ewbDtlsSchema,
} as const;
