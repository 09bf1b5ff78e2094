// Every request and response body in the contract carries at least one example, and every example
// validates against its own schema (JSON Schema 2020-12, as OpenAPI 3.1 defines it).
import { describe, expect, it } from 'vitest';
import { escapePointer, makeAjv, operations, resolve, SPEC_ID } from './load-spec.js';

const ajv = makeAjv();

interface Body {
  label: string;
  schemaPointer: string;
  examples: { name: string; value: unknown }[];
}

function bodiesOf(content: Record<string, any>, pointer: string, label: string): Body[] {
  return Object.entries(content).map(([mediaType, media]) => {
    const mediaPointer = `${pointer}/content/${escapePointer(mediaType)}`;
    const examples: Body['examples'] = [];
    if ('example' in media) examples.push({ name: 'example', value: media.example });
    for (const [name, ex] of Object.entries<any>(media.examples ?? {})) {
      examples.push({ name, value: resolve(ex, `${mediaPointer}/examples/${name}`).node.value });
    }
    return { label: `${label} ${mediaType}`, schemaPointer: `${mediaPointer}/schema`, examples };
  });
}

const bodies: Body[] = [];
for (const o of operations()) {
  const id = o.op.operationId;
  if (o.op.requestBody) {
    const { node, pointer } = resolve(o.op.requestBody, `${o.pointer}/requestBody`);
    bodies.push(...bodiesOf(node.content, pointer, `${id} request`));
  }
  for (const [code, response] of Object.entries<any>(o.op.responses ?? {})) {
    const { node, pointer } = resolve(response, `${o.pointer}/responses/${code}`);
    if (node.content) bodies.push(...bodiesOf(node.content, pointer, `${id} ${code}`));
  }
}

describe('examples', () => {
  it('cover a meaningful number of bodies', () => {
    expect(bodies.length).toBeGreaterThan(150);
  });

  it.each(bodies.map((b) => [b.label, b] as const))('%s has an example that validates', (_label, body) => {
    expect(body.examples.length, 'no example').toBeGreaterThan(0);
    const validate =
      ajv.getSchema(`${SPEC_ID}#${body.schemaPointer}`) ?? ajv.compile({ $ref: `${SPEC_ID}#${body.schemaPointer}` });
    for (const example of body.examples) {
      const ok = validate(example.value);
      expect(ok, `${example.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe('the validator is not vacuous', () => {
  const validateInvoice = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/Invoice` });

  it('refuses an invoice that breaks NIC constraints', () => {
    const bad = {
      Version: '1.1',
      TranDtls: { TaxSch: 'GST', SupTyp: 'B2C' },
      DocDtls: { Typ: 'INV', No: '0INV1', Dt: '2026-11-25' },
      SellerDtls: { Gstin: '29AAACP7879D1Z', LglNm: 'AB', Addr1: 'x', Loc: 'Bengaluru', Pin: 56001, Stcd: '00' },
      BuyerDtls: { Gstin: 'URP', LglNm: 'Buyer', Pos: '96', Addr1: 'x', Loc: 'Abroad', Stcd: '96' },
      ItemList: [],
      ValDtls: { AssVal: 0, TotInvVal: -1 },
    };
    expect(validateInvoice(bad)).toBe(false);
    const pointers = (validateInvoice.errors ?? []).map((e) => e.instancePath);
    for (const p of [
      '/TranDtls/SupTyp',
      '/DocDtls/No',
      '/DocDtls/Dt',
      '/SellerDtls/Gstin',
      '/SellerDtls/LglNm',
      '/SellerDtls/Pin',
      '/SellerDtls/Stcd',
      '/ItemList',
      '/ValDtls/TotInvVal',
    ]) {
      expect(pointers).toContain(p);
    }
  });

  it('refuses an HSN of all zeros and an over-long document number', () => {
    const validateItem = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/Item` });
    const item = {
      SlNo: '1',
      IsServc: 'N',
      HsnCd: '0000',
      UnitPrice: 1,
      TotAmt: 1,
      AssAmt: 1,
      GstRt: 18,
      TotItemVal: 1.18,
    };
    expect(validateItem(item)).toBe(false);
    expect(validateItem({ ...item, HsnCd: '6114' })).toBe(true);
    const validateDoc = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/DocDtls` });
    expect(validateDoc({ Typ: 'INV', No: 'A'.repeat(17), Dt: '25/11/2026' })).toBe(false);
    expect(validateDoc({ Typ: 'INV', No: 'A'.repeat(16), Dt: '25/11/2026' })).toBe(true);
  });
});
