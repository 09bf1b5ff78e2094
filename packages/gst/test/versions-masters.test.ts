import { describe, expect, it } from 'vitest';
import {
  bundledHsnMaster,
  isHsnStructureValid,
  loadHsnMaster,
  masters,
  pinBelongsToState,
  rehearsalRegistry,
  schemaVersions,
  translateInvoice,
  v1_1_test,
} from '../src/index.js';
import { inv } from './fixtures.js';

describe('schema versions', () => {
  it('1.1 is current and translating 1.1 -> 1.1 is the identity', () => {
    expect(schemaVersions.current).toBe('1.1');
    const i = inv().build();
    expect(translateInvoice(i, '1.1', '1.1')).toEqual(i);
  });
  it('1.1-test accepts the added optional field and the deprecated one', () => {
    const i = inv()
      .with((x) => {
        (x.ItemList[0] as Record<string, unknown>).PrdCatCd = 'APPAREL';
        x.PayDtls = { DirDr: 'HDFC mandate' };
        x.Version = '1.1t';
      })
      .build();
    expect(v1_1_test.schema.safeParse(i).success).toBe(true);
  });
  it('1.1-test -> 1.1 drops the field 1.1 does not know', () => {
    const i = inv()
      .with((x) => {
        (x.ItemList[0] as Record<string, unknown>).PrdCatCd = 'APPAREL';
        x.Version = '1.1t';
      })
      .build();
    const out = translateInvoice(i, '1.1-test', '1.1', rehearsalRegistry) as typeof i;
    expect(out.Version).toBe('1.1');
    expect('PrdCatCd' in out.ItemList[0]!).toBe(false);
    expect('PrdCatCd' in i.ItemList[0]!).toBe(true); // input untouched
  });
  it('1.1 -> 1.1-test removes the deprecated field and sets Version', () => {
    const i = inv()
      .with((x) => {
        x.PayDtls = { DirDr: 'HDFC mandate', CrDay: 30 };
      })
      .build();
    const out = translateInvoice(i, '1.1', '1.1-test', rehearsalRegistry) as typeof i;
    expect(out.PayDtls).toEqual({ CrDay: 30 });
    expect(out.Version).toBe('1.1t');
    expect(v1_1_test.schema.safeParse(out).success).toBe(true);
  });
  it('unknown versions throw', () => {
    expect(() => translateInvoice(inv().build(), '1.1', '9.9')).toThrow(/unknown schema version/);
  });
});

describe('masters', () => {
  it('have the expected sizes and members', () => {
    expect(masters.states.map((s) => s.code)).toContain('38');
    expect(Object.keys(masters.uqc)).toHaveLength(45);
    expect(masters.countries).toHaveLength(249);
    expect(masters.currencies).toContain('INR');
    expect(masters.ports.INABG1).toBe('Alibag');
    expect(masters.gstRates).toContain(18);
  });
  it('PIN prefixes', () => {
    expect(pinBelongsToState(560001, '29')).toBe(true);
    expect(pinBelongsToState(110001, '29')).toBe(false);
    expect(pinBelongsToState(500055, '36')).toBe(true);
    expect(pinBelongsToState(999999, '96')).toBe(true);
  });
  it.each([
    ['1001', true],
    ['61149090', true],
    ['721011', true],
    ['95066230', true],
    ['998311', true],
    ['999900', true],
    ['12345678', false],
    ['0000', false],
    ['7701', false],
    ['9983', false],
    ['99831101', false],
    ['123', false],
    ['1216', false],
  ])('bundled HSN master: %s -> %s', (code, ok) => {
    expect(bundledHsnMaster.has(code)).toBe(ok);
  });
  it('structure: chapters 01-98 minus 77, SAC 6 digits', () => {
    expect(isHsnStructureValid('7701')).toBe(false);
    expect(isHsnStructureValid('0101')).toBe(true);
    expect(isHsnStructureValid('998311')).toBe(true);
    expect(isHsnStructureValid('9983')).toBe(false);
  });
  it('loadHsnMaster reads CSV and plain lists, exact membership plus prefixes', () => {
    const m = loadHsnMaster(
      'HSN_CD,HSN_Description\n"61149090","Vests of other textile materials"\n01,Chapter row\n998311;Management consulting\n',
    );
    expect(m.size).toBe(2);
    expect(m.has('61149090')).toBe(true);
    expect(m.has('6114')).toBe(true);
    expect(m.has('611490')).toBe(true);
    expect(m.has('61149010')).toBe(false);
    expect(m.has('998311')).toBe(true);
    expect(loadHsnMaster('1001\n1002\n').size).toBe(2);
    expect(() => loadHsnMaster('nothing here')).toThrow();
  });
});
