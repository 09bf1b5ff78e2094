// Java renderer: immutable models with builders (Jackson builder-based deserialization, unknown members
// kept), open enums as value classes, the webhook union as a tagged wrapper, params classes with their
// query encoders, one sync and one async service per resource, and the generated resource bases the
// hand-written clients extend. Writes only generated paths under sdks/java/src/main/java/dev/einvoice;
// the runtime (dev/einvoice/core/**) and EinvoiceClient/EinvoiceClientAsync are hand-written. The templates
// care about content, not layout: google-java-format (./java-format.ts) lays out every file, as the SDK's lint
// (`mvn spotless:check`) requires.
import type {
  ApiModel,
  EnumSchema,
  ObjectSchema,
  Operation,
  Param,
  Resource,
  SchemaDef,
  TypeRef,
  UnionSchema,
} from '../model.js';
import { camel, pascal, words } from '../naming.js';
import { docLines, type GeneratedFile, header, resolveAlias, schemaMap } from './common.js';
import { googleJavaFormat } from './java-format.js';

const SRC = 'sdks/java/src/main/java/dev/einvoice';
const PKG = 'dev.einvoice';

const KEYWORDS = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum extends final ' +
    'finally float for goto if implements import instanceof int interface long native new package private protected public ' +
    'return short static strictfp super switch synchronized this throw throws transient try void volatile while true false ' +
    'null var record yield sealed permits'
  ).split(' '),
);
/** Method names a model or service already has. */
const TAKEN = new Set([
  'builder',
  'toBuilder',
  'additionalProperties',
  'equals',
  'hashCode',
  'toString',
  'getClass',
  'wait',
  'notify',
  'notifyAll',
  'build',
  'putAdditionalProperty',
  'toQuery',
  'toHeaders',
  'fromJson',
  'toJson',
  'raw',
  'type',
]);

/**
 * A doc comment from lines that are already javadoc: the tags the renderer writes itself (`{@code ...}`,
 * `{@link ...}`, `@deprecated`) stay tags. Spec text goes in only through `specDoc`, `prose` and `code`, which
 * escape it.
 * Only what would end the comment early or be read by javac as a unicode escape is neutralised here.
 */
