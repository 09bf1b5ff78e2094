/** Version-aware validateInvoice (opts.version / opts.registry) and the QR MainHsnCode rule. */
import { describe, expect, it } from 'vitest';
import {
  type Invoice,
  mainHsnCode,
  rehearsalRegistry,
  type ValidateOptions,
  type VersionRegistry,
  validateInvoice,
} from '../src/index.js';
import { codes, ctx, goodsItem, inv, recompute, SELLER_NOT_ENABLED } from './fixtures.js';

const rehearsal = (version: string): ValidateOptions => ({ version, registry: rehearsalRegistry });
const withPrdCat = (v: string) => (i: Invoice) => {
  (i.ItemList[0] as Record<string, unknown>).PrdCatCd = v;
};

type Row = [name: string, build: () => unknown, opts: ValidateOptions, expected: string[], pointers?: string[]];
const rows: Row[] = [
  ['no version: v1.1 as before, unknown keys stripped', () => inv().with(withPrdCat('APPAREL')).build(), {}, []],
  ['explicit 1.1, default registry', () => inv().build(), { version: '1.1' }, []],
  ['1.1-test by name', () => inv().build(), rehearsal('1.1-test'), []],
  ['1.1-test by wire value 1.1t', () => inv().build(), rehearsal('1.1t'), []],
  [
    '1.1-test: its added field is checked by its schema',
    () =>
      inv()
        .with(withPrdCat('X'.repeat(11)))
        .with((i) => {
          i.Version = '1.1t';
        })
        .build(),
    rehearsal('1.1-test'),
    ['2140'],
    ['/ItemList/0/PrdCatCd'],
  ],
  [
    '1.1-test: empty item list is 2228 as in v1.1',
    () =>
      inv()
        .with((i) => {
          i.ItemList = [];
        })
        .build(),
    rehearsal('1.1-test'),
    ['2228'],
    ['/ItemList'],
  ],
  ['1.1-test: > 1000 lines is 2173', () => inv().items(1001).build(), rehearsal('1.1-test'), ['2173'], ['/ItemList']],
  [
    '1.1-test: missing supplier GSTIN is 2155',
    () =>
      inv()
        .with((i) => {
          delete (i.SellerDtls as Partial<typeof i.SellerDtls>).Gstin;
        })
        .build(),
    rehearsal('1.1-test'),
    ['2155'],
  ],
  [
    '1.1-test: supplier URP is 2213',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = 'URP';
        })
        .build(),
    rehearsal('1.1-test'),
    ['2213'],
  ],
  [
    '1.1-test: RegRev X is 2159',
    () =>
      inv()
        .with((i) => {
          (i.TranDtls as Record<string, unknown>).RegRev = 'X';
        })
        .build(),
    rehearsal('1.1-test'),
    ['2159'],
  ],
  [
    '1.1-test: Typ ABC is 2161',
    () =>
      inv()
        .with((i) => {
          (i.DocDtls as Record<string, unknown>).Typ = 'ABC';
        })
        .build(),
    rehearsal('1.1-test'),
    ['2161'],
  ],
  [
    '1.1-test: two bad fields, two 2140s',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Pin = 1;
          i.BuyerDtls.Loc = 'X';
        })
        .build(),
    rehearsal('1.1-test'),
    ['2140', '2140'],
    ['/SellerDtls/Pin', '/BuyerDtls/Loc'],
  ],
  [
    '1.1-test: business rules run after translation',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_NOT_ENABLED;
        })
        .build(),
    rehearsal('1.1-test'),
    ['3026'],
  ],
  [
    '1.1-test: tax rules too',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { CgstAmt: 0, SgstAmt: 0 });
          recompute(i);
        })
        .build(),
    rehearsal('1.1-test'),
    ['2241'],
  ],
  [
    'a 1.1t document validated as 1.1 loses the 1.1-test field',
    () =>
      inv()
        .with(withPrdCat('X'.repeat(11)))
        .with((i) => {
          i.Version = '1.1t';
        })
        .build(),
    rehearsal('1.1'),
    [],
  ],
  [
    'unknown Version in the document: read as the current version',
    () =>
      inv()
        .with((i) => {
          i.Version = '0.9';
        })
        .build(),
    rehearsal('1.1-test'),
    [],
  ],
  ['unknown target version', () => inv().build(), rehearsal('9.9'), ['2140'], ['/Version']],
  ['1.1-test is not in the default registry', () => inv().build(), { version: '1.1-test' }, ['2140'], ['/Version']],
  ['not an object', () => 'hello', rehearsal('1.1-test'), ['2140'], ['']],
  ['null', () => null, rehearsal('1.1-test'), ['2140'], ['']],
  ['an array', () => [inv().build()], rehearsal('1.1-test'), ['2140'], ['']],
];

