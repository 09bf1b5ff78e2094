// Request bodies reach handlers and use cases typed from the spec (app/request-bodies.ts), never by casting.
// This walks every module of server/src (the TypeScript syntax tree, so strings and comments cannot trip it)
// and fails on any type assertion (`x as T`, `<T>x`) of an expression that reads a body: `call.body as T`,
// `body as T`, `(call.body ?? {}) as Record<string, unknown>`, `body(call, op) as T`.
// The one allowed is the typed boundary itself: `body` in http/routes/helpers.ts, which asserts
// RequestBody<Op> after checking that the contract validator checked the body against operation Op.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(SERVER, 'src');
const GENERATED = join(SRC, 'http/generated');

const ALLOWED = [
  // The dashboard's forms, checked against the operation's schema on the line above the cast (docs/adr/0026).
  'src/dashboard/render.ts: body as RequestBody<Op>',
  'src/http/routes/helpers.ts: (call.body ?? {}) as RequestBody<Op>',
];

function* modules(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && path !== GENERATED) yield* modules(path);
    else if (entry.isFile() && /\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Does the expression read a request body: an identifier or property named `body`, or a call of `body(...)`? */
function readsBody(node: ts.Node): boolean {
  if (ts.isIdentifier(node) && node.text === 'body') return true;
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'body') return true;
  return ts.forEachChild(node, readsBody) ?? false;
}

function bodyCasts(file: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && readsBody(node.expression)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ where: `${relative(SERVER, file)}:${line}`, text: node.getText(source).replace(/\s+/g, ' ') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('no request body is cast: handlers and use cases take the types generated from the spec', () => {
  const casts = [...modules(SRC)].flatMap(bodyCasts);
  const unexpected = casts.filter((c) => !ALLOWED.includes(`${c.where.replace(/:\d+$/, '')}: ${c.text}`));
  expect(
    unexpected.map((c) => `${c.where}  ${c.text}`),
    'type the body with body(call, operationId) (http/routes/helpers.ts) and RequestBody<Op> instead',
  ).toEqual([]);
  // The boundary is still there (so this test is still looking at the right code).
  expect(casts.map((c) => `${c.where.replace(/:\d+$/, '')}: ${c.text}`)).toEqual(ALLOWED);
});
