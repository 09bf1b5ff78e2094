// The README is the product's manual: it must name every fault and every flag the package really has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faultTable } from '../dist/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const usage = readFileSync(new URL('../src/options.ts', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every fault in its table', () => {
    for (const { id } of faultTable()) expect(readme, id).toContain(`| \`${id}\` |`);
  });
  it('documents every flag and environment variable', () => {
    const flags = [...usage.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]!);
    const vars = [...usage.matchAll(/\[(EINVOICE_SANDBOX_[A-Z_]+)\]/g)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(8);
    for (const flag of flags) expect(readme, flag).toContain(`\`${flag}`);
    for (const name of vars) expect(readme, name).toContain(`\`${name}\``);
  });
});
