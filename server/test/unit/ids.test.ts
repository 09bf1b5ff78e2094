import { describe, expect, it } from 'vitest';
import { newId, ulid } from '../../src/app/security/ids.js';

describe('ids', () => {
  it('are 26 Crockford characters, time first, and never repeat across pool refills', () => {
    const at = Date.UTC(2026, 11, 6);
    const ids = Array.from({ length: 5_000 }, () => ulid(at)); // ~12 refills of the 4 KB pool
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(new Set(ids.map((id) => id.slice(0, 10)))).toEqual(new Set([ulid(at).slice(0, 10)]));
    // The random part is not a counter: its characters are spread over the alphabet.
    const firstRandom = new Set(ids.map((id) => id[10]));
    expect(firstRandom.size).toBeGreaterThan(20);
    expect(newId('doc', new Date(at + 1)) > newId('doc', new Date(at))).toBe(true);
  });
});