function javadoc(lines: string[], pad = ''): string {
  const clean = lines.map((l) => l.replace(/\*\//g, '*&#47;').replace(/\\u/g, '\\ u'));
  while (clean.length && clean[clean.length - 1] === '') clean.pop();
  if (!clean.length) return '';
  if (clean.length === 1) return `${pad}/** ${clean[0]} */\n`;
  return `${pad}/**\n${clean.map((l) => (l ? `${pad} * ${l}\n` : `${pad} *\n`)).join('')}${pad} */\n`;
}

/** Spec prose as javadoc text: HTML-escaped, and no `@` left to open a block or inline tag. */
const prose = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');

/**
 * Wrapped spec prose (descriptions, summaries) for `javadoc`. A Markdown code span without spaces (so never split
 * by the wrapping) becomes `{@code ...}`; everything else is escaped prose.
 */
const specDoc = (text: string | undefined, width: number) =>
  docLines(text, width).map((line) =>
    line
      .split(/(`[^`\s]+`)/)
      .map((part, i) => (i % 2 ? code(part.slice(1, -1)) : prose(part)))
      .join(''),
  );

/** A spec value (wire name, path, enum value) in code font; `{@code}` cannot hold unbalanced braces or a leading `@`. */
function code(s: string): string {
  let depth = 0;
  for (const c of s) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) break;
  }
  return depth === 0 && !s.startsWith('@') ? `{@code ${s}}` : `<code>${prose(s)}</code>`;
}

const lit = (s: string) => JSON.stringify(s);

function ident(w: string[], used: Set<string>, model = true): string {
  let n = camel(w.length ? w : ['value']);
  if (/^[0-9]/.test(n)) n = `v${n}`;
  if (KEYWORDS.has(n) || (model && TAKEN.has(n))) n += 'Value';
  while (used.has(n)) n += '_';
  used.add(n);
  return n;
}

class JavaTypes {
  readonly schemas: Map<string, SchemaDef>;
  constructor(readonly model: ApiModel) {
    this.schemas = schemaMap(model);
  }

  type(t: TypeRef): string {
    t = resolveAlias(t, this.schemas);
    switch (t.kind) {
      case 'string':
      case 'literal':
        return 'String';
      case 'integer':
        return 'Long';
      case 'number':
        return 'BigDecimal';
      case 'boolean':
        return 'Boolean';
      case 'any':
        return 'JsonNode';
      case 'array':
        return `List<${this.type(t.items)}>`;
      case 'map':
        return `Map<String, ${this.type(t.values)}>`;
      case 'ref':
        return this.schemas.get(t.name)!.name;
    }
  }

  /** The class to decode a result into (raw class, generics erased: results are refs in practice). */
  rawClass(t: TypeRef): string {
    const j = this.type(t);
    const i = j.indexOf('<');
    return i < 0 ? j : j.slice(0, i);
  }
}

const IMPORTS = `import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import ${PKG}.core.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
`;

/**
 * A member whose getter returns {@code Optional<T>}: one the spec lets be absent or null. A required, non-null
 * member keeps a plain getter. The wire name sits on the field (and the builder's setter), so Jackson never
 * sees the Optional: it (de)serializes the plain value with any ObjectMapper, without jackson-datatype-jdk8.
 */
const optionalMember = (p: { required: boolean; nullable: boolean }) => !p.required || p.nullable;

/** The javadoc note on a member's presence. */
function presence(p: { required: boolean; nullable: boolean }): string {
  if (p.required && !p.nullable) return 'Required.';
  if (p.required) return 'Required, may be null: empty when null.';
  return p.nullable ? 'Optional, may be null: empty when absent or null.' : 'Optional: empty when absent.';
}

/** The static {@code fromJson} and {@code toJson} every model has. */
function jsonMethods(cls: string): string {
  return (
    javadoc(
      [
        `Decodes JSON text (the API's wire format, as sent or received) into a {@code ${cls}}; members this SDK`,
        `version does not know are kept. The same as {@code Json.parse(json, ${cls}.class)}.`,
        '',
        '@param json the JSON text',
        '@return the decoded value',
        '@throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit this model',
      ],
      '  ',
    ) +
    `  public static ${cls} fromJson(String json) {
    return Json.parse(json, ${cls}.class);
  }

` +
    javadoc(["This value as JSON text in the API's wire format (the inverse of {@link #fromJson(String)})."], '  ') +
    `  public String toJson() {
    return Json.write(this);
  }

`
  );
}

function copyIn(type: string, expr: string): string {
  if (type.startsWith('List<'))
    return `${expr} == null ? null : Collections.unmodifiableList(new ArrayList<>(${expr}))`;
  if (type.startsWith('Map<'))
    return `${expr} == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(${expr}))`;
  return expr;
}

function renderObject(model: ApiModel, s: ObjectSchema, g: JavaTypes): string {
  const used = new Set<string>();
  const props = s.properties.map((p) => ({
    p,
    name: ident(p.words, used),
    type: g.type(p.type),
    opt: optionalMember(p),
  }));
  const validate = s.usage.request && !s.usage.response;
  const o: string[] = [header(model, '//'), `\npackage ${PKG}.models;\n\n${IMPORTS}\n`];
  o.push(
    javadoc([
      ...specDoc(s.description, 96),
      ...(s.description ? [''] : []),
      `Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are kept in {@link #additionalProperties()}.`,
    ]),
  );
  o.push(
    `@JsonInclude(JsonInclude.Include.NON_NULL)\n@JsonDeserialize(builder = ${s.name}.Builder.class)\npublic final class ${s.name} {\n`,
  );
  for (const { p, name, type } of props)
    o.push(`  @JsonProperty(${lit(p.wireName)})\n  private final ${type} ${name};\n\n`);
  o.push(`  private final Map<String, Object> additionalProperties;\n\n  private ${s.name}(Builder b) {\n`);
  for (const { name, type } of props) o.push(`    this.${name} = ${copyIn(type, `b.${name}`)};\n`);
  o.push(
    `    this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));\n  }\n\n`,
  );
  for (const { p, name, type, opt } of props) {
    const notes = [presence(p), p.readOnly ? 'Read-only.' : ''].filter(Boolean).join(' ');
    o.push(
      javadoc(
        [...specDoc(p.description, 92), ...(p.description ? [''] : []), `Wire name ${code(p.wireName)}. ${notes}`],
        '  ',
      ),
    );
    o.push(
      opt
        ? `  public Optional<${type}> ${name}() {\n    return Optional.ofNullable(${name});\n  }\n\n`
        : `  public ${type} ${name}() {\n    return ${name};\n  }\n\n`,
    );
  }
  o.push(
    `  /** Members this SDK version does not know, kept as decoded JSON values. */\n  @JsonAnyGetter\n  public Map<String, Object> additionalProperties() {\n    return additionalProperties;\n  }\n\n`,
  );
  o.push(jsonMethods(s.name));
  o.push(
    `  public static Builder builder() {\n    return new Builder();\n  }\n\n  public Builder toBuilder() {\n    Builder b = new Builder();\n`,
  );
  for (const { name } of props) o.push(`    b.${name} = ${name};\n`);
  o.push(`    b.additionalProperties.putAll(additionalProperties);\n    return b;\n  }\n\n`);
  const all = [...props.map((x) => x.name), 'additionalProperties'];
  o.push(
    `  @Override\n  public boolean equals(Object o) {\n    if (this == o) return true;\n    if (!(o instanceof ${s.name})) return false;\n    ${s.name} that = (${s.name}) o;\n    return ${all.map((n) => `Objects.equals(${n}, that.${n})`).join('\n        && ')};\n  }\n\n`,
  );
  o.push(`  @Override\n  public int hashCode() {\n    return Objects.hash(${all.join(', ')});\n  }\n\n`);
  o.push(
    `  @Override\n  public String toString() {\n    return "${s.name}{"${props.map(({ name }, i) => `\n        + "${i ? ', ' : ''}${name}=" + ${name}`).join('')}\n        + ", additionalProperties=" + additionalProperties + "}";\n  }\n\n`,
  );
  o.push(
    `  /** Builder of {@link ${s.name}}. */\n  @JsonPOJOBuilder(withPrefix = "")\n  public static final class Builder {\n`,
  );
  for (const { name, type } of props) o.push(`    private ${type} ${name};\n`);
  o.push(`    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();\n\n    Builder() {}\n\n`);
  for (const { p, name, type } of props) {
    o.push(
      `    @JsonProperty(${lit(p.wireName)})\n    public Builder ${name}(${type} ${name}) {\n      this.${name} = ${name};\n      return this;\n    }\n\n`,
    );
  }
  o.push(
    `    /** Sets a member this SDK version does not model (sent as is). */\n    @JsonAnySetter\n    public Builder putAdditionalProperty(String name, Object value) {\n      additionalProperties.put(name, value);\n      return this;\n    }\n\n`,
  );
  const req = props.filter(({ p }) => validate && p.required && !p.readOnly);
  o.push(`    public ${s.name} build() {\n`);
  for (const { p, name } of req)
    o.push(`      Objects.requireNonNull(${name}, ${lit(`${s.name}.${name} (${p.wireName}) is required`)});\n`);
  o.push(`      return new ${s.name}(this);\n    }\n  }\n}\n`);
  return o.join('');
}

function enumConst(v: string, used: Set<string>, varName?: string[]): string {
  let n = (varName ?? words(v.replace(/[^A-Za-z0-9]+/g, ' '))).join('_').toUpperCase() || 'EMPTY';
  if (/^[0-9]/.test(n)) n = `V${n}`;
  if (KEYWORDS.has(n.toLowerCase()) && n === n.toLowerCase()) n += '_';
  while (used.has(n)) n += '_';
  used.add(n);
  return n;
}

function renderEnum(model: ApiModel, s: EnumSchema): string {
  const used = new Set<string>();
  const consts = s.values.map((v, i) => ({ v, n: enumConst(v, used, s.varNames?.[i]) }));
  const o: string[] = [
    header(model, '//'),
    `\npackage ${PKG}.models;\n\nimport com.fasterxml.jackson.annotation.JsonCreator;\nimport com.fasterxml.jackson.annotation.JsonValue;\nimport java.util.Collection;\nimport java.util.Collections;\nimport java.util.LinkedHashMap;\nimport java.util.Map;\n\n`,
  ];
  o.push(
    javadoc([
      ...specDoc(s.description, 96),
      ...(s.description ? [''] : []),
      `Open enum: values this SDK version does not list decode without error ({@link #isKnown()} is false).`,
    ]),
  );
  o.push(`public final class ${s.name} {\n`);
  for (const { v, n } of consts)
    o.push(`${javadoc([code(v)], '  ')}  public static final ${s.name} ${n} = new ${s.name}(${lit(v)});\n`);
  o.push(
    `\n  private static final Map<String, ${s.name}> KNOWN;\n\n  static {\n    Map<String, ${s.name}> m = new LinkedHashMap<>();\n`,
  );
  for (const { n } of consts) o.push(`    m.put(${n}.value, ${n});\n`);
  o.push(
    `    KNOWN = Collections.unmodifiableMap(m);\n  }\n\n  private final String value;\n\n  private ${s.name}(String value) {\n    this.value = value;\n  }\n\n`,
  );
  o.push(
    `  /** The constant for a known value, else a new instance that keeps the value. */\n  @JsonCreator\n  public static ${s.name} of(String value) {\n    ${s.name} known = KNOWN.get(value);\n    return known != null ? known : new ${s.name}(value);\n  }\n\n`,
  );
  o.push(
    `  @JsonValue\n  public String value() {\n    return value;\n  }\n\n  public boolean isKnown() {\n    return KNOWN.containsKey(value);\n  }\n\n  public static Collection<${s.name}> knownValues() {\n    return KNOWN.values();\n  }\n\n`,
  );
  o.push(
    `  @Override\n  public boolean equals(Object o) {\n    return o instanceof ${s.name} && ((${s.name}) o).value.equals(value);\n  }\n\n  @Override\n  public int hashCode() {\n    return value.hashCode();\n  }\n\n  @Override\n  public String toString() {\n    return value;\n  }\n}\n`,
  );
  return o.join('');
}

function renderUnion(model: ApiModel, s: UnionSchema, g: JavaTypes): string {
  const used = new Set<string>(['type', 'raw', 'parse', 'of', 'fromJson']);
  const o: string[] = [
    header(model, '//'),
    `\npackage ${PKG}.models;\n\nimport com.fasterxml.jackson.annotation.JsonCreator;\nimport com.fasterxml.jackson.annotation.JsonValue;\nimport com.fasterxml.jackson.core.JsonProcessingException;\nimport com.fasterxml.jackson.databind.JsonNode;\nimport ${PKG}.core.Json;\nimport java.io.IOException;\nimport java.io.UncheckedIOException;\nimport java.util.Optional;\n\n`,
  ];
  o.push(
    javadoc([
      ...specDoc(s.description, 96),
      ...(s.description ? [''] : []),
      `Discriminated by ${code(s.discriminator)}. Open: an unknown ${code(s.discriminator)} keeps the raw payload ({@link #raw()}) and every {@code asX()} is empty.`,
    ]),
  );
  o.push(`public final class ${s.name} {\n`);
  for (const v of s.variants) o.push(`  public static final String ${enumConst(v.tag, new Set())} = ${lit(v.tag)};\n`);
  o.push(
    `\n  private final JsonNode raw;\n\n  private ${s.name}(JsonNode raw) {\n    this.raw = raw;\n  }\n\n  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)\n  public static ${s.name} of(JsonNode raw) {\n    return new ${s.name}(raw);\n  }\n\n`,
  );
  o.push(
    `  /** Decodes a payload (the raw webhook body, after verification). */\n  public static ${s.name} parse(byte[] body) {\n    try {\n      return of(Json.mapper().readTree(body));\n    } catch (IOException e) {\n      throw new UncheckedIOException(e);\n    }\n  }\n\n`,
  );
  o.push(
    javadoc(
      [
        'Decodes JSON text: a webhook body after verification, or an event you stored.',
        '',
        '@param json the JSON text',
        '@return the decoded value',
        '@throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON',
      ],
      '  ',
    ),
    `  public static ${s.name} fromJson(String json) {\n    return of(Json.parse(json, JsonNode.class));\n  }\n\n`,
  );
  o.push(
    `  /** The ${code(s.discriminator)} member. */\n  public String type() {\n    JsonNode t = raw.get(${lit(s.discriminator)});\n    return t == null || t.isNull() ? null : t.asText();\n  }\n\n  @JsonValue\n  public JsonNode raw() {\n    return raw;\n  }\n\n`,
  );
  o.push(
    `  /** Whether this SDK version knows the event type. */\n  public boolean isKnown() {\n    String t = type();\n    return ${s.variants.map((v) => `${lit(v.tag)}.equals(t)`).join(' || ')};\n  }\n\n`,
  );
  for (const v of s.variants) {
    const cls = g.type(v.type);
    const n = ident(words(v.tag), used);
    const m = `as${n.charAt(0).toUpperCase()}${n.slice(1)}`;
    o.push(
      `  /** The payload as {@link ${cls}} when ${code(s.discriminator)} is ${code(v.tag)}. */\n  public Optional<${cls}> ${m}() {\n    if (!${lit(v.tag)}.equals(type())) return Optional.empty();\n    try {\n      return Optional.of(Json.mapper().treeToValue(raw, ${cls}.class));\n    } catch (JsonProcessingException e) {\n      throw new UncheckedIOException(e);\n    }\n  }\n\n`,
    );
  }
  o.push(
    `  @Override\n  public boolean equals(Object o) {\n    return o instanceof ${s.name} && ((${s.name}) o).raw.equals(raw);\n  }\n\n  @Override\n  public int hashCode() {\n    return raw.hashCode();\n  }\n\n  @Override\n  public String toString() {\n    return "${s.name}" + raw;\n  }\n}\n`,
  );
  return o.join('');
}

// ---- operations ---------------------------------------------------------------------------------------------

interface OpNames {
  res: Resource;
  op: Operation;
  method: string;
  params?: string; // params class name
  qh: (Param & { name: string; jtype: string })[];
  path: (Param & { name: string; jtype: string })[];
}

function opNames(res: Resource, op: Operation, g: JavaTypes): OpNames {
  const method = ident(op.words, new Set(), false);
  const used = new Set<string>();
  const path = op.pathParams.map((p) => ({ ...p, name: ident(p.words, used, false), jtype: g.type(p.type) }));
  const pused = new Set<string>();
  const qh = [...op.queryParams, ...op.headerParams].map((p) => ({
    ...p,
    name: ident(p.words, pused),
    jtype: g.type(p.type),
  }));
  const params = qh.length ? `${pascal(res.words)}${pascal(op.words)}Params` : undefined;
  return { res, op, method, params, qh, path };
}

function renderParams(model: ApiModel, n: OpNames): string {
  const cls = n.params!;
  const o: string[] = [
    header(model, '//'),
    `\npackage ${PKG}.models;\n\nimport ${PKG}.core.ApiRequest;\nimport java.math.BigDecimal;\nimport java.util.LinkedHashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Objects;\n\n`,
  ];
  o.push(
    javadoc([
      `Query and header parameters of ${code(n.op.operationId)} (${prose(`${n.op.httpMethod} ${n.op.path}`)}). Immutable; {@link #builder()}.`,
    ]),
  );
  o.push(`public final class ${cls} {\n`);
  for (const p of n.qh) o.push(`  private final ${p.jtype} ${p.name};\n`);
  o.push(`\n  private ${cls}(Builder b) {\n`);
  for (const p of n.qh) o.push(`    this.${p.name} = b.${p.name};\n`);
  o.push(
    `  }\n\n  public static Builder builder() {\n    return new Builder();\n  }\n\n  public Builder toBuilder() {\n    Builder b = new Builder();\n`,
  );
  for (const p of n.qh) o.push(`    b.${p.name} = ${p.name};\n`);
  o.push(`    return b;\n  }\n\n`);
  for (const p of n.qh) {
    o.push(
      javadoc(
        [
          ...specDoc(p.description, 92),
          ...(p.description ? [''] : []),
          `${p.in === 'query' ? 'Query' : 'Header'} ${code(p.wireName)}${p.required ? ', required' : ''}.`,
        ],
        '  ',
      ),
    );
    o.push(`  public ${p.jtype} ${p.name}() {\n    return ${p.name};\n  }\n\n`);
  }
  const enc = (where: 'query' | 'header') => {
    const ps = n.qh.filter((p) => p.in === where);
    return ps
      .map((p) => `    if (${p.name} != null) out.put(${lit(p.wireName)}, ApiRequest.render(${p.name}));\n`)
      .join('');
  };
  o.push(
    `  /** The query parameters as sent. */\n  public Map<String, String> toQuery() {\n    Map<String, String> out = new LinkedHashMap<>();\n${enc('query')}    return out;\n  }\n\n`,
  );
  o.push(
    `  /** The header parameters as sent. */\n  public Map<String, String> toHeaders() {\n    Map<String, String> out = new LinkedHashMap<>();\n${enc('header')}    return out;\n  }\n\n`,
  );
  o.push(
    `  @Override\n  public boolean equals(Object o) {\n    if (!(o instanceof ${cls})) return false;\n    ${cls} that = (${cls}) o;\n    return ${n.qh.map((p) => `Objects.equals(${p.name}, that.${p.name})`).join('\n        && ')};\n  }\n\n  @Override\n  public int hashCode() {\n    return Objects.hash(${n.qh.map((p) => p.name).join(', ')});\n  }\n\n  @Override\n  public String toString() {\n    return "${cls}" + toQuery() + toHeaders();\n  }\n\n`,
  );
  o.push(`  /** Builder of {@link ${cls}}. */\n  public static final class Builder {\n`);
  for (const p of n.qh) o.push(`    private ${p.jtype} ${p.name};\n`);
  o.push(`\n    Builder() {}\n\n`);
  for (const p of n.qh)
    o.push(
      `    public Builder ${p.name}(${p.jtype} ${p.name}) {\n      this.${p.name} = ${p.name};\n      return this;\n    }\n\n`,
    );
  o.push(`    public ${cls} build() {\n`);
  for (const p of n.qh.filter((p) => p.required))
    o.push(`      Objects.requireNonNull(${p.name}, ${lit(`${p.wireName} is required`)});\n`);
  o.push(`      return new ${cls}(this);\n    }\n  }\n}\n`);
  return o.join('');
}

const AUTH: Record<string, string> = {
  account: 'ACCOUNT',
  gstin: 'GSTIN',
  account_or_gstin: 'ACCOUNT_OR_GSTIN',
  client_basic: 'CLIENT_BASIC',
  none: 'NONE',
};

/** What every service imports besides the models; google-java-format drops the ones a service does not use. */
const SERVICE_IMPORTS = [
  ...['ApiRequest', 'ApiResponse', 'Auth', 'AutoPager', 'ClientContext', 'Page', 'RequestOptions'].map(
    (c) => `${PKG}.core.${c}`,
  ),
  // An operation may answer a schema the generator leaves untyped (an NDJSON export of allOf rows).
  'com.fasterxml.jackson.databind.JsonNode',
  'java.util.List',
  'java.util.concurrent.CompletableFuture',
];

/**
 * The imports of a service: SERVICE_IMPORTS, then one per model class that `body` names, never a wildcard. A
 * simple name imported above wins over a model of that name, as it did over `models.*`. A name that only occurs
 * in prose gets an import too, which google-java-format removes as unused.
 */
function serviceImports(body: string, modelClasses: Set<string>): string {
  const taken = new Set(SERVICE_IMPORTS.map((i) => i.slice(i.lastIndexOf('.') + 1)));
  const models = [...new Set(body.match(/\b[A-Z][A-Za-z0-9_]*\b/g) ?? [])]
    .filter((n) => modelClasses.has(n) && !taken.has(n))
    .map((n) => `${PKG}.models.${n}`);
  return [...SERVICE_IMPORTS, ...models].map((i) => `import ${i};\n`).join('');
}

function renderService(
  model: ApiModel,
  res: Resource,
  g: JavaTypes,
  async: boolean,
  modelClasses: Set<string>,
): string {
  const svc = `${pascal(res.words)}Service`;
  const cls = async ? `${svc}Async` : svc;
  const o: string[] = [];
  o.push(
    javadoc([
      ...specDoc(res.description, 96),
      ...(res.description ? [''] : []),
      async
        ? `Asynchronous twin of {@link ${svc}}: every call returns a {@link CompletableFuture}; {@code cancel(true)} interrupts it.`
        : `Operations of the ${code(res.words.join(' '))} resource. Every method has an overload taking {@link RequestOptions}.`,
    ]),
  );
  o.push(
    `@SuppressWarnings("unused")\npublic final class ${cls} {\n  private final ClientContext ctx;\n${async ? `  private final ${svc} sync;\n` : ''}\n  public ${cls}(ClientContext ctx) {\n    this.ctx = ctx;\n${async ? `    this.sync = new ${svc}(ctx);\n` : ''}  }\n\n`,
  );
  for (const op of res.operations) {
    const n = opNames(res, op, g);
    const result = op.stream ? `List<${g.type(op.stream.itemType)}>` : op.result ? g.type(op.result) : 'Void';
    const args: { decl: string; name: string }[] = [
      ...n.path.map((p) => ({ decl: `${p.jtype} ${p.name}`, name: p.name })),
      ...(n.params ? [{ decl: `${n.params} params`, name: 'params' }] : []),
      ...(op.body ? [{ decl: `${g.type(op.body.type)} body`, name: 'body' }] : []),
    ];
    const decl = (extra: string[]) => [...args.map((a) => a.decl), ...extra].join(', ');
    const names = (extra: string[]) => [...args.map((a) => a.name), ...extra].join(', ');
    const doc = [
      ...specDoc(op.summary, 92),
      ...(op.summary ? [''] : []),
      `${code(`${op.httpMethod} ${op.path}`)} (${code(op.operationId)}).`,
    ];
    if (op.deprecated) doc.push('', '@deprecated the spec marks this operation deprecated.');
    const dep = op.deprecated ? '  @Deprecated\n' : '';
    const optionalParams = n.params && !n.qh.some((p) => p.required);
    const noParamsArgs = args.filter((a) => a.name !== 'params');
    const ret = (t: string) => (async ? `CompletableFuture<${t}>` : t);
    const shortcut = (m: string, t: string, call: (a: string) => string) => {
      // overloads: without options, and without params when every param is optional
      o.push(
        javadoc(doc, '  ') +
          dep +
          `  public ${ret(t)} ${m}(${decl([])}) {\n    return ${m}(${names(['RequestOptions.none()'])});\n  }\n\n`,
      );
      if (optionalParams) {
        const ns = noParamsArgs.map((a) => a.decl).join(', ');
        const nn = [...n.path.map((p) => p.name), `${n.params}.builder().build()`, ...(op.body ? ['body'] : [])].join(
          ', ',
        );
        o.push(
          javadoc(doc, '  ') +
            dep +
            `  public ${ret(t)} ${m}(${ns}) {\n    return ${m}(${nn}, RequestOptions.none());\n  }\n\n`,
        );
      }
      o.push(
        javadoc(doc, '  ') +
          dep +
          `  public ${ret(t)} ${m}(${decl(['RequestOptions options'])}) {\n    ${call(names(['options']))}\n  }\n\n`,
      );
    };
    if (async) {
      shortcut(n.method, result, (a) => `return ctx.async(() -> sync.${n.method}(${a}));`);
      if (!op.stream)
        shortcut(
          `${n.method}WithResponse`,
          `ApiResponse<${result}>`,
          (a) => `return ctx.async(() -> sync.${n.method}WithResponse(${a}));`,
        );
      continue;
    }
    // request builder
    const path = op.path.replace(/\{([^}]+)\}/g, (_, w: string) => {
      const p = n.path.find((x) => x.wireName === w)!;
      return `" + ApiRequest.pathSegment(String.valueOf(${p.name})) + "`;
    });
    o.push(`  private ApiRequest ${n.method}Request(${decl([])}) {\n`);
    for (const p of n.path)
      o.push(`    java.util.Objects.requireNonNull(${p.name}, ${lit(`${p.wireName} is required`)});\n`);
    o.push(
      `    return ApiRequest.builder(${lit(op.httpMethod)}, ${`"${path}"`.replace(/ \+ ""$/, '')})\n        .operationId(${lit(op.operationId)})\n        .auth(Auth.${AUTH[op.auth]})\n        .idempotent(${op.idempotent})\n`,
    );
    if (n.params)
      o.push(
        `        .query(params == null ? null : params.toQuery())\n        .headers(params == null ? null : params.toHeaders())\n`,
      );
    if (op.body) o.push(`        .body(body)\n`);
    o.push(`        .build();\n  }\n\n`);
    if (op.stream) {
      shortcut(
        n.method,
        result,
        () =>
          `return ctx.executeNdjson(${n.method}Request(${names([])}), ${g.rawClass(op.stream!.itemType)}.class, options);`,
      );
      continue;
    }
    shortcut(n.method, result, () => `return ${n.method}WithResponse(${names(['options'])}).data();`);
    const rc = op.result ? `${g.rawClass(op.result)}.class` : 'Void.class';
    shortcut(
      `${n.method}WithResponse`,
      `ApiResponse<${result}>`,
      () => `return ctx.execute(${n.method}Request(${names([])}), ${rc}, options);`,
    );
    if (op.pagination && op.result && n.params) {
      const page = g.schemas.get((resolveAlias(op.result, g.schemas) as { name: string }).name) as ObjectSchema;
      /** A page member's getter, and whether it returns an Optional. */
      const acc = (wire: string) => {
        const used = new Set<string>();
        const names2 = page.properties.map((p) => ({ p, n: ident(p.words, used) }));
        const m = names2.find((x) => x.p.wireName === wire)!;
        return { get: `p.${m.n}()`, opt: optionalMember(m.p) };
      };
      const d = acc(op.pagination.dataField);
      const h = acc(op.pagination.hasMoreField);
      const c = acc(op.pagination.nextCursorField);
      const data = d.opt ? `${d.get}.orElse(List.of())` : `${d.get} == null ? List.of() : ${d.get}`;
      const hasMore = h.opt ? `${h.get}.orElse(false)` : `Boolean.TRUE.equals(${h.get})`;
      const nextCursor = c.opt ? `${c.get}.orElse(null)` : c.get;
      const item = g.type(op.pagination.itemType);
      const cursor = n.qh.find((p) => p.wireName === op.pagination!.cursorParam);
      o.push(javadoc([`Every item of every page, fetched lazily as you iterate (${prose(op.operationId)}).`], '  '));
      o.push(
        `  public AutoPager<${item}> ${n.method}AutoPaging(${decl([])}) {\n    return ${n.method}AutoPaging(${names(['RequestOptions.none()'])});\n  }\n\n`,
      );
      if (optionalParams)
        o.push(
          javadoc([`Every item of every page, fetched lazily as you iterate (${prose(op.operationId)}).`], '  ') +
            `  public AutoPager<${item}> ${n.method}AutoPaging(${noParamsArgs.map((a) => a.decl).join(', ')}) {\n    return ${n.method}AutoPaging(${[...n.path.map((p) => p.name), `${n.params}.builder().build()`].join(', ')}, RequestOptions.none());\n  }\n\n`,
        );
      o.push(javadoc([`Every item of every page, fetched lazily as you iterate (${prose(op.operationId)}).`], '  '));
      o.push(
        `  public AutoPager<${item}> ${n.method}AutoPaging(${decl(['RequestOptions options'])}) {\n    ApiRequest first = ${n.method}Request(${names([])});\n    return new AutoPager<>(cursor -> {\n      ApiRequest req = cursor == null ? first : first.withQuery(${lit(op.pagination.cursorParam)}, cursor);\n      ${g.type(op.result)} p = ctx.execute(req, ${g.rawClass(op.result)}.class, options).data();\n      return new Page<>(${data}, ${hasMore}, ${nextCursor});\n    }, null);\n  }\n\n`,
      );
      void cursor;
    }
  }
  o.push('}\n');
  const body = o.join('').replace(/\n\n}\n$/, '\n}\n');
  return `${header(model, '//')}\npackage ${PKG}.services;\n\n${serviceImports(body, modelClasses)}\n${body}`;
}

