#!/usr/bin/env node
// `pnpm release:check`: builds every artifact into release-out/, proves each installs and works the way a user
// installs it (outside the workspace, one real call against the live sandbox server that with-sandbox.sh
// started), checks names and versions, and prints one table. Exits 1 when any row is not green.
// Each registry has its own script (scripts/release/<registry>.sh) whose last stdout line is a JSON report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNames } from './names.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.env.RELEASE_OUT ?? join(root, 'release-out');
const REGISTRIES = (process.env.RELEASE_REGISTRIES ?? 'npm,pypi,maven,go,packagist').split(',');

if (!process.env.EINVOICE_API_KEY || !process.env.EINVOICE_BASE_URL) {
  console.error(
    'release:check needs a live sandbox server: run it as `pnpm release:check` (with-sandbox.sh provides one)',
  );
  process.exit(2);
}

const failures = [];
const versions = spawnSync('node', [join(root, 'scripts/sync-versions.mjs'), '--check'], { encoding: 'utf8' });
if (versions.status !== 0) failures.push(`versions: ${versions.stderr.trim()}`);

for (const row of await checkNames()) {
  if (row.answer !== 'free' && row.answer !== 'ours') failures.push(`name ${row.registry} ${row.name}: ${row.answer}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const reports = [];
for (const registry of REGISTRIES) {
  const started = Date.now();
  process.stderr.write(`release:check: ${registry} ...\n`);
  const run = spawnSync('bash', [join(root, `scripts/release/${registry}.sh`)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RELEASE_OUT: out },
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  let report;
  try {
    report = JSON.parse(last);
  } catch {
    report = { registry, artifacts: [], metadata: false, installed: false, first_call: 'no report', problems: [] };
  }
  if (run.status !== 0) {
    report.problems = [...(report.problems ?? []), `exit ${run.status}`];
    process.stderr.write(run.stdout.slice(-4000) + run.stderr.slice(-4000));
  }
  report.seconds = Math.round((Date.now() - started) / 1000);
  reports.push(report);
  for (const p of report.problems ?? []) failures.push(`${registry}: ${p}`);
}

const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`);
const mark = (ok) => (ok ? 'yes' : 'NO');
const rows = [['registry', 'artifact', 'size', 'metadata complete', 'installed', 'first call', 'time']];
for (const r of reports) {
  const artifacts = r.artifacts?.length ? r.artifacts : [{ file: '-', bytes: 0 }];
  for (const [i, a] of artifacts.entries()) {
    const first = i === 0;
    rows.push([
      first ? r.registry : '',
      a.file,
      a.bytes ? kb(a.bytes) : '-',
      first ? mark(r.metadata) : '',
      first ? mark(r.installed) : '',
      first ? String(r.first_call).slice(0, 24) : '',
      first ? `${r.seconds} s` : '',
    ]);
  }
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (failures.length) {
  console.log(`\nrelease:check FAILED (${failures.length}):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log(`\nrelease:check: every artifact built, installed outside the workspace and made its first call (${out})`);
