// Python renderer: pydantic v2 models (unknown fields kept, enums open), TypedDict request params, and
// sync + async resource classes from one template function. Writes only src/einvoice_sdk/_generated/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiModel, ObjectSchema, Operation, Param, Resource, SchemaDef, TypeRef } from '../model.js';
import { pascal, snake } from '../naming.js';
import { docLines, type GeneratedFile, header, resolveAlias, schemaMap, sentence } from './common.js';

const ROOT = 'sdks/python/src/einvoice_sdk/_generated';
const PY_KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);
/** Attribute names pydantic's BaseModel reserves. */
const MODEL_RESERVED = new Set([
  'copy',
  'dict',
  'json',
  'schema',
  'construct',
  'validate',
  'fields',
  'model_config',
  'model_fields',
]);

function pyIdent(name: string, reserved: Set<string> = PY_KEYWORDS): string {
  return reserved.has(name) ? `${name}_` : name;
}

/** Markdown bullet items stay one per line in docstrings and comments. */
const PY_LIST = { list: { marker: '- ', indent: '  ' } };

function pyString(s: string): string {
  return JSON.stringify(s);
}

function docstring(lines: string[], pad: string): string {
  if (lines.length === 0) return '';
  const escaped = lines.map((l) => l.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"'));
  if (escaped.length === 1) return `${pad}"""${escaped[0]}"""\n`;
  return `${pad}"""${escaped[0]}\n${escaped
    .slice(1)
    .map((l) => (l ? pad + l : ''))
    .join('\n')}\n${pad}"""\n`;
}

class PyTypes {
  readonly schemas: Map<string, SchemaDef>;
  constructor(readonly model: ApiModel) {
    this.schemas = schemaMap(model);
  }

  /** Annotation for response models (enums open: `Literal[...] | str`). */
  resp(t: TypeRef, prefix = ''): string {
    t = resolveAlias(t, this.schemas);
    switch (t.kind) {
      case 'string':
      case 'literal':
        return 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'any':
        return 'Any';
      case 'array':
        return `List[${this.resp(t.items, prefix)}]`;
      case 'map':
        return `Dict[str, ${this.resp(t.values, prefix)}]`;
      case 'ref': {
        const s = this.schemas.get(t.name)!;
        if (s.kind === 'enum') return `Union[${prefix}${s.name}, str]`;
        return prefix + s.name;
      }
    }
  }

  /** Annotation for request params (TypedDicts; enums as their Literal, still accepting new strings). */
  param(t: TypeRef, prefix = ''): string {
    t = resolveAlias(t, this.schemas);
    switch (t.kind) {
      case 'string':
        return 'str';
      case 'literal':
        return `Literal[${pyString(t.value)}]`;
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'any':
        return 'Any';
      case 'array':
        return `Sequence[${this.param(t.items, prefix)}]`;
      case 'map':
        return `Mapping[str, ${this.param(t.values, prefix)}]`;
      case 'ref': {
        const s = this.schemas.get(t.name)!;
        if (s.kind === 'enum') return `Union[${prefix}${s.name}, str]`;
        if (s.kind === 'object') return `${prefix}${s.name}Param`;
        return 'object';
      }
    }
  }
}

function renderTypes(model: ApiModel, types: PyTypes): string {
  const out: string[] = [
    header(model, '#'),
    '"""Types generated from the spec: open enums, response models, request params, webhook events."""\n',
  ];
  out.push('from __future__ import annotations\n');
  out.push('from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Union\n');
  out.push('from typing_extensions import Required, TypeAlias, TypedDict\n');
  out.push('from pydantic import Field\n');
  out.push('from .._core._models import EinvoiceModel\n\n');

  const enums = model.schemas.filter((s) => s.kind === 'enum');
  const objects = model.schemas.filter((s): s is ObjectSchema => s.kind === 'object');
  const exported: string[] = [];

  out.push('# ---- enums (open: an unknown value from the server is kept as a plain string) ----\n\n');
  for (const e of enums) {
    if (e.kind !== 'enum') continue;
    out.push(`${e.name}: TypeAlias = Literal[${e.values.map(pyString).join(', ')}]\n`);
    for (const l of docLines(e.description, 96, PY_LIST)) out.push(`${`# ${l}`.trimEnd()}\n`);
    out.push('\n');
    exported.push(e.name);
  }

  out.push('\n# ---- response models (unknown fields kept in `model_extra`) ----\n\n');
  for (const o of objects.filter((s) => s.usage.response)) {
    out.push(`class ${o.name}(EinvoiceModel):\n`);
    out.push(docstring(docLines(o.description, 96, PY_LIST), '    '));
    if (o.properties.length === 0) out.push('    pass\n');
    const used = new Set<string>();
    for (const p of o.properties) {
      let attr = pyIdent(snake(p.words), new Set([...PY_KEYWORDS, ...MODEL_RESERVED]));
      while (used.has(attr)) attr += '_';
      used.add(attr);
      let ann = types.resp(p.type);
      const optional = !p.required || p.nullable;
      if (optional) ann = `Optional[${ann}]`;
      const args: string[] = [];
      if (!p.required) args.push('default=None');
      if (attr !== p.wireName) args.push(`alias=${pyString(p.wireName)}`);
      const rhs = args.length ? ` = Field(${args.join(', ')})` : '';
      out.push(`    ${attr}: ${ann}${rhs}\n`);
      const d = docLines(p.description, 92, PY_LIST);
      if (d.length) out.push(docstring(d, '    '));
    }
    out.push('\n\n');
    exported.push(o.name);
  }

  out.push('# ---- request params (TypedDicts with the wire names; NIC fields stay PascalCase) ----\n\n');
  for (const o of objects.filter((s) => s.usage.request)) {
    const name = `${o.name}Param`;
    const props = o.properties.filter((p) => !p.readOnly);
    const classSyntax = props.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.wireName) && !PY_KEYWORDS.has(p.wireName));
    const ann = (p: (typeof props)[number]) => {
      let a = types.param(p.type);
      if (p.nullable) a = `Optional[${a}]`;
      return p.required ? `Required[${a}]` : a;
    };
    if (classSyntax) {
      out.push(`class ${name}(TypedDict, total=False):\n`);
      out.push(docstring(docLines(o.description, 96, PY_LIST), '    '));
      if (props.length === 0) out.push('    pass\n');
      for (const p of props) {
        out.push(`    ${p.wireName}: ${ann(p)}\n`);
        out.push(docstring(docLines(p.description, 92, PY_LIST), '    '));
      }
    } else {
      // The functional form has no room for attribute docstrings: descriptions go in comments above the keys.
      out.push(`${name} = TypedDict(\n    ${pyString(name)},\n    {\n`);
      for (const p of props) {
        for (const l of docLines(p.description, 88, PY_LIST)) out.push(`${`        # ${l}`.trimEnd()}\n`);
        out.push(`        ${pyString(p.wireName)}: ${JSON.stringify(ann(p))},\n`);
      }
      out.push('    },\n    total=False,\n)\n');
    }
    out.push('\n\n');
    exported.push(name);
  }

  if (model.webhookUnion) {
    const u = model.schemas.find((s) => s.name === model.webhookUnion);
    if (u?.kind === 'union') {
      out.push('\n# ---- webhook events (discriminated by `type`; unknown types keep the raw payload) ----\n\n');
      out.push(
        'class UnknownWebhookEvent(EinvoiceModel):\n    """An event type this SDK version does not know yet; every member is in `model_extra`."""\n\n    type: str\n\n\n',
      );
      out.push(
        `${u.name} = Union[\n${u.variants.map((v) => `    ${types.resp(v.type)},\n`).join('')}    UnknownWebhookEvent,\n]\n\n`,
      );
      out.push(
        `WEBHOOK_EVENT_TYPES: Dict[str, Any] = {\n${u.variants.map((v) => `    ${pyString(v.tag)}: ${types.resp(v.type)},\n`).join('')}}\n\n\n`,
      );
      out.push(
        `def parse_webhook_event(payload: Mapping[str, Any]) -> ${u.name}:\n    """Decodes a verified webhook payload into its event model (UnknownWebhookEvent for new types)."""\n    cls = WEBHOOK_EVENT_TYPES.get(str(payload.get("type")), UnknownWebhookEvent)\n    event: ${u.name} = cls.model_validate(payload)\n    return event\n\n\n`,
      );
      exported.push('UnknownWebhookEvent', u.name, 'WEBHOOK_EVENT_TYPES', 'parse_webhook_event');
    }
  }
  for (const o of objects.filter((s) => s.usage.response)) out.push(`${o.name}.model_rebuild()\n`);
  out.push(`\n__all__ = [\n${exported.map((n) => `    ${pyString(n)},\n`).join('')}]\n`);
  return out.join('');
}

function paramIdent(p: Param): string {
  return pyIdent(snake(p.words));
}

function renderResources(model: ApiModel, types: PyTypes, isAsync: boolean): string {
  const A = isAsync ? 'Async' : '';
  const out: string[] = [header(model, '#')];
  out.push(`"""${isAsync ? 'Async' : 'Sync'} resources: one class per resource, one method per operation."""\n\n`);
  out.push('from __future__ import annotations\n\n');
  if (model.resources.some((r) => r.operations.some((op) => op.deprecated))) out.push('import warnings\n');
  out.push('from functools import cached_property\n');
  out.push(`from typing import Any, ${isAsync ? 'AsyncIterator' : 'Iterator'}, Optional, Sequence, Union\n\n`);
  out.push('from typing_extensions import Unpack\n\n');
  out.push(`from .._core._client import ${isAsync ? 'AsyncAPIClient' : 'SyncAPIClient'}\n`);
  out.push(`from .._core._pagination import ${isAsync ? 'AsyncPaginator' : 'Page'}\n`);
  out.push(
    isAsync
      ? 'from .._core._response import async_stream_to_raw_response_wrapper, async_to_raw_response_wrapper\n'
      : 'from .._core._response import to_raw_response_wrapper\n',
  );
  out.push('from .._core._types import RequestOptions, path_param\n');
  out.push('from . import types as t\n\n');

  const clientType = isAsync ? 'AsyncAPIClient' : 'SyncAPIClient';
  const resourceClasses: [string, string][] = [];
  for (const r of model.resources) {
    const cls = `${A}${pascal(r.words)}Resource`;
    resourceClasses.push([snake(r.words), cls]);
    const rawCls = `${cls}WithRawResponse`;
    out.push(`\nclass ${cls}:\n`);
    out.push(`    def __init__(self, client: ${clientType}) -> None:\n        self._client = client\n`);
    out.push(
      `\n    @cached_property\n    def with_raw_response(self) -> ${rawCls}:\n` +
        `        """The same methods, returning an \`APIResponse\` (status, headers, request id, Idempotent-Replayed,\n` +
        `        \`parse()\`) of this call${isAsync ? ' when awaited' : ''}."""\n        return ${rawCls}(self)\n`,
    );
    for (const op of r.operations) out.push(`\n${renderMethod(op, types, isAsync)}`);
    out.push(`\n\nclass ${rawCls}:\n`);
    out.push(
      `    """\`${cls}\` whose methods return \`APIResponse[...]\` (\`client.${snake(r.words)}.with_raw_response\`)."""\n\n`,
    );
    out.push(`    def __init__(self, resource: ${cls}) -> None:\n`);
    for (const op of r.operations) {
      const name = pyIdent(snake(op.words));
      const wrap = !isAsync
        ? 'to_raw_response_wrapper'
        : op.stream
          ? 'async_stream_to_raw_response_wrapper'
          : 'async_to_raw_response_wrapper';
      out.push(`        self.${name} = ${wrap}(resource.${name})\n`);
    }
  }
  out.push(
    `\n\nclass ${A}GeneratedResources:\n    """Attaches every resource to a client; the hand-written client subclasses this."""\n\n`,
  );
  for (const [attr, cls] of resourceClasses) out.push(`    ${attr}: ${cls}\n`);
  out.push(`\n    def _init_resources(self, client: ${clientType}) -> None:\n`);
  for (const [attr, cls] of resourceClasses) out.push(`        self.${attr} = ${cls}(client)\n`);
  return out.join('');
}

function renderMethod(op: Operation, types: PyTypes, isAsync: boolean): string {
  const name = pyIdent(snake(op.words));
  const args: string[] = ['self'];
  // One type for one value: an integer path parameter (`ewb_no`) takes the `int` its model field holds.
  for (const p of op.pathParams)
    args.push(
      `${paramIdent(p)}: ${p.type.kind === 'ref' && resolveAlias(p.type, types.schemas).kind === 'integer' ? 'int' : 'str'}`,
    );
  if (op.body) {
    const bodyName = snake(op.body.words);
    const ann = types.param(op.body.type, 't.');
    args.push(op.body.required ? `${bodyName}: ${ann}` : `${bodyName}: Optional[${ann}] = None`);
  }
  const kw: string[] = [];
  const required = op.queryParams.filter((p) => p.required);
  const optional = op.queryParams.filter((p) => !p.required && p.wireName !== op.pagination?.cursorParam);
  for (const p of required) kw.push(`${paramIdent(p)}: ${types.param(p.type, 't.')}`);
  for (const p of optional) kw.push(`${paramIdent(p)}: Optional[${types.param(p.type, 't.')}] = None`);
  if (op.pagination) kw.push(`${op.pagination.cursorParam}: Optional[str] = None`);
  if (op.preferWait) kw.push('wait_seconds: Optional[int] = None');
  kw.push('**options: Unpack[RequestOptions]');
  const sig = kw.length > 1 ? [...args, '*', ...kw] : [...args, ...kw];

  let ret: string;
  let itemType = '';
  if (op.pagination) {
    itemType = types.resp(op.pagination.itemType, 't.');
    ret = isAsync ? `AsyncPaginator[${itemType}]` : `Page[${itemType}]`;
  } else if (op.stream) ret = `${isAsync ? 'AsyncIterator' : 'Iterator'}[${types.resp(op.stream.itemType, 't.')}]`;
  else if (op.result) ret = types.resp(op.result, 't.');
  else ret = 'None';

  const lines: string[] = [];
  // Async list and export methods are plain functions: a list returns an AsyncPaginator (awaitable and
  // async-iterable, so `async for d in client.documents.list()` needs no `await`), an export an async iterator.
  const def = isAsync && !op.stream && !op.pagination ? 'async def' : 'def';
  lines.push(`    ${def} ${name}(\n${sig.map((a) => `        ${a},\n`).join('')}    ) -> ${ret}:\n`);
  const doc = [...docLines(sentence(op.summary ?? op.operationId), 100)];
  if (op.description) doc.push('', ...docLines(op.description, 100, PY_LIST));
  doc.push(
    '',
    `\`${op.httpMethod} ${op.path}\` (operationId \`${op.operationId}\`${op.scopes.length ? `, scope \`${op.scopes.join(' ')}\`` : ''}).`,
  );
  if (op.pagination)
    doc.push(
      isAsync
        ? '`async for` over the result walks every item across pages; `await` it for the first page.'
        : 'Iterate the returned page to walk every item across pages.',
    );
  if (op.deprecated)
    doc.push('', '.. deprecated:: the spec marks this operation deprecated (see above for its replacement).');
  lines.push(docstring(doc, '        '));
  if (op.deprecated)
    lines.push(
      `        warnings.warn(${pyString(`${op.operationId} is deprecated; see the method's docstring for its replacement.`)}, DeprecationWarning, stacklevel=2)\n`,
    );
  let path = op.path;
  for (const p of op.pathParams) path = path.replace(`{${p.wireName}}`, `{path_param(${paramIdent(p)})}`);
  const pathExpr = op.pathParams.length ? `f${pyString(path)}` : pyString(path);
  const query = [...required, ...optional].map((p) => `${pyString(p.wireName)}: ${paramIdent(p)}`);
  if (op.pagination) query.push(`${pyString(op.pagination.cursorParam)}: ${op.pagination.cursorParam}`);
  const call: string[] = [`${pyString(op.httpMethod)}`, pathExpr, `auth=${pyString(op.auth)}`];
  if (query.length) call.push(`query={${query.join(', ')}}`);
  if (op.body) {
    if (op.body.mediaType === 'application/x-www-form-urlencoded') call.push(`form=${snake(op.body.words)}`);
    else call.push(`body=${snake(op.body.words)}`);
  }
  if (op.idempotent) call.push('idempotent=True');
  if (op.preferWait) call.push('prefer_wait=wait_seconds');
  call.push('options=options');
  const callStr = call.map((c) => `            ${c},\n`).join('');
  const aw = isAsync ? 'await ' : '';
  if (op.pagination) {
    lines.push(`        return self._client._request_page(\n${callStr}            item_type=${itemType},\n        )\n`);
  } else if (op.stream) {
    lines.push(
      `        return self._client._request_ndjson(\n${callStr}            item_type=${types.resp(op.stream.itemType, 't.')},\n        )\n`,
    );
  } else if (op.result) {
    lines.push(`        return ${aw}self._client._request(\n${callStr}            cast_to=${ret},\n        )\n`);
  } else {
    lines.push(`        ${aw}self._client._request(\n${callStr}            cast_to=type(None),\n        )\n`);
  }
  return lines.join('');
}

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * ruff is the formatter and import sorter every Python file must pass (as gofmt is for Go): the generated files
 * go through `ruff check --fix` (import order, unused imports) and `ruff format` with sdks/python's settings.
 * The binary is RUFF, else the Python SDK's dev venv (sdks/python/scripts/venv.sh makes it), else PATH.
 */
export function ruff(path: string, source: string): string {
  const venv = join(REPO_ROOT, 'sdks/python/.venv/bin/ruff');
  const bin = process.env.RUFF ?? (existsSync(venv) ? venv : 'ruff');
  const run = (args: string[], input: string) =>
    execFileSync(bin, [...args, '--stdin-filename', path, '-'], {
      cwd: REPO_ROOT,
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    return run(['format', '--quiet'], run(['check', '--fix', '--quiet', '--select', 'I,F401', '--exit-zero'], source));
  } catch (e) {
    throw new Error(
      `ruff failed on ${path} (run sdks/python/scripts/venv.sh, or set RUFF): ${(e as Error).message.slice(0, 2000)}`,
    );
  }
}

export function renderPython(model: ApiModel): GeneratedFile[] {
  const types = new PyTypes(model);
  const init =
    header(model, '#') +
    '"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""\n\n' +
    `SPEC_VERSION = ${pyString(model.version)}\nSPEC_SHA256 = ${pyString(model.specSha256)}\n` +
    (model.apiVersion
      ? `# info.x-api-version: the dated API version clients send in Einvoice-Version unless api_version= says otherwise.\nAPI_VERSION = ${pyString(model.apiVersion)}\n`
      : '');
  return [
    { path: `${ROOT}/__init__.py`, contents: init },
    { path: `${ROOT}/types.py`, contents: renderTypes(model, types) },
    { path: `${ROOT}/resources.py`, contents: renderResources(model, types, false) },
    { path: `${ROOT}/async_resources.py`, contents: renderResources(model, types, true) },
  ].map((f) => ({ path: f.path, contents: ruff(f.path, f.contents) }));
}

export type { Resource };
