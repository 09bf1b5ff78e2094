// src/generated/schema.ts must be exactly what `pnpm gen` produces from spec/openapi.yaml today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const PKG = fileURLToPath(new URL('..', import.meta.url));

it('generated types are fresh (regenerating changes nothing)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-gen-'));
  try {
    const out = join(dir, 'schema.ts');
    const bin = join(PKG, 'node_modules/.bin/openapi-typescript');
    execFileSync(bin, [join(PKG, '../../spec/openapi.yaml'), '--default-non-nullable', 'false', '-o', out], {
      cwd: PKG,
      stdio: 'ignore',
    });
    execFileSync(process.execPath, [join(PKG, 'scripts/add-header.mjs'), out], { stdio: 'ignore' });
    const committed = readFileSync(join(PKG, 'src/generated/schema.ts'), 'utf8');
    expect(committed.startsWith('// Generated from spec/openapi.yaml')).toBe(true);
    expect(
      readFileSync(out, 'utf8') === committed,
      'src/generated/schema.ts is stale: run `pnpm gen` in sdks/typescript',
    ).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
