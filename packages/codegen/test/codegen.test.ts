// The generator's CI checks: the tree equals a fresh generation (no hand edits, nothing stale), the manifest
// lists every generated file, and a spec-change rehearsal still compiles/imports in Python and Go.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildModel } from '../src/build.js';
import { check, generateFromSpec, MANIFEST_PATH, type Manifest, strayGenerated, writeFiles } from '../src/emit.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SPEC = join(ROOT, 'spec/openapi.yaml');
const temps: string[] = [];
const tmp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('no-diff check (CI)', () => {
  const files = generateFromSpec(ROOT);

  it('the committed tree is exactly what spec/openapi.yaml generates (run `pnpm gen` if this fails)', () => {
    expect(check(ROOT, files)).toEqual([]);
  });

  it('generation is deterministic', () => {
    expect(generateFromSpec(ROOT)).toEqual(files);
  });

  it('the manifest lists every generated file with its hash, and each starts with the header', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, MANIFEST_PATH), 'utf8')) as Manifest;
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      files
        .filter((f) => f.path !== MANIFEST_PATH)
        .map((f) => f.path)
        .sort(),
    );
    for (const f of files.filter((x) => x.path !== MANIFEST_PATH)) {
      expect(f.contents.split('\n')[f.path.endsWith('.php') ? 1 : 0]).toMatch(
        /^(#|\/\/) (Code generated|Generated) from spec\/openapi\.yaml by packages\/codegen\. DO NOT EDIT\.$/,
      );
    }
  });

  it('reports a hand edit and a stray file carrying the header that the manifest does not list', () => {
    const root = tmp('codegen-check-');
    writeFiles(root, files);
    expect(check(root, files)).toEqual([]);
    const edited = files.find((f) => f.path.endsWith('types.gen.go'))!;
    writeFileSync(join(root, edited.path), `${edited.contents}\n// hand edit\n`);
    writeFileSync(
      join(root, 'sdks/go/old.gen.go'),
      '// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.\npackage einvoice\n',
    );
    const problems = check(root, files);
    expect(problems.some((p) => p.includes(edited.path))).toBe(true);
    expect(strayGenerated(root, files)).toEqual(['sdks/go/old.gen.go']);
  });
});

describe('intermediate model', () => {
  const model = buildModel(SPEC);
  const byName = new Map(model.schemas.map((s) => [s.name, s]));

  it('groups operations into resources with pagination, idempotency and auth', () => {
    const irn = model.resources.find((r) => r.words.join('_') === 'irn')!;
    const generate = irn.operations.find((o) => o.operationId === 'generateIrn')!;
    expect(generate).toMatchObject({
      httpMethod: 'POST',
      auth: 'gstin',
      idempotent: true,
      preferWait: true,
      result: { kind: 'ref', name: 'IrnDocument' },
    });
    const list = model.resources.flatMap((r) => r.operations).find((o) => o.operationId === 'listDocuments')!;
    expect(list.pagination).toMatchObject({
      cursorParam: 'starting_after',
      itemType: { kind: 'ref', name: 'DocumentSummary' },
    });
    // Every operation of the contract lands in exactly one resource.
    const paths = (
      parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> }
    ).paths;
    const inSpec = Object.values(paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
    );
    expect(model.resources.flatMap((r) => r.operations.map((o) => o.operationId)).sort()).toEqual(inSpec.sort());
    expect(inSpec).toContain('deleteGstin');
  });

  it('keeps nullability apart from optionality, open enums, the webhook union', () => {
    const doc = byName.get('IrnDocument');
    if (doc?.kind !== 'object') throw new Error('IrnDocument');
    expect(doc.properties.find((p) => p.wireName === 'Irn')).toMatchObject({ required: true, nullable: true });
    expect(doc.properties.find((p) => p.wireName === 'Remarks')).toMatchObject({ required: false, nullable: true });
    expect(byName.get('DocumentStatus')).toMatchObject({ kind: 'enum', open: true });
    expect(byName.get('WebhookEvent')).toMatchObject({ kind: 'union', discriminator: 'type', open: true });
    expect(model.webhooks.map((w) => w.event)).toContain('irn.generated');
  });
});

describe('spec change rehearsal', () => {
  it('an added optional field and enum value regenerate into code that still compiles (Go) and imports (Python)', () => {
    const spec = parse(readFileSync(SPEC, 'utf8'));
    spec.components.schemas.IrnDocument.properties.rehearsal_note = {
      type: 'string',
      description: 'Added by the rehearsal.',
    };
    spec.components.schemas.DocumentStatus.enum.push('archived');
    const dir = tmp('codegen-rehearsal-');
    const specCopy = join(dir, 'openapi.yaml');
    writeFileSync(specCopy, stringify(spec));
    const out = join(dir, 'out');
    const files = generateFromSpec(ROOT, specCopy);
    // Hand-written parts of each SDK + the regenerated code.
    cpSync(join(ROOT, 'sdks/go'), join(out, 'sdks/go'), {
      recursive: true,
      filter: (p) => !p.endsWith('.gen.go') && !p.includes('node_modules'),
    });
    cpSync(join(ROOT, 'sdks/python/src'), join(out, 'sdks/python/src'), {
      recursive: true,
      filter: (p) => !p.includes('_generated') && !p.includes('__pycache__'),
    });
    writeFiles(out, files);
    expect(readFileSync(join(out, 'sdks/go/types.gen.go'), 'utf8')).toContain(
      'RehearsalNote *string `json:"rehearsal_note,omitempty"`',
    );
    expect(readFileSync(join(out, 'sdks/python/src/einvoice_sdk/_generated/types.py'), 'utf8')).toContain(
      'rehearsal_note: Optional[str]',
    );

    execFileSync('go', ['build', './...'], { cwd: join(out, 'sdks/go'), stdio: 'pipe' });
    execFileSync('go', ['vet', '.'], { cwd: join(out, 'sdks/go'), stdio: 'pipe' });

    execFileSync('bash', [join(ROOT, 'sdks/python/scripts/venv.sh')], { stdio: 'pipe' });
    const py = join(ROOT, 'sdks/python/.venv/bin/python');
    const script = [
      'import sys; sys.path.insert(0, sys.argv[1])',
      'import einvoice_sdk, einvoice_sdk.types as t',
      'assert "rehearsal_note" in t.IrnDocument.model_fields',
      'assert "archived" in t.DocumentStatus.__args__',
      'print("ok")',
    ].join('\n');
    expect(
      execFileSync(py, ['-c', script, join(out, 'sdks/python/src')], {
        encoding: 'utf8',
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
      }).trim(),
    ).toBe('ok');
    expect(existsSync(join(out, MANIFEST_PATH))).toBe(true);
    expect(
      readdirSync(join(out, 'sdks/go'))
        .filter((f) => f.endsWith('.gen.go'))
        .sort(),
    ).toEqual(['resources.gen.go', 'spec.gen.go', 'types.gen.go']);
  });
});
