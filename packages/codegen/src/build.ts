// spec/openapi.yaml -> ApiModel. Reuses @einvoice/openapi for loading, `$ref` resolution and the flat
// operation list; adds what code generation needs: named types (inline objects and enums are hoisted with
// stable names), nullability, open enums, the webhook union, pagination, auth per operation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { at, deref, listOperations, loadSpec, type OpenApiDocument } from '@einvoice/openapi';
import type {
  ApiModel,
  AuthKind,
  Constraints,
  ObjectSchema,
  Operation,
  Param,
  Property,
  Resource,
  ResponseDef,
  SchemaDef,
  TypeRef,
  Usage,
  Webhook,
} from './model.js';
import { OPERATION_NAMES, pascal, STREAM_ITEMS, WEBHOOK_UNION, words } from './naming.js';

const REF_PREFIX = '#/components/schemas/';

function constraintsOf(node: any): Constraints {
  const c: Constraints = {};
  for (const k of [
    'minLength',
    'maxLength',
    'pattern',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'uniqueItems',
    'minProperties',
    'format',
    'default',
  ] as const) {
    if (node && node[k] !== undefined) (c as any)[k] = node[k];
  }
  return c;
}

class Builder {
  readonly schemas = new Map<string, SchemaDef>();
  private readonly requestRoots = new Set<string>();
  private readonly responseRoots = new Set<string>();

  constructor(private readonly doc: OpenApiDocument) {}

  private newUsage(): Usage {
    return { request: false, response: false };
  }