function renderResources(model: ApiModel, async: boolean): string {
  const cls = async ? 'EinvoiceAsyncResources' : 'EinvoiceResources';
  const suffix = async ? 'ServiceAsync' : 'Service';
  const used = new Set<string>();
  const rs = model.resources.map((r) => ({ r, name: ident(r.words, used, false), svc: `${pascal(r.words)}${suffix}` }));
  const o: string[] = [
    header(model, '//'),
    `\npackage ${PKG};\n\nimport ${PKG}.core.ClientContext;\n${rs.map(({ svc }) => `import ${PKG}.services.${svc};\n`).join('')}\n`,
  ];
  o.push(
    javadoc([
      `Every resource of the API, ${async ? 'asynchronous' : 'synchronous'}. Extended by the hand-written {@code ${async ? 'EinvoiceClientAsync' : 'EinvoiceClient'}}.`,
    ]),
  );
  o.push(`public abstract class ${cls} {\n`);
  for (const { name, svc } of rs) o.push(`  private final ${svc} ${name};\n`);
  o.push(`\n  protected ${cls}(ClientContext ctx) {\n`);
  for (const { name, svc } of rs) o.push(`    this.${name} = new ${svc}(ctx);\n`);
  o.push('  }\n');
  for (const { r, name, svc } of rs)
    o.push(
      `\n${javadoc(specDoc(r.description, 92).length ? specDoc(r.description, 92) : [`The ${code(r.words.join(' '))} resource.`], '  ')}  public ${svc} ${name}() {\n    return ${name};\n  }\n`,
    );
  o.push('}\n');
  return o.join('');
}

