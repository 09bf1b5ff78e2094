// The release checks fail when they should: version drift, a name someone else owns, a `workspace:` range or a
// missing LICENSE in a packed npm package. Run by `pnpm release:test` (part of ./scripts/test.sh).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TARGETS } from '../../sync-versions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const temps = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'einvoice-release-test-'));
  temps.push(d);
  return d;
};
after(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
const node = (args, cwd = root) => spawnSync('node', args, { cwd, encoding: 'utf8' });

describe('one version line', () => {
  // The published packages: the five SDKs, the webhook library and the installable sandbox.
  const sdks = [
    'sdks/typescript',
    'packages/webhooks',
    'packages/sandbox',
    'sdks/python',
    'sdks/go',
    'sdks/java',
    'sdks/php',
  ];
  const read = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

  it('every SDK is in the changesets fixed group and carries the same version', () => {
    const group = read('.changeset/config.json').fixed.find((g) => g.includes('@einvoice/sdk'));
    const names = sdks.map((d) => read(`${d}/package.json`).name);
    assert.deepEqual([...group].sort(), [...names].sort());
    assert.equal(new Set(sdks.map((d) => read(`${d}/package.json`).version)).size, 1);
  });

  it('sync-versions --check fails when any version a user sees drifts, naming the file', () => {
    const copy = temp();
    for (const [pkg, file] of TARGETS) {
      for (const f of [join(pkg, 'package.json'), join(pkg, file)]) {
        mkdirSync(dirname(join(copy, f)), { recursive: true });
        cpSync(join(root, f), join(copy, f));
      }
    }
    const script = join(root, 'scripts/sync-versions.mjs');
    assert.equal(node([script, '--check', '--root', copy]).status, 0);
    const ua = join(copy, 'sdks/typescript/src/core/transport.ts');
    writeFileSync(ua, readFileSync(ua, 'utf8').replace(/SDK_VERSION = '[^']+'/, "SDK_VERSION = '9.9.9'"));
    const drifted = node([script, '--check', '--root', copy]);
    assert.equal(drifted.status, 1);
    assert.match(drifted.stderr, /sdks\/typescript\/src\/core\/transport\.ts says 9\.9\.9/);
    // Without --check it repairs the copy, and the check passes again.
    assert.equal(node([script, '--root', copy]).status, 0);
    assert.equal(node([script, '--check', '--root', copy]).status, 0);
  });
});

describe('names', () => {
  it('a name that exists on its registry for another project is a collision (PyPI einvoice)', () => {
    const res = node([join(root, 'scripts/release/names.mjs'), '--pypi', 'einvoice']);
    assert.equal(res.status, 1, res.stdout + res.stderr);
    assert.match(res.stdout, /taken: einvoice \(0\.0\.1\)/);
  });
});

describe('the packed npm manifest', () => {
  // A package as pnpm pack lays it out, from the real @einvoice/webhooks package.json.
  function packedWebhooks() {
    const dir = temp();
    const pkg = join(dir, 'package');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(root, 'packages/webhooks/package.json'), 'utf8'));
    for (const field of ['devDependencies', 'scripts']) delete manifest[field];
    writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2));
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) writeFileSync(join(pkg, 'dist', f), '');
    cpSync(join(root, 'packages/webhooks/README.md'), join(pkg, 'README.md'));
    cpSync(join(root, 'LICENSE'), join(pkg, 'LICENSE'));
    return { pkg, manifest, base: `einvoice-webhooks-${manifest.version}` };
  }
  const check = ({ pkg, base }) =>
    node([
      join(root, 'scripts/release/npm-manifest-check.cjs'),
      pkg,
      join(root, 'packages/webhooks'),
      base,
      join(root, 'LICENSE'),
    ]).stdout.trim();

  it('is clean as packed', () => {
    assert.equal(check(packedWebhooks()), '');
  });

  it('reports a workspace: range left in the manifest', () => {
    const packed = packedWebhooks();
    packed.manifest.dependencies = { ...packed.manifest.dependencies, '@einvoice/gst': 'workspace:*' };
    writeFileSync(join(packed.pkg, 'package.json'), JSON.stringify(packed.manifest));
    assert.match(
      check(packed),
      /packed package\.json has package\.json\.dependencies\.@einvoice\/gst = "workspace:\*"/,
    );
  });

  it('reports a missing LICENSE', () => {
    const packed = packedWebhooks();
    rmSync(join(packed.pkg, 'LICENSE'));
    assert.match(check(packed), /LICENSE is missing from the tarball/);
  });
});
