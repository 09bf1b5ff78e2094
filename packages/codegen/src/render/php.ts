// PHP renderer: readonly models with named-argument constructors (fromArray/toArray/with, unknown members
// kept), open enums as constant classes (values stay strings), the webhook union as a tagged wrapper, one
// service per resource (named arguments for path/query/header parameters), and the generated resources base
// the hand-written Client extends. Writes only sdks/php/src/{Models,Services}/ and src/GeneratedResources.php;
// the runtime (src/Core/**) and src/Client.php are hand-written.
import type {
  ApiModel,
  EnumSchema,
  ObjectSchema,
  Operation,
  Param,
  Property,
  Resource,
  SchemaDef,
  TypeRef,
  UnionSchema,
} from '../model.js';
import { camel, pascal, words } from '../naming.js';
import { docLines, type GeneratedFile, header, resolveAlias, schemaMap, sentence } from './common.js';

const SRC = 'sdks/php/src';
/** Markdown bullet items stay one per line in doc comments. */
const PHP_LIST = { list: { marker: '- ', indent: '  ' } };
const NS = 'Einvoice';

function head(model: ApiModel, ns: string): string {
  return `<?php\n// Code generated from ${model.specPath} by packages/codegen. DO NOT EDIT.\n\ndeclare(strict_types=1);\n\nnamespace ${ns};\n\n`;
}

