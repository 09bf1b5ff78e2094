// One test per renderer: test/fixtures/mini-openapi.yaml in, the files under test/fixtures/expected/<lang>/ out,
// byte for byte. A renderer change then shows up as a diff of those files in review. After an intended change,
// `UPDATE_EXPECTED=1 pnpm --filter @einvoice/codegen test` rewrites them; review and commit the diff.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/build.js';
import type { ApiModel } from '../src/model.js';
import type { GeneratedFile } from '../src/render/common.js';
import { renderGo } from '../src/render/go.js';
import { renderJava } from '../src/render/java.js';
import { renderPhp } from '../src/render/php.js';
import { renderPython } from '../src/render/python.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const UPDATE = Boolean(process.env.UPDATE_EXPECTED);
const model = buildModel(join(FIXTURES, 'mini-openapi.yaml'), {
  specPath: 'packages/codegen/test/fixtures/mini-openapi.yaml',
});

const RENDERERS: Record<string, (m: ApiModel) => GeneratedFile[]> = {
  python: renderPython,
  go: renderGo,
  java: renderJava,
  php: renderPhp,
};

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

describe('renderers: the mini spec renders to the expected files', () => {
  it('the mini spec has what the renderers must handle', () => {
    const ops = model.resources.flatMap((r) => r.operations);
    expect(ops.map((o) => o.operationId).sort()).toEqual(['createWidget', 'getWidget', 'listWidgets']);
    expect(ops.find((o) => o.operationId === 'listWidgets')?.pagination?.cursorParam).toBe('starting_after');
    const widget = model.schemas.find((s) => s.name === 'Widget');
    if (widget?.kind !== 'object') throw new Error('Widget');
    const member = (wire: string) => widget.properties.find((p) => p.wireName === wire);
    expect(member('name')).toMatchObject({ required: true, nullable: false });
    expect(member('size')).toMatchObject({ required: false, nullable: false });
    expect(member('retired_at')).toMatchObject({ required: true, nullable: true });
    expect(member('note')).toMatchObject({ required: false, nullable: true });
    expect(model.schemas.find((s) => s.name === 'WidgetStatus')).toMatchObject({ kind: 'enum', open: true });
  });

  for (const [lang, render] of Object.entries(RENDERERS)) {
    it(`${lang}`, () => {
      // Paths relative to the SDK's folder: sdks/go/types.gen.go -> expected/go/types.gen.go.
      const files = render(model).map((f) => ({ path: f.path.replace(/^sdks\/[^/]+\//, ''), contents: f.contents }));
      const dir = join(FIXTURES, 'expected', lang);
      if (UPDATE) {
        rmSync(dir, { recursive: true, force: true });
        for (const f of files) {
          mkdirSync(dirname(join(dir, f.path)), { recursive: true });
          writeFileSync(join(dir, f.path), f.contents);
        }
      }
      expect(filesUnder(dir), `files under expected/${lang} (UPDATE_EXPECTED=1 rewrites them)`).toEqual(
        files.map((f) => f.path).sort(),
      );
      for (const f of files)
        expect(f.contents, `expected/${lang}/${f.path} (UPDATE_EXPECTED=1 rewrites it)`).toBe(
          readFileSync(join(dir, f.path), 'utf8'),
        );
    });
  }
});

describe("renderers: a deprecated operation carries each language's marker", () => {
  const deprecated: ApiModel = structuredClone(model);
  for (const r of deprecated.resources)
    for (const op of r.operations) if (op.operationId === 'getWidget') op.deprecated = true;
  const MARKERS: Record<string, RegExp[]> = {
    python: [
      /^import warnings$/m,
      /\.\. deprecated::/,
      /warnings\.warn\(\s*"getWidget is deprecated[^"]*",\s*DeprecationWarning,/,
    ],
    go: [/^\/\/ Deprecated: /m],
    java: [/@deprecated /, /^\s*@Deprecated$/m],
    php: [/@deprecated /],
  };
  for (const [lang, render] of Object.entries(RENDERERS)) {
    it(`${lang}`, () => {
      const all = (m: ApiModel) =>
        render(m)
          .map((f) => f.contents)
          .join('\n');
      const marked = all(deprecated);
      const plain = all(model);
      for (const re of MARKERS[lang]!) {
        expect(marked).toMatch(re);
        expect(plain).not.toMatch(re);
      }
    });
  }
});
