// Every conformance scenario against the installable sandbox's CLI (packages/sandbox/dist/cli.js, the file
// @einvoice/sandbox ships), faults named by its own header: the sandbox a team runs in CI behaves as the
// contract server every SDK is tested against.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios, runScenario, type Target } from './support/conformance-runner.js';

const CLI = join(dirname(createRequire(import.meta.url).resolve('@einvoice/sandbox/package.json')), 'dist/cli.js');
let child: ChildProcess;
let target: Target;

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, '--port', '0', '--quiet', '--latency', 'fast'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise<Record<string, string>>((resolve, reject) => {
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`einvoice-sandbox exited with ${code}`)));
    child.stdout!.on('data', (chunk) => {
      buffered += String(chunk);
      if (buffered.includes('\n')) resolve(JSON.parse(buffered.split('\n')[0]!));
    });
  });
  target = {
    baseUrl: info.url!,
    gstin: info.gstin!,
    clientId: info.client_id!,
    clientSecret: info.client_secret!,
    apiKey: info.api_key!,
    faultHeader: 'x-sandbox-fault',
    runHeader: 'x-sandbox-run',
    requestsPath: '/__sandbox/requests',
  };
}, 90_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('conformance scenarios against the packaged sandbox CLI', () => {
  // Scenarios that name a credential of the contract server (`signatures-required`) or a contract-only fault
  // (`signature-stripped`) do not apply: the sandbox's seed has neither. They run in-process and over HTTP.
  for (const scenario of loadScenarios()) {
    it.skipIf(scenario.credential !== undefined)(`${scenario.id}: ${scenario.description}`, async () => {
      expect(await runScenario(scenario, target)).toEqual([]);
    });
  }
});
