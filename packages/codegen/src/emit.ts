// Writes generated files and the manifest; checks a tree against a fresh generation (the CI no-diff check).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildModel } from './build.js';
import type { ApiModel } from './model.js';
import type { GeneratedFile } from './render/common.js';
import { renderGo } from './render/go.js';
import { renderJava } from './render/java.js';
import { renderPhp } from './render/php.js';
import { renderPython } from './render/python.js';

export const MANIFEST_PATH = 'packages/codegen/generated-files.json';
/** Folders the generator owns files in; a file there carrying the header must be in the manifest. */
export const OUTPUT_ROOTS = ['sdks/python/src', 'sdks/go', 'sdks/java/src/main/java', 'sdks/php/src'];
const SKIP_DIRS = new Set([
  'node_modules',
  '.venv',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  'dist',
  '.turbo',
  'target',
  'vendor',
]);
const HEADER_RE = /^(#|\/\/) (Code generated|Generated) from .* by packages\/codegen\. DO NOT EDIT\./;

export interface Manifest {
  generator: string;
  spec: string;
  specSha256: string;
  files: { path: string; sha256: string }[];
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export function generate(model: ApiModel): GeneratedFile[] {
  const files = [...renderPython(model), ...renderGo(model), ...renderJava(model), ...renderPhp(model)].sort((a, b) =>
    a.path < b.path ? -1 : 1,
  );
  const manifest: Manifest = {
    generator: '@einvoice/codegen',
    spec: model.specPath,
    specSha256: model.specSha256,
    files: files.map((f) => ({ path: f.path, sha256: sha(f.contents) })),
  };
  return [...files, { path: MANIFEST_PATH, contents: `${JSON.stringify(manifest, null, 2)}\n` }];
}

export function generateFromSpec(repoRoot: string, specFile = join(repoRoot, 'spec/openapi.yaml')): GeneratedFile[] {
  return generate(buildModel(specFile, { specPath: 'spec/openapi.yaml' }));
}

export function writeFiles(root: string, files: GeneratedFile[]): void {
  for (const f of files) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target) || readFileSync(target, 'utf8') !== f.contents) writeFileSync(target, f.contents);
  }
}

/** Generated files on disk that the manifest no longer lists: deleted by `gen`, reported by `check`. */
export function strayGenerated(root: string, files: GeneratedFile[]): string[] {
  const listed = new Set(files.map((f) => f.path));
  const stray: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      if (SKIP_DIRS.has(entry)) continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const head = readFileSync(full, 'utf8').slice(0, 400);
        const rel = relative(root, full);
        if (
          head
            .split('\n')
            .slice(0, 3)
            .some((l) => HEADER_RE.test(l)) &&
          !listed.has(rel)
        )
          stray.push(rel);
      }
    }
  };
  for (const r of OUTPUT_ROOTS) walk(join(root, r));
  return stray.sort();
}

export function removeStray(root: string, files: GeneratedFile[]): string[] {
  const stray = strayGenerated(root, files);
  for (const s of stray) rmSync(join(root, s));
  return stray;
}

/** Differences between the tree and a fresh generation: changed or missing files and stray generated files. */
export function check(root: string, files: GeneratedFile[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    const target = join(root, f.path);
    if (!existsSync(target)) problems.push(`missing: ${f.path}`);
    else if (readFileSync(target, 'utf8') !== f.contents)
      problems.push(`differs from a fresh generation (hand edit or stale): ${f.path}`);
  }
  for (const s of strayGenerated(root, files))
    problems.push(`carries the generated header but is not in the manifest: ${s}`);
  return problems;
}