  /** Splits `type: [x, 'null']` / `oneOf: [x, {type: null}]` / `enum: [..., null]` into (node without null, nullable). */
  private stripNull(node: any): { node: any; nullable: boolean } {
    if (!node || typeof node !== 'object') return { node: node ?? {}, nullable: false };
    if (Array.isArray(node.type) && node.type.includes('null')) {
      const rest = node.type.filter((t: string) => t !== 'null');
      const copy = { ...node, type: rest.length === 1 ? rest[0] : rest };
      if (Array.isArray(copy.enum)) copy.enum = copy.enum.filter((v: unknown) => v !== null);
      return { node: copy, nullable: true };
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(node[key])) {
        const nonNull = node[key].filter((s: any) => !(s && s.type === 'null'));
        if (nonNull.length === 1 && nonNull.length < node[key].length) {
          const { [key]: _drop, ...others } = node;
          return { node: { ...others, ...nonNull[0] }, nullable: true };
        }
      }
    }
    return { node, nullable: false };
  }

  /** The TypeRef of a schema node; inline objects and enums are registered under `hint`. */
  typeOf(raw: any, hint: string, source: string): { type: TypeRef; nullable: boolean } {
    const { node, nullable } = this.stripNull(raw);
    if (typeof node.$ref === 'string') {
      if (!node.$ref.startsWith(REF_PREFIX)) throw new Error(`unsupported $ref ${node.$ref} at ${source}`);
      const name = node.$ref.slice(REF_PREFIX.length);
      const target = this.doc.components.schemas[name];
      // A nullable component is only nullable through its own `type: [x, null]`.
      const inner = this.stripNull(target);
      return { type: { kind: 'ref', name }, nullable: nullable || inner.nullable };
    }
    if (Array.isArray(node.allOf)) {
      this.registerObject(hint, node, source);
      return { type: { kind: 'ref', name: hint }, nullable };
    }
    if (Array.isArray(node.oneOf) || Array.isArray(node.anyOf)) {
      return { type: { kind: 'any' }, nullable }; // no non-null unions in the spec beyond the webhook union
    }
    if (Array.isArray(node.enum)) {
      const values = node.enum.filter((v: unknown) => v !== null).map(String);
      if (values.length === 1 && node.type !== 'integer')
        return { type: { kind: 'literal', value: values[0]! }, nullable };
      if (!this.schemas.has(hint)) {
        this.schemas.set(hint, {
          kind: 'enum',
          name: hint,
          description: node.description,
          values,
          ...varNames(node, values, source),
          open: true,
          nullable,
          usage: this.newUsage(),
          source,
        });
      }
      return { type: { kind: 'ref', name: hint }, nullable };
    }
    switch (node.type) {
      case 'string':
        return { type: node.format ? { kind: 'string', format: node.format } : { kind: 'string' }, nullable };
      case 'integer':
        return { type: node.format ? { kind: 'integer', format: node.format } : { kind: 'integer' }, nullable };
      case 'number':
        return { type: { kind: 'number' }, nullable };
      case 'boolean':
        return { type: { kind: 'boolean' }, nullable };
      case 'array': {
        const items = this.typeOf(node.items ?? {}, `${hint}Item`, `${source}/items`);
        return { type: { kind: 'array', items: items.type }, nullable };
      }
      case 'object':
        if (node.properties) {
          this.registerObject(hint, node, source);
          return { type: { kind: 'ref', name: hint }, nullable };
        }
        if (node.additionalProperties && typeof node.additionalProperties === 'object') {
          return {
            type: { kind: 'map', values: this.typeOf(node.additionalProperties, `${hint}Value`, source).type },
            nullable,
          };
        }
        return { type: { kind: 'map', values: { kind: 'any' } }, nullable };
      default:
        return { type: { kind: 'any' }, nullable };
    }
  }

  /** Flattens allOf members into one property list. */
  private collect(
    node: any,
    into: { props: Map<string, any>; required: Set<string>; additional: boolean; description?: string },
  ): void {
    const { node: n } = this.stripNull(node);
    if (typeof n.$ref === 'string') {
      this.collect(deref(this.doc, n, '').node, into);
      return;
    }
    for (const part of n.allOf ?? []) this.collect(part, into);
    for (const [k, v] of Object.entries<any>(n.properties ?? {})) into.props.set(k, v);
    for (const r of n.required ?? []) into.required.add(r);
    if (n.additionalProperties === true) into.additional = true;
  }

  registerObject(name: string, node: any, source: string): ObjectSchema {
    const existing = this.schemas.get(name);
    if (existing?.kind === 'object') return existing;
    const acc = { props: new Map<string, any>(), required: new Set<string>(), additional: false };
    this.collect(node, acc);
    const schema: ObjectSchema = {
      kind: 'object',
      name,
      description: node.description ?? node.title,
      properties: [],
      additionalProperties: true, // responses keep unknown members; requests may carry extra fields
      usage: this.newUsage(),
      source,
    };
    this.schemas.set(name, schema); // before the properties: recursive types terminate
    for (const [wireName, propNode] of acc.props) {
      const hint = name + pascal(words(wireName));
      const { type, nullable } = this.typeOf(propNode, hint, `${source}/properties/${wireName}`);
      const { node: bare } = this.stripNull(propNode);
      const prop: Property = {
        wireName,
        words: words(wireName),
        type,
        required: acc.required.has(wireName),
        nullable,
        readOnly: Boolean(bare.readOnly),
        writeOnly: Boolean(bare.writeOnly),
        description: propNode.description ?? bare.description,
        constraints: constraintsOf(bare),
      };
      schema.properties.push(prop);
    }
    return schema;
  }

  registerComponent(name: string, node: any): void {
    if (this.schemas.has(name)) return;
    const source = `${REF_PREFIX}${name}`;
    const { node: bare, nullable } = this.stripNull(node);
    if (Array.isArray(bare.enum) && (bare.enum.length > 1 || bare.type === 'integer')) {
      const values = bare.enum.filter((v: unknown) => v !== null).map(String);
      this.schemas.set(name, {
        kind: 'enum',
        name,
        description: bare.description,
        values,
        ...varNames(bare, values, source),
        open: true,
        nullable,
        usage: this.newUsage(),
        source,
      });
    } else if (bare.type === 'object' || bare.allOf || bare.properties) {
      this.registerObject(name, bare, source);
    } else {
      const { type } = this.typeOf(bare, `${name}Value`, source);
      this.schemas.set(name, {
        kind: 'alias',
        name,
        description: bare.description,
        type,
        constraints: constraintsOf(bare),
        usage: this.newUsage(),
        source,
      });
    }
  }

  markRoot(type: TypeRef | undefined, which: 'request' | 'response'): void {
    if (!type) return;
    if (type.kind === 'ref') (which === 'request' ? this.requestRoots : this.responseRoots).add(type.name);
    if (type.kind === 'array') this.markRoot(type.items, which);
    if (type.kind === 'map') this.markRoot(type.values, which);
  }

  /** Propagates usage from the roots through every reference. */
  propagateUsage(): void {
    const visit = (name: string, which: 'request' | 'response') => {
      const s = this.schemas.get(name);
      if (!s || s.usage[which]) return;
      s.usage[which] = true;
      const walk = (t: TypeRef) => {
        if (t.kind === 'ref') visit(t.name, which);
        else if (t.kind === 'array') walk(t.items);
        else if (t.kind === 'map') walk(t.values);
      };
      if (s.kind === 'object') for (const p of s.properties) walk(p.type);
      if (s.kind === 'union') for (const v of s.variants) walk(v.type);
      if (s.kind === 'alias') walk(s.type);
    };
    for (const n of this.requestRoots) visit(n, 'request');
    for (const n of this.responseRoots) visit(n, 'response');
  }
}

