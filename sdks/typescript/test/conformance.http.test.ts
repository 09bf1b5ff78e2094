// Every conformance scenario against the HTTP contract server, started the way other languages start it:
// `pnpm contract:serve --port 0`, reading the first JSON line of its output for the URL and credentials.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios, runScenario, type Target, targetCredentials } from './support/conformance-runner.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let child: ChildProcess;
let target: Target;

beforeAll(async () => {
  child = spawn('pnpm', ['contract:serve', '--port', '0'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise<Record<string, any>>((resolve, reject) => {
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`contract:serve exited with ${code}`)));
    child.stdout!.on('data', (chunk) => {
      buffered += String(chunk);
      const line = buffered.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) resolve(JSON.parse(line));
    });
  });
  child.stdout!.resume();
  target = { baseUrl: info.url, gstin: info.gstin, ...targetCredentials(info) };
}, 90_000);

afterAll(() => {
  // The server runs in its own process group (pnpm -> tsx -> node); stop the whole group we started.
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
});

describe('conformance scenarios over HTTP (pnpm contract:serve)', () => {
  for (const scenario of loadScenarios()) {
    it(`${scenario.id}: ${scenario.description}`, async () => {
      expect(await runScenario(scenario, target)).toEqual([]);
    });
  }
  it('reports no contract violations', async () => {
    const violations = await (await fetch(`${target.baseUrl}/__contract/violations`)).json();
    expect(violations).toEqual([]);
  });
});