/** Every generated file, formatted by google-java-format (one run over all of them). */
export function renderJava(model: ApiModel): GeneratedFile[] {
  const g = new JavaTypes(model);
  const files: GeneratedFile[] = [];
  const modelClasses = new Set(model.schemas.filter((s) => s.kind !== 'alias').map((s) => s.name));
  for (const r of model.resources)
    for (const op of r.operations) {
      const params = opNames(r, op, g).params;
      if (params) modelClasses.add(params);
    }
  for (const s of model.schemas) {
    const path = `${SRC}/models/${s.name}.java`;
    if (s.kind === 'object') files.push({ path, contents: renderObject(model, s, g) });
    else if (s.kind === 'enum') files.push({ path, contents: renderEnum(model, s) });
    else if (s.kind === 'union') files.push({ path, contents: renderUnion(model, s, g) });
  }
  for (const r of model.resources) {
    for (const op of r.operations) {
      const n = opNames(r, op, g);
      if (n.params) files.push({ path: `${SRC}/models/${n.params}.java`, contents: renderParams(model, n) });
    }
    files.push({
      path: `${SRC}/services/${pascal(r.words)}Service.java`,
      contents: renderService(model, r, g, false, modelClasses),
    });
    files.push({
      path: `${SRC}/services/${pascal(r.words)}ServiceAsync.java`,
      contents: renderService(model, r, g, true, modelClasses),
    });
  }
  if (model.apiVersion)
    files.push({
      path: `${SRC}/ApiVersion.java`,
      contents: `${header(model, '//')}\npackage dev.einvoice;\n\n/** The dated API version this SDK was generated for (the spec's info.x-api-version). */\npublic final class ApiVersion {\n  /** Sent in {@code Einvoice-Version} unless {@code ClientOptions.apiVersion} says otherwise. */\n  public static final String VALUE = ${JSON.stringify(model.apiVersion)};\n\n  private ApiVersion() {}\n}\n`,
    });
  files.push({ path: `${SRC}/EinvoiceResources.java`, contents: renderResources(model, false) });
  files.push({ path: `${SRC}/EinvoiceAsyncResources.java`, contents: renderResources(model, true) });
  return formatBelowHeader(model, files);
}

/**
 * google-java-format wraps a comment longer than 100 columns, and the generated-file header must stay one line
 * (the stray-file check looks for the whole `DO NOT EDIT` line): the header is set aside while the rest of the
 * file is formatted. With the SDK's short spec path it fits in 100 columns, so `spotless:check` accepts it.
 */
function formatBelowHeader(model: ApiModel, files: GeneratedFile[]): GeneratedFile[] {
  const head = header(model, '//');
  const bodies = files.map((f) => {
    if (!f.contents.startsWith(head)) throw new Error(`${f.path} does not start with the generated-file header`);
    return { path: f.path, contents: f.contents.slice(head.length) };
  });
  return googleJavaFormat(bodies).map((f) => ({ path: f.path, contents: `${head}\n${f.contents}` }));
}