describe('validateInvoice with a schema version', () => {
  it.each(rows)('%s', (_name, build, opts, expected, pointers) => {
    const r = validateInvoice(build(), ctx(), opts);
    expect(codes(r)).toEqual(expected);
    if (pointers && !r.ok) expect(r.errors.map((e) => e.pointer)).toEqual(pointers);
  });

  it('returns the translated invoice: wire Version, deprecated field dropped, input untouched', () => {
    const input = inv()
      .with((i) => {
        i.PayDtls = { Nm: 'Acme', DirDr: 'mandate' };
      })
      .build();
    const before = JSON.stringify(input);
    const r = validateInvoice(input, ctx(), rehearsal('1.1-test'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.Version).toBe('1.1t');
    expect(r.value.PayDtls).toEqual({ Nm: 'Acme' });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('keeps the 1.1-test field in the result', () => {
    const r = validateInvoice(
      inv()
        .with(withPrdCat('APPAREL'))
        .with((i) => {
          i.Version = '1.1t';
        })
        .build(),
      ctx(),
      rehearsal('1.1-test'),
    );
    expect(r.ok && (r.value.ItemList[0] as Record<string, unknown>).PrdCatCd).toBe('APPAREL');
  });

  it.each([
    [
      'missing ValDtls',
      () =>
        inv()
          .with((i) => {
            delete (i as Partial<typeof i>).ValDtls;
          })
          .build(),
    ],
    [
      'bad email and Pin',
      () =>
        inv()
          .with((i) => {
            i.SellerDtls.Em = 'x';
            i.SellerDtls.Pin = 1;
          })
          .build(),
    ],
    [
      'date 2031',
      () =>
        inv()
          .with((i) => {
            i.DocDtls.Dt = '01/01/2031';
          })
          .build(),
    ],
    [
      'empty list',
      () =>
        inv()
          .with((i) => {
            i.ItemList = [];
          })
          .build(),
    ],
    [
      'wrong totals',
      () =>
        inv()
          .with((i) => {
            i.ValDtls.TotInvVal = 5;
          })
          .build(),
    ],
  ])('maps errors exactly as v1.1 does: %s', (_n, build) => {
    expect(validateInvoice(build(), ctx(), { version: '1.1' })).toEqual(validateInvoice(build(), ctx()));
  });

  it('a version that shares no ancestor with the document is a 2140 at /Version', () => {
    const orphan = { ...rehearsalRegistry.versions[1]!, version: 'orphan', wire: 'orph', parent: undefined };
    const registry: VersionRegistry = { current: '1.1', versions: [...rehearsalRegistry.versions, orphan] };
    const r = validateInvoice(inv().build(), ctx(), { version: 'orphan', registry });
    expect(r).toMatchObject({
      ok: false,
      errors: [{ code: '2140', pointer: '/Version', message: expect.stringMatching(/share no ancestor/) }],
    });
  });
});

describe('mainHsnCode (QR MainHsnCode)', () => {
  const lines = (...specs: Array<[hsn: string, ass: number]>) => ({
    ItemList: specs.map(([HsnCd, AssAmt]) => ({ HsnCd, AssAmt })),
  });
  it.each([
    ['one line', lines(['61149090', 1000]), '61149090'],
    ['second line is larger', lines(['61149090', 100], ['1001', 500]), '1001'],
    ['largest in the middle', lines(['1001', 10], ['998311', 999.99], ['61149090', 999.98]), '998311'],
    ['tie: the first line wins', lines(['1001', 500], ['61149090', 500]), '1001'],
    ['all zero: the first line', lines(['1001', 0], ['61149090', 0]), '1001'],
    ['empty list', lines(), ''],
  ] as const)('%s', (_n, invoice, expected) => {
    expect(mainHsnCode(invoice)).toBe(expected);
  });
  it('takes a full invoice and ignores TotItemVal (taxable value is AssAmt)', () => {
    const i = inv()
      .with((x) => {
        x.ItemList = [
          goodsItem({ SlNo: '1', HsnCd: '1001', AssAmt: 900, TotItemVal: 5000 }),
          goodsItem({ SlNo: '2', HsnCd: '61149090' }),
        ];
      })
      .build();
    expect(mainHsnCode(i)).toBe('61149090');
    i.ItemList[0]!.AssAmt = 1000;
    expect(mainHsnCode(i)).toBe('1001'); // tie with line 2 (1000): first wins
  });
});