function authOf(op: { security: { scheme: string }[] }): AuthKind {
  const schemes = new Set(op.security.map((s) => s.scheme));
  if (schemes.has('clientBasic')) return 'client_basic';
  if (schemes.has('accountKey') && schemes.has('gstinOAuth')) return 'account_or_gstin';
  if (schemes.has('accountKey')) return 'account';
  if (schemes.has('gstinOAuth')) return 'gstin';
  return 'none';
}

export interface BuildOptions {
  /** Repository-relative spec path written into headers. */
  specPath?: string;
}

export function buildModel(specFile: string, options: BuildOptions = {}): ApiModel {
  const doc = loadSpec(specFile);
  const specSha256 = createHash('sha256').update(readFileSync(specFile)).digest('hex');
  const b = new Builder(doc);
  for (const [name, node] of Object.entries<any>(doc.components?.schemas ?? {})) b.registerComponent(name, node);

  const byResource = new Map<string, Resource>();
  for (const info of listOperations(doc)) {
    const op = deref(doc, { $ref: `#${info.pointer}` }, info.pointer).node;
    const [resName, methodName] = OPERATION_NAMES[info.operationId] ?? [
      String(op.tags?.[0] ?? 'default'),
      info.operationId,
    ];
    const hintBase = pascal(words(info.operationId));
    const params: Param[] = info.parameters.map((p, i) => {
      const node = deref(doc, op.parameters[i], `${info.pointer}/parameters/${i}`).node;
      const { type } = b.typeOf(node.schema ?? {}, `${hintBase}${pascal(words(p.name))}`, p.schemaPointer);
      if (p.in !== 'header') b.markRoot(type, 'request');
      const bare = node.schema?.$ref ? deref(doc, node.schema, '').node : (node.schema ?? {});
      return {
        wireName: p.name,
        words: words(p.name),
        in: p.in,
        required: p.required,
        type,
        description: node.description,
        constraints: constraintsOf(bare),
      };
    });
    const idempotent = params.some((p) => p.in === 'header' && p.wireName.toLowerCase() === 'idempotency-key');
    const preferWait = params.some((p) => p.in === 'header' && p.wireName.toLowerCase() === 'prefer');

    let body: Operation['body'];
    if (info.requestBody) {
      const [mediaType, pointer] = Object.entries(info.requestBody.mediaTypes)[0]!;
      const schemaNode = at(doc, pointer);
      const { type } = b.typeOf(schemaNode, `${hintBase}Body`, pointer);
      b.markRoot(type, 'request');
      const bodyWords = type.kind === 'ref' ? words(type.name.replace(/Request$/, '')) : ['body'];
      body = { mediaType, type, required: info.requestBody.required, words: bodyWords };
    }

    const responses: ResponseDef[] = [];
    let result: TypeRef | undefined;
    let stream: Operation['stream'];
    for (const [status, r] of Object.entries(info.responses)) {
      const respNode = deref(doc, op.responses[status], `${info.pointer}/responses/${status}`).node;
      const entries = Object.entries(r.mediaTypes);
      const headers = Object.keys(respNode.headers ?? {});
      if (entries.length === 0) {
        responses.push({ status, description: respNode.description, headers });
        continue;
      }
      const [mediaType, pointer] = entries[0]!;
      const schemaNode = at(doc, pointer);
      const { type } = b.typeOf(schemaNode, `${hintBase}Response${status}`, pointer);
      responses.push({ status, mediaType, type, description: respNode.description, headers });
      if (/^2/.test(status)) {
        if (/ndjson/.test(mediaType)) {
          const item = STREAM_ITEMS[info.operationId];
          stream = { mediaType, itemType: item ? { kind: 'ref', name: item } : { kind: 'any' } };
          b.markRoot(stream.itemType, 'response');
        } else if (!result) {
          result = type;
          b.markRoot(type, 'response');
        }
      } else {
        b.markRoot(type, 'response');
      }
    }

    let pagination: Operation['pagination'];
    const cursor = params.find((p) => p.in === 'query' && p.wireName === 'starting_after');
    if (cursor && result?.kind === 'ref') {
      const list = b.schemas.get(result.name);
      const data = list?.kind === 'object' ? list.properties.find((p) => p.wireName === 'data') : undefined;
      if (
        data?.type.kind === 'array' &&
        list?.kind === 'object' &&
        list.properties.some((p) => p.wireName === 'next_cursor')
      ) {
        pagination = {
          style: 'cursor',
          cursorParam: 'starting_after',
          nextCursorField: 'next_cursor',
          hasMoreField: 'has_more',
          dataField: 'data',
          itemType: data.type.items,
        };
      }
    }

    const operation: Operation = {
      operationId: info.operationId,
      words: words(methodName),
      asyncSuffix: 'Async',
      httpMethod: info.method.toUpperCase() as Operation['httpMethod'],
      path: info.path,
      summary: op.summary,
      description: op.description,
      deprecated: Boolean(op.deprecated),
      auth: authOf(info),
      scopes: [...new Set(info.security.flatMap((s) => s.scopes))],
      pathParams: params.filter((p) => p.in === 'path'),
      queryParams: params.filter((p) => p.in === 'query'),
      // The runtime sends these itself: a fresh Idempotency-Key per logical call, Prefer from the wait option, and
      // Einvoice-Tenant from the client's or the call's `tenant` option (never a parameter of every method).
      headerParams: params.filter(
        (p) =>
          p.in === 'header' && !['idempotency-key', 'prefer', 'einvoice-tenant'].includes(p.wireName.toLowerCase()),
      ),
      idempotent,
      preferWait,
      responses,
      errorStatuses: responses.map((r) => Number(r.status)).filter((s) => s >= 400),
      ...(body ? { body } : {}),
      ...(result && !stream ? { result } : {}),
      ...(pagination ? { pagination } : {}),
      ...(stream ? { stream } : {}),
    };
    const key = resName;
    if (!byResource.has(key)) byResource.set(key, { words: words(resName), operations: [] });
    byResource.get(key)!.operations.push(operation);
  }

  const webhooks: Webhook[] = [];
  for (const [event, item] of Object.entries<any>(doc.webhooks ?? {})) {
    const op = item.post;
    if (!op) continue;
    const mt = Object.values<any>(op.requestBody?.content ?? {})[0];
    const { type } = b.typeOf(mt?.schema ?? {}, `${pascal(words(event))}Event`, `/webhooks/${event}`);
    b.markRoot(type, 'response');
    webhooks.push({ event, operationId: op.operationId, summary: op.summary, payload: type });
  }
  let webhookUnion: string | undefined;
  if (webhooks.length > 0) {
    webhookUnion = WEBHOOK_UNION;
    b.schemas.set(WEBHOOK_UNION, {
      kind: 'union',
      name: WEBHOOK_UNION,
      description:
        'Any webhook payload, told apart by `type`. Unknown types decode to the fallback variant with the raw payload.',
      discriminator: 'type',
      variants: webhooks.map((w) => ({ tag: w.event, type: w.payload })),
      open: true,
      usage: { request: false, response: false },
      source: '/webhooks',
    });
    b.markRoot({ kind: 'ref', name: WEBHOOK_UNION }, 'response');
  }
  b.propagateUsage();

  const resources = [...byResource.values()];
  const schemas = [...b.schemas.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return {
    title: doc.info?.title ?? 'API',
    version: doc.info?.version ?? '0.0.0',
    ...(typeof doc.info?.['x-api-version'] === 'string' ? { apiVersion: doc.info['x-api-version'] } : {}),
    specPath: options.specPath ?? 'spec/openapi.yaml',
    specSha256,
    resources,
    schemas,
    webhooks,
    ...(webhookUnion ? { webhookUnion } : {}),
  };
}

/** `x-enum-varnames` (one SCREAMING_SNAKE name per non-null value) as word lists; a mismatch is a spec error. */
function varNames(node: any, values: string[], source: string): { varNames?: string[][] } {
  const names = node['x-enum-varnames'];
  if (names === undefined) return {};
  if (!Array.isArray(names) || names.length !== values.length || names.some((n) => !/^[A-Z][A-Z0-9_]*$/.test(n)))
    throw new Error(`${source}: x-enum-varnames needs one UPPER_SNAKE name per enum value (${values.join(', ')})`);
  if (new Set(names).size !== names.length) throw new Error(`${source}: x-enum-varnames repeats a name`);
  return { varNames: names.map((n: string) => n.toLowerCase().split('_')) };
}
