#!/usr/bin/env node
// `pnpm --filter @einvoice/sandbox bench`: how fast the CLI is ready and how much it installs.
//  1. packs @einvoice/sandbox and installs the tarball with npm into a fresh project outside the workspace (as
//     `npx @einvoice/sandbox` would), and prints the installed size;
//  2. times, RUNS times each, from spawn to the first stdout line: a bare `node:http` server (the baseline: what
//     starting Node and listening costs on this machine, measured in the same run) and the installed CLI;
//     prints medians and the ratio. The bar is "ready in under 3 s".
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 7);
const pkg = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
const env = {
  ...process.env,
  npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function du(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function timeToFirstLine(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'pipe', 'inherit'], env });
    child.stdout.once('data', () => {
      const ms = performance.now() - started;
      child.once('exit', () => resolve(ms));
      child.kill('SIGTERM');
    });
    child.once('error', reject);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  console.log('bench: pnpm pack @einvoice/sandbox (prepack builds dist/)');
  execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: pkg, stdio: 'ignore' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  execFileSync('npm', ['init', '-y'], { cwd: project, stdio: 'ignore' });
  console.log('bench: npm install the tarball into a fresh project outside the workspace (better-sqlite3 may compile)');
  const t0 = performance.now();
  execFileSync('npm', ['install', join(work, tarball)], { cwd: project, stdio: 'ignore', env });
  const installMs = performance.now() - t0;
  const modules = join(project, 'node_modules');
  const cli = join(modules, '@einvoice/sandbox/dist/cli.js');

  const baseline = ['-e', "require('node:http').createServer().listen(0, '127.0.0.1', () => console.log('{}'))"];
  const base = [];
  const sandbox = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await timeToFirstLine(baseline));
    sandbox.push(await timeToFirstLine([cli, '--port', '0', '--quiet']));
  }
  const b = median(base);
  const s = median(sandbox);
  console.log(
    JSON.stringify({
      bench: 'sandbox-startup',
      runs: RUNS,
      tarball_bytes: statSync(join(work, tarball)).size,
      installed_bytes: du(modules),
      package_bytes: du(join(modules, '@einvoice/sandbox')),
      install_ms: Math.round(installMs),
      baseline_node_http_ms: Math.round(b),
      cli_ready_ms: Math.round(s),
      ratio: Number((s / b).toFixed(1)),
    }),
  );
  console.log(
    `einvoice-sandbox ready in ${Math.round(s)} ms (median of ${RUNS}; bare node:http ${Math.round(b)} ms, ${(s / b).toFixed(1)}x), ` +
      `${s < 3000 ? 'under' : 'OVER'} the 3 s bar. Installed: ${mb(du(modules))} in node_modules ` +
      `(the package itself ${mb(du(join(modules, '@einvoice/sandbox')))}; tarball ${mb(statSync(join(work, tarball)).size)}); npm install took ${(installMs / 1000).toFixed(0)} s.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
