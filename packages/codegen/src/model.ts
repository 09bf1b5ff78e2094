// The intermediate model (IR) every language renderer reads. It is language-neutral: names are kept as
// word lists so each renderer applies its own casing, and it carries what later generators (C#, Java) need
// even where Python and Go do not use it yet (nullability separate from optionality, open enums,
// async method names, read/write-only fields, constraints).

/** A type as used by a field, parameter, body or response. */
export type TypeRef =
  | { kind: 'string'; format?: string }
  | { kind: 'integer'; format?: string }
  | { kind: 'number'; format?: string }
  | { kind: 'boolean' }
  | { kind: 'any' }
  | { kind: 'literal'; value: string } // a single-valued string enum (`object: list`)
  | { kind: 'array'; items: TypeRef }
  | { kind: 'map'; values: TypeRef }
  | { kind: 'ref'; name: string }; // a named SchemaDef

export interface Constraints {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  format?: string;
  default?: unknown;
}

export interface Property {
  /** Name on the wire, exactly as in the spec (`Irn`, `doc_no`). */
  wireName: string;
  /** Words of the name, for casing per language (`['irn']`, `['doc', 'no']`). */
  words: string[];
  type: TypeRef;
  /** Must be present on the wire. */
  required: boolean;
  /** May be JSON null (OpenAPI 3.1 `type: [x, 'null']` or `oneOf [x, null]`). Separate from `required`. */
  nullable: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  description?: string;
  constraints: Constraints;
}

export interface ObjectSchema {
  kind: 'object';
  name: string;
  description?: string;
  properties: Property[];
  /** Unknown members are kept (always true for responses: clients must not drop or reject them). */
  additionalProperties: boolean;
  /** Where this schema is used: request bodies and/or responses/webhook payloads. */
  usage: Usage;
  /** The spec pointer the schema comes from (for docs and errors). */
  source: string;
}

export interface EnumSchema {
  kind: 'enum';
  name: string;
  description?: string;
  values: string[];
  /**
   * Words of each value's constant name, from the spec's `x-enum-varnames` (`DATA_ENTRY_MISTAKE` ->
   * `['data', 'entry', 'mistake']`), so `CnlRsn` `2` reads `CancelReason.DATA_ENTRY_MISTAKE`, not `V2`.
   * Absent: renderers derive names from the values.
   */
  varNames?: string[][];
  /** Enums are open to new values: a client receiving an unknown value keeps it as a string. */
  open: true;
  /** `null` allowed as a value (a nullable enum). */
  nullable: boolean;
  usage: Usage;
  source: string;
}

export interface UnionVariant {
  /** The discriminator value that selects this variant. */
  tag: string;
  type: TypeRef;
}

export interface UnionSchema {
  kind: 'union';
  name: string;
  description?: string;
  /** Property that tells the variants apart (e.g. `type` of a webhook event). */
  discriminator: string;
  variants: UnionVariant[];
  /** An unknown discriminator value decodes to a fallback variant that keeps the raw payload. */
  open: true;
  usage: Usage;
  source: string;
}

export interface AliasSchema {
  kind: 'alias';
  name: string;
  description?: string;
  type: TypeRef;
  constraints: Constraints;
  usage: Usage;
  source: string;
}

export type SchemaDef = ObjectSchema | EnumSchema | UnionSchema | AliasSchema;

export interface Usage {
  request: boolean;
  response: boolean;
}

export type AuthKind =
  /** Account API key (administration). */
  | 'account'
  /** OAuth access token of one GSTIN credential, cached per GSTIN. */
  | 'gstin'
  /** Either: the account key when configured, else the GSTIN token. */
  | 'account_or_gstin'
  /** HTTP Basic with a credential's client id and secret (token endpoint). */
  | 'client_basic'
  | 'none';

export interface Param {
  wireName: string;
  words: string[];
  in: 'path' | 'query' | 'header';
  required: boolean;
  type: TypeRef;
  description?: string;
  constraints: Constraints;
}

export interface ResponseDef {
  status: string;
  mediaType?: string;
  type?: TypeRef;
  description?: string;
  headers: string[];
}

export interface Pagination {
  style: 'cursor';
  /** Query parameter that takes the cursor. */
  cursorParam: string;
  /** Response field holding the next cursor. */
  nextCursorField: string;
  hasMoreField: string;
  dataField: string;
  itemType: TypeRef;
}

export interface Operation {
  operationId: string;
  /** Method words within the resource (`['get', 'by', 'document']`). */
  words: string[];
  /** Name for async-suffixed languages (C#: `GetByDocumentAsync`). */
  asyncSuffix: 'Async';
  httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  auth: AuthKind;
  scopes: string[];
  pathParams: Param[];
  queryParams: Param[];
  /** Header parameters other than those the runtime handles (Idempotency-Key, Prefer, Einvoice-Tenant). */
  headerParams: Param[];
  /** Accepts `Idempotency-Key`: the runtime generates one per logical call and reuses it on retries. */
  idempotent: boolean;
  /** Accepts `Prefer: wait=N`. */
  preferWait: boolean;
  body?: { mediaType: string; type: TypeRef; required: boolean; words: string[] };
  responses: ResponseDef[];
  /** The 2xx JSON type returned to the caller (undefined: no body, e.g. 204). */
  result?: TypeRef;
  /** Error statuses the spec documents (all map to the shared error hierarchy). */
  errorStatuses: number[];
  pagination?: Pagination;
  /** NDJSON export streamed item by item. */
  stream?: { mediaType: string; itemType: TypeRef };
}

export interface Resource {
  /** Resource words (`['audit', 'events']`). */
  words: string[];
  description?: string;
  operations: Operation[];
}

export interface Webhook {
  /** Event type (`irn.generated`). */
  event: string;
  operationId: string;
  summary?: string;
  payload: TypeRef;
}

export interface ApiModel {
  title: string;
  version: string;
  /** info.x-api-version: the dated API version (issue #23) every SDK sends in `Einvoice-Version`. */
  apiVersion?: string;
  /** Repository-relative path of the spec (for headers). */
  specPath: string;
  /** sha256 of the spec file (for the manifest). */
  specSha256: string;
  resources: Resource[];
  schemas: SchemaDef[];
  webhooks: Webhook[];
  /** The union of every webhook payload, discriminated by `type`. */
  webhookUnion?: string;
}
