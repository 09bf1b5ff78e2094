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

export interface DocOptions {
  /**
   * Keep Markdown bullet items (`* x` or `- x`) apart instead of folding them into the paragraph: an item opens
   * with `marker`, its wrapped continuation lines start with `indent`. Without it, lists read as running text.
   */
  list?: { marker: string; indent: string };
}

const BULLET = /^\s*[*-]\s+/;

/** Greedy word wrap of one run of text; `first` and `rest` prefix the first and the following lines. */
function wrap(text: string, width: number, first = '', rest = ''): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const prefix = out.length ? rest : first;
    if (line && prefix.length + line.length + 1 + w.length > width) {
      out.push(prefix + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push((out.length ? rest : first) + line);
  return out;
}

/** Splits a paragraph into its running text and its bullet items (each item with its continuation lines). */
function blocks(para: string): { item: boolean; text: string }[] {
  const out: { item: boolean; text: string }[] = [];
  for (const line of para.split('\n')) {
    const last = out[out.length - 1];
    if (BULLET.test(line)) out.push({ item: true, text: line.replace(BULLET, '') });
    else if (last) last.text += ` ${line}`;
    else out.push({ item: false, text: line });
  }
  return out;
}

/**
 * A description as doc-comment lines: whitespace collapsed, wrapped to `width`, one blank line between
 * paragraphs (and, with `options.list`, bullet items kept one per item).
 */
export function docLines(text: string | undefined, width = 100, options: DocOptions = {}): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const para of text.trim().split(/\n\s*\n/)) {
    const list = options.list;
    if (!list) out.push(...wrap(para, width));
    else
      for (const b of blocks(para))
        out.push(...(b.item ? wrap(b.text, width, list.marker, list.indent) : wrap(b.text, width)));
    out.push('');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Ends a summary with a period: doc comments open with a sentence, the spec's summaries are headings. */
export function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l ? prefix + l : l))
    .join('\n');
}
