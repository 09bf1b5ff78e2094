// Go renderer: typed structs (pointers for absent/null values), open string enums, the webhook union,
// params structs with their query encoders, and one service per resource. Writes only sdks/go/*.gen.go;
// the runtime lives in sdks/go/internal/core and the hand-written root files (client.go, options.go ...).
import { execFileSync } from 'node:child_process';
import type { ApiModel, ObjectSchema, Operation, Param, SchemaDef, TypeRef } from '../model.js';
import { goLocalName, goName } from '../naming.js';
import { type GeneratedFile, header, resolveAlias, schemaMap } from './common.js';
import { goDocLines, goMethodDoc, goTypeDoc } from './go-doc.js';

const ROOT = 'sdks/go';
/** The module path (sdks/go/go.mod, ADR 0006): generated files import its internal/core. */
const GO_MODULE = 'github.com/einvoice-dev/einvoice/sdks/go';

function comment(lines: string[], pad = ''): string {
  return lines.map((l) => (l ? `${pad}// ${l}\n` : `${pad}//\n`)).join('');
}

class GoTypes {
  readonly schemas: Map<string, SchemaDef>;
  constructor(readonly model: ApiModel) {
    this.schemas = schemaMap(model);
  }

  typeName(name: string): string {
    return goName(name.split(/(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase()));
  }

  base(t: TypeRef): string {
    t = resolveAlias(t, this.schemas);
    switch (t.kind) {
      case 'string':
      case 'literal':
        return 'string';
      case 'integer':
        return 'int64';
      case 'number':
        return 'float64';
      case 'boolean':
        return 'bool';
      case 'any':
        return 'any';
      case 'array':
        return `[]${this.base(t.items)}`;
      case 'map':
        return `map[string]${this.base(t.values)}`;
      case 'ref': {
        const s = this.schemas.get(t.name)!;
        if (s.kind === 'union') return this.typeName(s.name);
        return this.typeName(s.name);
      }
    }
  }

  /** Field type: pointers for optional or nullable scalars and structs; slices and maps are nil when absent. */
  field(t: TypeRef, optional: boolean): string {
    const b = this.base(t);
    if (!optional || b === 'any' || b.startsWith('[]') || b.startsWith('map[')) return b;
    return `*${b}`;
  }
}

function fieldName(words: string[], used: Set<string>): string {
  let n = goName(words);
  if (/^[0-9]/.test(n)) n = `X${n}`;
  while (used.has(n)) n += '_';
  used.add(n);
  return n;
}

function renderTypes(model: ApiModel, g: GoTypes): string {
  const out: string[] = [header(model, '//'), '\npackage einvoice\n\n'];
  const needsJSON = Boolean(model.webhookUnion);
  if (needsJSON) out.push('import (\n\t"encoding/json"\n)\n\n');
  for (const s of model.schemas) {
    if (s.kind === 'enum') {
      const tn = g.typeName(s.name);
      const open = 'values this SDK version does not list decode without error.';
      const doc = goTypeDoc(tn, s.description, {
        width: 96,
        fallback: `${tn} is an open enum: ${open}`,
        trailer: `${tn} is open: ${open}`,
        determinerOnly: true,
      });
      out.push(comment(doc));
      out.push(`type ${tn} string\n\nconst (\n`);
      const used = new Set<string>();
      for (const [i, v] of s.values.entries()) {
        let cn =
          tn +
          goName(
            s.varNames?.[i] ??
              v
                .replace(/[^A-Za-z0-9]+/g, ' ')
                .trim()
                .split(' ')
                .filter(Boolean)
                .map((w) => w.toLowerCase()),
          );
        if (cn === tn) cn = `${tn}Any`;
        while (used.has(cn)) cn += '_';
        used.add(cn);
        out.push(`\t${cn} ${tn} = ${JSON.stringify(v)}\n`);
      }
      out.push(
        `)\n\n// IsKnown reports whether v is one of the values this SDK version knows.\nfunc (v ${tn}) IsKnown() bool {\n\tswitch v {\n\tcase ${[...used].join(', ')}:\n\t\treturn true\n\t}\n\treturn false\n}\n\n`,
      );
    } else if (s.kind === 'object') {
      out.push(renderStruct(s, g));
    }
  }
  if (model.webhookUnion) {
    const u = model.schemas.find((s) => s.name === model.webhookUnion);
    if (u?.kind === 'union') {
      const un = g.typeName(u.name);
      out.push(
        `// ${un} is any webhook payload, told apart by "type". ParseWebhookEvent decodes one; an event\n// type this SDK version does not know decodes to *UnknownWebhookEvent with the raw payload.\ntype ${un} interface {\n\tEventType() string\n}\n\n`,
      );
      out.push(
        `// UnknownWebhookEvent is an event type newer than this SDK version.\ntype UnknownWebhookEvent struct {\n\tType string          \`json:"type"\`\n\tRaw  json.RawMessage \`json:"-"\`\n}\n\n// EventType returns the event's "type".\nfunc (e *UnknownWebhookEvent) EventType() string { return e.Type }\n\n`,
      );
      for (const v of u.variants) {
        const vn = g.base(v.type);
        out.push(
          `// EventType returns ${JSON.stringify(v.tag)}.\nfunc (e *${vn}) EventType() string { return ${JSON.stringify(v.tag)} }\n\n`,
        );
      }
      out.push(
        `// ParseWebhookEvent decodes a verified webhook body into its event struct.\nfunc ParseWebhookEvent(payload []byte) (${un}, error) {\n\tvar head struct {\n\t\tType string \`json:"type"\`\n\t}\n\tif err := json.Unmarshal(payload, &head); err != nil {\n\t\treturn nil, err\n\t}\n\tvar event ${un}\n\tswitch head.Type {\n`,
      );
      for (const v of u.variants) out.push(`\tcase ${JSON.stringify(v.tag)}:\n\t\tevent = &${g.base(v.type)}{}\n`);
      out.push(
        `\tdefault:\n\t\treturn &UnknownWebhookEvent{Type: head.Type, Raw: append(json.RawMessage(nil), payload...)}, nil\n\t}\n\tif err := json.Unmarshal(payload, event); err != nil {\n\t\treturn nil, err\n\t}\n\treturn event, nil\n}\n`,
      );
    }
  }
  return out.join('');
}

function renderStruct(s: ObjectSchema, g: GoTypes): string {
  const tn = g.typeName(s.name);
  const out: string[] = [];
  out.push(comment(goTypeDoc(tn, s.description, { width: 96, fallback: `${tn} is generated from ${s.source}.` })));
  out.push(`type ${tn} struct {\n`);
  const used = new Set<string>();
  // A request-only field that may be absent or null (a PATCH's "leave" vs "clear") is a Nullable[T]: a pointer
  // cannot tell the two apart. The struct then drops absent Nullables itself when encoded.
  const tristate: { fn: string; wire: string }[] = [];
  for (const p of s.properties) {
    const fn = fieldName(p.words, used);
    const optional = !p.required || p.nullable;
    if (s.usage.request && !s.usage.response && !p.required && p.nullable) {
      tristate.push({ fn, wire: p.wireName });
      out.push(comment(goDocLines(p.description, 92), '\t'));
      out.push(`\t${fn} Nullable[${g.base(p.type)}] \`json:"${p.wireName}"\`\n`);
      continue;
    }
    const ft = g.field(p.type, optional);
    const omit = !p.required ? ',omitempty' : '';
    out.push(comment(goDocLines(p.description, 92), '\t'));
    out.push(`\t${fn} ${ft} \`json:"${p.wireName}${omit}"\`\n`);
  }
  out.push('}\n\n');
  if (tristate.length) {
    out.push(
      `// MarshalJSON leaves out the Nullable fields that are absent and sends the others (null or a value).\nfunc (r ${tn}) MarshalJSON() ([]byte, error) {\n\ttype plain ${tn}\n\treturn marshalWithout(plain(r), map[string]bool{${tristate.map((t) => `${JSON.stringify(t.wire)}: r.${t.fn}.IsAbsent()`).join(', ')}})\n}\n\n`,
    );
  }
  return out.join('');
}

function paramsStructName(op: Operation): string {
  return `${goName(op.operationId.split(/(?=[A-Z])/).map((w) => w.toLowerCase()))}Params`;
}

function renderParams(op: Operation, g: GoTypes): string {
  const name = paramsStructName(op);
  const out: string[] = [];
  out.push(`// ${name} are the query parameters of ${op.operationId}.\ntype ${name} struct {\n`);
  const used = new Set<string>();
  const fields: { p: Param; fn: string; ptr: boolean; base: string }[] = [];
  for (const p of op.queryParams) {
    const fn = fieldName(p.words, used);
    const base = g.base(p.type);
    const ptr = !p.required;
    fields.push({ p, fn, ptr, base });
    out.push(comment(goDocLines(p.description, 92), '\t'));
    out.push(`\t${fn} ${ptr ? '*' : ''}${base}\n`);
  }
  out.push('}\n\n');
  out.push(`func (p ${name}) values() url.Values {\n\tq := url.Values{}\n`);
  for (const f of fields) {
    const v = f.ptr ? `*p.${f.fn}` : `p.${f.fn}`;
    const conv =
      f.base === 'string'
        ? v
        : f.base === 'int64'
          ? `strconv.FormatInt(${v}, 10)`
          : f.base === 'float64'
            ? `strconv.FormatFloat(${v}, 'f', -1, 64)`
            : f.base === 'bool'
              ? `strconv.FormatBool(${v})`
              : `string(${v})`;
    if (f.ptr) out.push(`\tif p.${f.fn} != nil {\n\t\tq.Set(${JSON.stringify(f.p.wireName)}, ${conv})\n\t}\n`);
    else out.push(`\tq.Set(${JSON.stringify(f.p.wireName)}, ${conv})\n`);
  }
  out.push('\treturn q\n}\n\n');
  return out.join('');
}

const AUTH: Record<string, string> = {
  account: 'core.AuthAccount',
  gstin: 'core.AuthGSTIN',
  account_or_gstin: 'core.AuthAccountOrGSTIN',
  client_basic: 'core.AuthClientBasic',
  none: 'core.AuthNone',
};

function renderResources(model: ApiModel, g: GoTypes): string {
  const out: string[] = [header(model, '//'), '\npackage einvoice\n\n'];
  out.push(`import (\n\t"context"\n\t"net/url"\n\t"strconv"\n\n\t"${GO_MODULE}/internal/core"\n)\n\n`);
  out.push('var _ = strconv.Itoa // not every spec has numeric query parameters\n\n');
  const services: [string, string][] = [];
  for (const r of model.resources) {
    const field = goName(r.words);
    const svc = `${field}Service`;
    services.push([field, svc]);
    out.push(`// ${svc} groups the ${r.words.join(' ')} operations.\ntype ${svc} struct {\n\tc *Client\n}\n\n`);
    for (const op of r.operations) {
      if (op.queryParams.length) out.push(renderParams(op, g));
      out.push(renderOp(op, svc, g));
    }
  }
  out.push('// resources holds every service; Client embeds it.\ntype resources struct {\n');
  for (const [f, s] of services) out.push(`\t${f} *${s}\n`);
  out.push('}\n\nfunc (r *resources) init(c *Client) {\n');
  for (const [f, s] of services) out.push(`\tr.${f} = &${s}{c: c}\n`);
  out.push('}\n');
  return out.join('');
}

function renderOp(op: Operation, svc: string, g: GoTypes): string {
  const method = goName(op.words);
  const args: string[] = ['ctx context.Context'];
  const pathArgs: string[] = [];
  for (const p of op.pathParams) {
    const an = goLocalName(p.words);
    const base = g.base(p.type);
    args.push(`${an} ${base}`);
    // Digits need no escaping.
    pathArgs.push(base === 'string' ? `url.PathEscape(${an})` : `strconv.FormatInt(${an}, 10)`);
  }
  let path = JSON.stringify(op.path);
  op.pathParams.forEach((p, i) => {
    path = path.replace(`{${p.wireName}}`, `" + ${pathArgs[i]} + "`);
  });
  path = path.replace(/ \+ ""$/, '');
  if (op.body) {
    const bt = g.base(op.body.type);
    args.push(`body ${op.body.required ? bt : `*${bt}`}`);
  }
  const hasQuery = op.queryParams.length > 0;
  if (hasQuery) args.push(`params ${paramsStructName(op)}`);
  args.push('opts ...RequestOption');
  const req = [
    `Method: ${JSON.stringify(op.httpMethod)}`,
    `Path: ${path}`,
    `Auth: ${AUTH[op.auth]}`,
    `OperationID: ${JSON.stringify(op.operationId)}`,
  ];
  if (op.body) {
    if (op.body.mediaType === 'application/x-www-form-urlencoded') req.push('Form: formValues(body)');
    else req.push(op.body.required ? 'Body: body' : 'Body: optionalBody(body)');
  }
  if (hasQuery) req.push('Query: params.values()');
  if (op.idempotent) req.push('Idempotent: true');
  const reqLit = `core.Request{${req.join(', ')}}`;
  const doc = [...goMethodDoc(method, op, 96), '', `${op.httpMethod} ${op.path} (${op.operationId}).`];
  if (op.deprecated)
    doc.push('', 'Deprecated: the spec marks this operation deprecated; its description names the replacement.');
  const out: string[] = [comment(doc)];
  const sig = `func (s *${svc}) ${method}(${args.join(', ')})`;
  if (op.pagination) {
    const it = g.base(op.pagination.itemType);
    out.push(`${sig} (*Page[${it}], error) {\n\treturn listPage[${it}](ctx, s.c, ${reqLit}, opts)\n}\n\n`);
    out.push(comment([`${method}AutoPaging walks every item of every page; see Iter.`]));
    out.push(
      `func (s *${svc}) ${method}AutoPaging(${args.join(', ')}) *Iter[${it}] {\n\treturn newIter(ctx, func(ctx context.Context) (*Page[${it}], error) {\n\t\treturn listPage[${it}](ctx, s.c, ${reqLit}, opts)\n\t})\n}\n\n`,
    );
  } else if (op.stream) {
    const it = g.base(op.stream.itemType);
    out.push(`${sig} *Stream[${it}] {\n\treturn newStream[${it}](ctx, s.c, ${reqLit}, opts)\n}\n\n`);
  } else if (op.result) {
    const rt = g.base(op.result);
    out.push(
      `${sig} (*${rt}, error) {\n\tvar out ${rt}\n\tif err := s.c.do(ctx, ${reqLit}, &out, opts); err != nil {\n\t\treturn nil, err\n\t}\n\treturn &out, nil\n}\n\n`,
    );
  } else {
    out.push(`${sig} error {\n\treturn s.c.do(ctx, ${reqLit}, nil, opts)\n}\n\n`);
  }
  return out.join('');
}

/** gofmt is the formatter every Go file must pass; running it keeps the templates simple (no alignment). */
export function gofmt(source: string): string {
  try {
    return execFileSync('gofmt', [], { input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`gofmt failed (is the Go toolchain on PATH?): ${(e as Error).message.slice(0, 2000)}`);
  }
}

export function renderGo(model: ApiModel): GeneratedFile[] {
  const g = new GoTypes(model);
  return (
    [
      { path: `${ROOT}/types.gen.go`, contents: renderTypes(model, g) },
      { path: `${ROOT}/resources.gen.go`, contents: renderResources(model, g) },
      {
        path: `${ROOT}/spec.gen.go`,
        contents: `${header(model, '//')}\npackage einvoice\n\n// SpecVersion is info.version of the spec this package was generated from.\nconst SpecVersion = ${JSON.stringify(model.version)}\n\n// SpecSHA256 is the sha256 of that spec file.\nconst SpecSHA256 = ${JSON.stringify(model.specSha256)}\n${
          model.apiVersion
            ? `\n// APIVersion is info.x-api-version of that spec: the dated API version the client sends in\n// Einvoice-Version unless WithAPIVersion says otherwise.\nconst APIVersion = ${JSON.stringify(model.apiVersion)}\n`
            : ''
        }`,
      },
    ] as GeneratedFile[]
  ).map((f) => ({ path: f.path, contents: gofmt(f.contents) }));
}