function phpdoc(lines: string[], pad = ''): string {
  const clean = lines.map((l) => l.replace(/\*\//g, '* /'));
  while (clean.length && clean[clean.length - 1] === '') clean.pop();
  if (!clean.length) return '';
  if (clean.length === 1) return `${pad}/** ${clean[0]} */\n`;
  return `${pad}/**\n${clean.map((l) => (l ? `${pad} * ${l}\n` : `${pad} *\n`)).join('')}${pad} */\n`;
}

const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function ident(w: string[], used: Set<string>): string {
  let n = camel(w.length ? w : ['value']);
  if (/^[0-9]/.test(n)) n = `v${n}`;
  if (n === 'additionalProperties' || n === 'options' || n === 'this') n += 'Value';
  while (used.has(n)) n += '_';
  used.add(n);
  return n;
}

class PhpTypes {
  readonly schemas: Map<string, SchemaDef>;
  constructor(readonly model: ApiModel) {
    this.schemas = schemaMap(model);
  }

  /** Declared PHP type (nullable form added by the caller). */
  decl(t: TypeRef): string {
    t = resolveAlias(t, this.schemas);
    switch (t.kind) {
      case 'string':
      case 'literal':
        return 'string';
      case 'integer':
        return 'int';
      case 'number':
        return 'int|float';
      case 'boolean':
        return 'bool';
      case 'any':
        return 'mixed';
      case 'array':
      case 'map':
        return 'array';
      case 'ref': {
        const s = this.schemas.get(t.name)!;
        return s.kind === 'enum' ? 'string' : s.name;
      }
    }
  }

  nullable(t: TypeRef): string {
    const d = this.decl(t);
    if (d === 'mixed') return 'mixed';
    return d.includes('|') ? `${d}|null` : `?${d}`;
  }

  /** PHPDoc type. */
  doc(t: TypeRef): string {
    t = resolveAlias(t, this.schemas);
    if (t.kind === 'array') return `list<${this.doc(t.items)}>`;
    if (t.kind === 'map') return `array<string, ${this.doc(t.values)}>`;
    return this.decl(t);
  }

  /** Expression converting decoded JSON `v` into the PHP value; undefined when no conversion is needed. */
  conv(t: TypeRef, v: string, depth = 0): string | undefined {
    t = resolveAlias(t, this.schemas);
    if (t.kind === 'ref') {
      const s = this.schemas.get(t.name)!;
      if (s.kind === 'object' || s.kind === 'union') return `${s.name}::fromArray(${v})`;
      return undefined;
    }
    if (t.kind === 'array' || t.kind === 'map') {
      const x = `$x${depth}`;
      const inner = this.conv(t.kind === 'array' ? t.items : t.values, x, depth + 1);
      if (!inner) return undefined;
      return `array_map(static fn ($x${depth}) => ${inner}, ${v})`;
    }
    return undefined;
  }
}

/**
 * How a property is declared. In request models a required property is a typed constructor parameter without a
 * default (non-nullable unless the spec allows null), so a missing member fails where the model is built.
 * Response models keep every property nullable with a default: decoding tolerates a server that leaves a member
 * out, as the other SDKs do, and `fromArray` never throws on a response.
 */
function phpProperty(s: ObjectSchema, p: Property): { mandatory: boolean; nullable: boolean } {
  const requestOnly = s.usage.request && !s.usage.response;
  const mandatory = requestOnly && p.required && !p.readOnly;
  return { mandatory, nullable: !mandatory || p.nullable };
}

/** Doc comment of a promoted constructor property: `@var`, the spec's description, wire name and presence. */
function propertyDoc(p: Property, type: string): string {
  const notes = [
    `Wire name ${p.wireName}.`,
    p.required ? 'Required.' : 'Optional.',
    p.nullable ? 'May be null.' : '',
    p.readOnly ? 'Read-only.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const description = docLines(p.description, 88, PHP_LIST);
  const first = description[0]?.replace(/\*\//g, '* /');
  const oneLine = `        /** @var ${type} ${first ? `${first} ` : ''}${notes} */\n`;
  if (description.length <= 1 && oneLine.length <= 121) return oneLine;
  return phpdoc([...description, '', `@var ${type} ${notes}`], '        ');
}

function renderObject(model: ApiModel, s: ObjectSchema, g: PhpTypes): string {
  const used = new Set<string>();
  const props = s.properties.map((p) => ({ p, name: ident(p.words, used), ...phpProperty(s, p) }));
  const o: string[] = [head(model, `${NS}\\Models`)];
  o.push(
    phpdoc([
      ...docLines(s.description, 96, PHP_LIST),
      ...(s.description ? [''] : []),
      'Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.',
    ]),
  );
  o.push(
    `final class ${s.name} implements \\JsonSerializable\n{\n    /** Property => wire name. */\n    public const WIRE = [\n${props.map(({ p, name }) => `        ${str(name)} => ${str(p.wireName)},\n`).join('')}    ];\n\n`,
  );
  // Mandatory parameters first: PHP rejects a required parameter after an optional one.
  const ordered = [...props.filter((x) => x.mandatory), ...props.filter((x) => !x.mandatory)];
  const params = ordered.map(({ p, name, mandatory, nullable }) => {
    const type = nullable ? g.nullable(p.type) : g.decl(p.type);
    const docType = `${g.doc(p.type)}${nullable ? '|null' : ''}`;
    return `${propertyDoc(p, docType)}        public readonly ${type} $${name}${mandatory ? '' : ' = null'},\n`;
  });
  o.push(
    `    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */\n    public function __construct(\n${params.join('')}        public readonly array $additionalProperties = [],\n    ) {\n    }\n\n`,
  );
  o.push(
    `    /** @param array<string, mixed> $data wire JSON decoded to arrays */\n    public static function fromArray(array $data): self\n    {\n        return new self(\n`,
  );
  for (const { p, name, mandatory } of props) {
    const wire = `$data[${str(p.wireName)}]`;
    if (mandatory && !p.nullable) {
      // Absent (or null) fails with the message the constructor check gave before the type carried it.
      const present = `${wire} ?? throw new \\InvalidArgumentException(${str(`${s.name}: ${name} (${p.wireName}) is required`)})`;
      o.push(`            ${name}: ${g.conv(p.type, present) ?? present},\n`);
    } else {
      const c = g.conv(p.type, wire);
      o.push(`            ${name}: ${c ? `isset(${wire}) ? ${c} : null` : `${wire} ?? null`},\n`);
    }
  }
  o.push(`            additionalProperties: array_diff_key($data, array_flip(self::WIRE)),\n        );\n    }\n\n`);
  o.push(
    `    /** @return array<string, mixed> wire names; null members left out; nested models stay objects (JsonSerializable) */\n    public function toArray(): array\n    {\n        $out = [];\n        foreach (self::WIRE as $prop => $wire) {\n            if ($this->$prop !== null) {\n                $out[$wire] = $this->$prop;\n            }\n        }\n        return $out + $this->additionalProperties;\n    }\n\n`,
  );
  o.push(
    `    public function jsonSerialize(): mixed\n    {\n        $a = $this->toArray();\n        return $a === [] ? new \\stdClass() : $a;\n    }\n\n`,
  );
  o.push(
    `    /** A copy with some properties changed: $doc->with(name: 'x'). */\n    public function with(mixed ...$changes): self\n    {\n        return new self(...array_merge(get_object_vars($this), $changes));\n    }\n}\n`,
  );
  return o.join('');
}

function enumConst(v: string, used: Set<string>, varName?: string[]): string {
  let n = (varName ?? words(v.replace(/[^A-Za-z0-9]+/g, ' '))).join('_').toUpperCase() || 'EMPTY';
  if (/^[0-9]/.test(n)) n = `V${n}`;
  if (n === 'CLASS' || n === 'VALUES') n += '_';
  while (used.has(n)) n += '_';
  used.add(n);
  return n;
}

function renderEnum(model: ApiModel, s: EnumSchema): string {
  const used = new Set<string>();
  const consts = s.values.map((v, i) => ({ v, n: enumConst(v, used, s.varNames?.[i]) }));
  const o: string[] = [head(model, `${NS}\\Models`)];
  o.push(
    phpdoc([
      ...docLines(s.description, 96, PHP_LIST),
      ...(s.description ? [''] : []),
      'Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).',
    ]),
  );
  o.push(
    `final class ${s.name}\n{\n${consts.map(({ v, n }) => `    public const ${n} = ${str(v)};\n`).join('')}\n    public const VALUES = [\n${consts.map(({ n }) => `        self::${n},\n`).join('')}    ];\n\n    public static function isKnown(?string $value): bool\n    {\n        return in_array($value, self::VALUES, true);\n    }\n}\n`,
  );
  return o.join('');
}

function renderUnion(model: ApiModel, s: UnionSchema, g: PhpTypes): string {
  const o: string[] = [head(model, `${NS}\\Models`)];
  o.push(
    phpdoc([
      ...docLines(s.description, 96, PHP_LIST),
      ...(s.description ? [''] : []),
      `Discriminated by ${s.discriminator}. Open: an unknown ${s.discriminator} keeps the raw payload and every asX() returns null.`,
    ]),
  );
  o.push(`final class ${s.name} implements \\JsonSerializable\n{\n`);
  const cu = new Set<string>();
  for (const v of s.variants) o.push(`    public const ${enumConst(v.tag, cu)} = ${str(v.tag)};\n`);
  const d = s.discriminator;
  o.push(
    `\n    /** The ${d} (a constant above, or a value this SDK version does not know); null when absent. */\n    public readonly ?string $${d};\n\n    /** @param array<string, mixed> $raw */\n    public function __construct(public readonly array $raw)\n    {\n        $t = $raw[${str(d)}] ?? null;\n        $this->${d} = is_string($t) ? $t : null;\n    }\n\n    /** @param array<string, mixed> $data */\n    public static function fromArray(array $data): self\n    {\n        return new self($data);\n    }\n\n`,
  );
  o.push(
    `    /** Decodes a raw (verified) webhook body. */\n    public static function parse(string $body): self\n    {\n        return new self((array) json_decode($body, true, 512, JSON_THROW_ON_ERROR));\n    }\n\n`,
  );
  const classes = s.variants.map((v) => g.decl(v.type));
  o.push(
    `    public function isKnown(): bool\n    {\n        return in_array($this->${d}, [${s.variants.map((v) => str(v.tag)).join(', ')}], true);\n    }\n\n`,
  );
  // The typed variant in one call, PHP's form of a discriminated union: callers `match` on its class.
  o.push(
    `    /** The typed event for a known ${d}, null for one this SDK version does not know (read $raw then). */\n    public function event(): ${[...new Set(classes)].join('|')}|null\n    {\n        return match ($this->${d}) {\n${s.variants.map((v, i) => `            ${str(v.tag)} => ${classes[i]}::fromArray($this->raw),\n`).join('')}            default => null,\n        };\n    }\n\n`,
  );
  const used = new Set<string>();
  for (const [i, v] of s.variants.entries()) {
    const cls = classes[i];
    const n = ident(words(v.tag), used);
    o.push(
      `    public function as${n.charAt(0).toUpperCase()}${n.slice(1)}(): ?${cls}\n    {\n        return $this->${d} === ${str(v.tag)} ? ${cls}::fromArray($this->raw) : null;\n    }\n\n`,
    );
  }
  o.push(`    public function jsonSerialize(): mixed\n    {\n        return $this->raw;\n    }\n}\n`);
  return o.join('');
}

const AUTH: Record<string, string> = {
  account: 'Account',
  gstin: 'Gstin',
  account_or_gstin: 'AccountOrGstin',
  client_basic: 'ClientBasic',
  none: 'None',
};

interface Arg {
  decl: string;
  name: string;
  doc?: string;
}

function opArgs(
  op: Operation,
  g: PhpTypes,
): { args: Arg[]; path: (Param & { name: string })[]; qh: (Param & { name: string })[] } {
  const used = new Set<string>();
  const path = op.pathParams.map((p) => ({ ...p, name: ident(p.words, used) }));
  const qh = [...op.queryParams, ...op.headerParams].map((p) => ({ ...p, name: ident(p.words, used) }));
  if (op.body) used.add('body');
  const args: Arg[] = [];
  for (const p of path)
    args.push({
      // One type for one value: an integer path parameter takes the `int` its model property holds.
      decl: `${g.decl(p.type) === 'int' ? 'int' : 'string'} $${p.name}`,
      name: p.name,
      doc: p.description,
    });
  for (const p of qh.filter((p) => p.required))
    args.push({ decl: `${g.decl(p.type)} $${p.name}`, name: p.name, doc: p.description });
  if (op.body) {
    const t = g.decl(op.body.type);
    const bt = t === 'mixed' || t === 'array' ? 'array' : /^[A-Z]/.test(t) ? `Models\\${t}|array` : `${t}|array`;
    args.push({ decl: op.body.required ? `${bt} $body` : `${bt}|null $body = null`, name: 'body' });
  }
  for (const p of qh.filter((p) => !p.required))
    args.push({ decl: `${g.nullable(p.type)} $${p.name} = null`, name: p.name, doc: p.description });
  return { args, path, qh };
}

function renderService(model: ApiModel, res: Resource, g: PhpTypes): string {
  const cls = `${pascal(res.words)}Service`;
  const o: string[] = [head(model, `${NS}\\Services`)];
  o.push(
    `use Einvoice\\Core\\ApiRequest;\nuse Einvoice\\Core\\Auth;\nuse Einvoice\\Core\\AutoPager;\nuse Einvoice\\Core\\Context;\nuse Einvoice\\Core\\RequestOptions;\nuse Einvoice\\Core\\Response;\nuse Einvoice\\Models;\n\n`,
  );
  o.push(
    phpdoc([
      ...docLines(res.description, 96, PHP_LIST),
      ...(res.description ? [''] : []),
      `Operations of the ${res.words.join(' ')} resource. Arguments are named; every method takes an optional RequestOptions last.`,
    ]),
  );
  o.push(`final class ${cls}\n{\n    public function __construct(private readonly Context $ctx)\n    {\n    }\n`);
  for (const op of res.operations) {
    const m = ident(op.words, new Set(['list_']));
    const { args, path, qh } = opArgs(op, g);
    const declAll = [...args.map((a) => a.decl), '?RequestOptions $options = null'].join(', ');
    const declReq = args.map((a) => a.decl.replace(/ = null$/, '')).join(', ');
    const names = args.map((a) => `$${a.name}`).join(', ');
    const summary = [...docLines(op.summary && sentence(op.summary), 92), ...(op.summary ? [''] : [])];
    const endpoint = `${op.httpMethod} ${op.path} (${op.operationId}).`;
    const deprecated = op.deprecated ? ['', '@deprecated the spec marks this operation deprecated.'] : [];
    const description = [...docLines(op.description, 92, PHP_LIST), ...(op.description ? [''] : [])];
    const doc = [...summary, ...description, endpoint, ...deprecated];
    /** The WithResponse twin points back instead of repeating the description. */
    const twinDoc = [...summary, endpoint, ...deprecated];
    const ref = op.result ? resolveAlias(op.result, g.schemas) : undefined;
    const resultCls =
      ref?.kind === 'ref' && g.schemas.get(ref.name)!.kind !== 'enum' ? g.schemas.get(ref.name)!.name : undefined;
    const decode = op.result
      ? resultCls
        ? `static fn ($d) => Models\\${resultCls}::fromArray($d)`
        : 'static fn ($d) => $d'
      : 'null';
    const pathExpr =
      `'${op.path.replace(/\{([^}]+)\}/g, (_, w: string) => `' . ApiRequest::segment($${path.find((p) => p.wireName === w)!.name}) . '`)}'`.replace(
        / \. ''$/,
        '',
      );
    const q = qh
      .filter((p) => p.in === 'query')
      .map((p) => `${str(p.wireName)} => $${p.name}`)
      .join(', ');
    const h = qh
      .filter((p) => p.in === 'header')
      .map((p) => `${str(p.wireName)} => $${p.name}`)
      .join(', ');
    o.push(
      `\n    private function ${m}Request(${declReq}): ApiRequest\n    {\n        return new ApiRequest(\n            ${str(op.httpMethod)},\n            ${pathExpr},\n            ${str(op.operationId)},\n            Auth::${AUTH[op.auth]},\n            idempotent: ${op.idempotent},\n${op.body ? '            body: $body,\n' : ''}${q ? `            query: ApiRequest::params([${q}]),\n` : ''}${h ? `            headers: ApiRequest::params([${h}]),\n` : ''}        );\n    }\n`,
    );
    const ret = op.stream ? 'array' : resultCls ? `Models\\${resultCls}` : op.result ? 'mixed' : 'null';
    if (op.stream) {
      const it = resolveAlias(op.stream.itemType, g.schemas);
      const icls =
        it.kind === 'ref' && g.schemas.get(it.name)!.kind === 'object' ? g.schemas.get(it.name)!.name : undefined;
      o.push(
        `\n${phpdoc([...doc, '', `@return list<${icls ? `Models\\${icls}` : 'mixed'}> the NDJSON items`], '    ')}    public function ${m}(${declAll}): array\n    {\n        return $this->ctx->executeNdjson($this->${m}Request(${names}), ${icls ? `static fn ($d) => Models\\${icls}::fromArray($d)` : 'static fn ($d) => $d'}, $options);\n    }\n`,
      );
      continue;
    }
    o.push(
      `\n${phpdoc(doc, '    ')}    public function ${m}(${declAll}): ${ret === 'null' ? 'void' : ret}\n    {\n        ${ret === 'null' ? '' : 'return '}$this->${m}WithResponse(${[names, '$options'].filter(Boolean).join(', ')})${ret === 'null' ? '' : '->data'};\n    }\n`,
    );
    o.push(
      `\n${phpdoc([...twinDoc, '', `Like ${m}(), with the final response (status, headers, Idempotent-Replayed) around the result.`], '    ')}    public function ${m}WithResponse(${declAll}): Response\n    {\n        return $this->ctx->execute($this->${m}Request(${names}), ${decode}, $options);\n    }\n`,
    );
    if (op.pagination && resultCls) {
      const page = g.schemas.get(resultCls) as ObjectSchema;
      const pu = new Set<string>();
      const pn = new Map(page.properties.map((p) => [p.wireName, ident(p.words, pu)]));
      o.push(
        `\n${phpdoc([`Every item of every page, fetched lazily as you iterate (${op.operationId}).`], '    ')}    public function ${m}AutoPaging(${declAll}): AutoPager\n    {\n        $first = $this->${m}Request(${names});\n        return new AutoPager(function (?string $cursor) use ($first, $options): array {\n            $req = $cursor === null ? $first : $first->withQuery(${str(op.pagination.cursorParam)}, $cursor);\n            $p = $this->ctx->execute($req, static fn ($d) => Models\\${resultCls}::fromArray($d), $options)->data;\n            return ['data' => $p->${pn.get(op.pagination.dataField)} ?? [], 'has_more' => (bool) $p->${pn.get(op.pagination.hasMoreField)}, 'next_cursor' => $p->${pn.get(op.pagination.nextCursorField)}];\n        });\n    }\n`,
      );
    }
  }
  o.push('}\n');
  return o.join('');
}

function renderResources(model: ApiModel): string {
  const o: string[] = [head(model, NS), `use Einvoice\\Core\\Context;\n\n`];
  o.push(
    phpdoc([
      'Every resource of the API as a property ($client->irn->generate(...)). Extended by the hand-written Client.',
    ]),
  );
  o.push('abstract class GeneratedResources\n{\n');
  const used = new Set<string>();
  const rs = model.resources.map((r) => ({ r, name: ident(r.words, used), svc: `${pascal(r.words)}Service` }));
  for (const { name, svc } of rs) o.push(`    public readonly Services\\${svc} $${name};\n`);
  o.push('\n    protected function initResources(Context $ctx): void\n    {\n');
  for (const { name, svc } of rs) o.push(`        $this->${name} = new Services\\${svc}($ctx);\n`);
  o.push('    }\n}\n');
  return o.join('');
}

export function renderPhp(model: ApiModel): GeneratedFile[] {
  const g = new PhpTypes(model);
  const files: GeneratedFile[] = [];
  for (const s of model.schemas) {
    const path = `${SRC}/Models/${s.name}.php`;
    if (s.kind === 'object') files.push({ path, contents: renderObject(model, s, g) });
    else if (s.kind === 'enum') files.push({ path, contents: renderEnum(model, s) });
    else if (s.kind === 'union') files.push({ path, contents: renderUnion(model, s, g) });
  }
  for (const r of model.resources)
    files.push({ path: `${SRC}/Services/${pascal(r.words)}Service.php`, contents: renderService(model, r, g) });
  files.push({ path: `${SRC}/GeneratedResources.php`, contents: renderResources(model) });
  if (model.apiVersion)
    files.push({
      path: `${SRC}/ApiVersion.php`,
      contents: `<?php\n${header(model, '//')}\ndeclare(strict_types=1);\n\nnamespace Einvoice;\n\n/**\n * The dated API version this SDK was generated for (the spec's info.x-api-version).\n */\nfinal class ApiVersion\n{\n    /** Sent in Einvoice-Version unless the client's apiVersion says otherwise. */\n    public const VALUE = ${JSON.stringify(model.apiVersion).replace(/"/g, "'")};\n}\n`,
    });
  return files;
}
