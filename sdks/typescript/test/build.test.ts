// The BUILT package (dist/, via the exports map) loads both ways: ESM import and CommonJS require.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

const PKG = fileURLToPath(new URL('..', import.meta.url));

beforeAll(() => {
  execFileSync(join('../../node_modules/.bin/tsup'), { cwd: PKG, stdio: 'ignore' });
}, 120_000);

function join(p: string) {
  return `${PKG}${p}`;
}

const EXPECTED = [
  'Einvoice',
  'EinvoiceAdmin',
  'Webhook',
  'EinvoiceError',
  'EinvoiceConfigError',
  'RateLimitError',
  'APIConnectionTimeoutError',
  'signRequest',
];

it('import (ESM) through the exports map', () => {
  // A separate node process, so vitest's own resolver is out of the picture.
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import * as sdk from '@einvoice/sdk'; console.log(JSON.stringify(Object.keys(sdk)))`,
    ],
    { cwd: PKG },
  ).toString();
  expect(JSON.parse(out)).toEqual(expect.arrayContaining(EXPECTED));
});

it('require (CJS) through the exports map', () => {
  const sdk = createRequire(join('package.json'))('@einvoice/sdk');
  for (const name of EXPECTED) expect(sdk[name], name).toBeDefined();
  const client = new sdk.Einvoice({ clientId: 'c', clientSecret: 's', baseUrl: 'http://x.test' });
  expect(typeof client.irn.generate).toBe('function');
  const out = execFileSync(
    process.execPath,
    ['-e', `const sdk = require('@einvoice/sdk'); console.log(typeof sdk.Einvoice, typeof sdk.Webhook.verify)`],
    { cwd: PKG },
  ).toString();
  expect(out.trim()).toBe('function function');
});

it('ships types for both', () => {
  for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'])
    expect(existsSync(join(f)) && statSync(join(f)).size > 0, f).toBe(true);
});
