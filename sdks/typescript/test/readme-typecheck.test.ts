// The README's TypeScript blocks type-check under `strict` exactly as a user pastes them: extracted, given only
// the declarations a reader supplies (the invoice, the raw request of a webhook receiver), compiled with tsc.
// No casts between e-way bill number types are needed: `ewb.EwbNo` goes straight into `ewb.cancel`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'test', '.readme-typecheck');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The ```ts blocks of a README section, in order. */
function blocks(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no ${heading}`);
  const end = markdown.indexOf('\n## ', start + heading.length + 2);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

it('the Quickstart, Logging, Webhooks and tenant blocks compile under strict', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const code = [
    ...blocks(readme, '## Quickstart'),
    ...blocks(readme, '## Logging and app info'),
    ...blocks(readme, '## Webhooks'),
    ...blocks(readme, '## Platforms: acting for a tenant'),
  ];
  expect(code.length).toBeGreaterThanOrEqual(3);
  mkdirSync(work, { recursive: true });
  // The blocks read as one session: the first sets up `admin`, `client` and `doc`, later ones use them. So one
  // module: the first block at the top level, each later block in its own scope (it may declare its own
  // `client`), imports gathered at the top. The prelude is what a reader brings: an invoice, a logger, the
  // receiver's raw request and their own handlers.
  const imported = new Set(['Invoice']);
  const bodies = code.map((c) =>
    c.replace(/^import \{([^}]*)\} from '@einvoice\/sdk';\n/gm, (_m, names: string) => {
      for (const n of names.split(',')) if (n.trim()) imported.add(n.trim().replace(/^type /, ''));
      return '';
    }),
  );
  // Names the prose blocks use after the Quickstart imported them (errors, Webhook).
  for (const n of ['Einvoice', 'EinvoiceAdmin', 'UnprocessableEntityError', 'Webhook', 'webhookHeaders'])
    imported.add(n);
  const source = [
    `import { ${[...imported].sort().join(', ')} } from '../../src/index.js';`,
    'declare const invoice: Invoice;',
    'declare const pinoLogger: { info(m: string, f?: object): void; debug(m: string, f?: object): void };',
    'declare const rawBody: Buffer;',
    'declare const req: { headers: Record<string, string> };',
    'declare function archive(irn: string | null | undefined): void;',
    'declare function alert(errors: unknown): void;',
    bodies[0],
    ...bodies.slice(1).map((b) => `{\n${b}}\n`),
    'export {};',
  ].join('\n');
  writeFileSync(join(work, 'readme.ts'), source);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM'],
        types: ['node'],
        skipLibCheck: true,
        noUnusedLocals: false,
      },
      include: ['*.ts'],
    }),
  );
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  try {
    execFileSync(tsc, ['-p', work], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`README blocks do not type-check:\n${(error as { stdout?: string }).stdout}`);
  }
}, 120_000);
