// Helpers shared by the renderers: generated-file header, text utilities, schema lookups.
import type { ApiModel, SchemaDef, TypeRef } from '../model.js';

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  contents: string;
}

export const HEADER_MARK = 'DO NOT EDIT';

/** The first line(s) of every generated file. Go's form matches `^// Code generated .* DO NOT EDIT\.$`. */
export function header(model: ApiModel, comment: '#' | '//'): string {
  if (comment === '//') return `// Code generated from ${model.specPath} by packages/codegen. DO NOT EDIT.\n`;
  return `# Generated from ${model.specPath} by packages/codegen. DO NOT EDIT.\n# Change the spec or the templates in packages/codegen, then run \`pnpm gen\`.\n`;
}

export function schemaMap(model: ApiModel): Map<string, SchemaDef> {
  return new Map(model.schemas.map((s) => [s.name, s]));
}

/** Follows aliases of primitives down to the primitive (aliases are inlined by the renderers). */
export function resolveAlias(t: TypeRef, schemas: Map<string, SchemaDef>): TypeRef {
  for (let i = 0; i < 10 && t.kind === 'ref'; i++) {
    const s = schemas.get(t.name);
    if (s?.kind !== 'alias') return t;
    t = s.type;
  }
  return t;
}

/** Collapses whitespace and trims a description to one paragraph per line, for doc comments. */
export function docLines(text: string | undefined, width = 100): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const para of text.trim().split(/\n\s*\n/)) {
    const ws = para.replace(/\s+/g, ' ').trim().split(' ');
    let line = '';
    for (const w of ws) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) out.push(line);
    out.push('');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l ? prefix + l : l))
    .join('\n');
}
