// Request and response validation against the contract, with RFC 6901 pointers in every error.
// The body validator is strict about types (no coercion); parameters arrive as strings, so their
// validator coerces ("20" -> 20) before checking.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from './load.js';
import type { OperationInfo } from './operations.js';

const SPEC_ID = 'https://einvoice.dev/openapi.json';

export interface FieldError {
  pointer: string; // JSON pointer into the body, or header:<name> / query:<name> / path:<name>
  detail: string;
  code: string; // the JSON Schema keyword that failed (required, pattern, maxLength, type, ...)
}

export interface RequestParts {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  contentType?: string | null;
  body?: unknown; // parsed JSON (or form object), undefined when absent
}

function makeAjv(doc: OpenApiDocument, coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes });
  addFormats.default(ajv);
  ajv.addSchema(doc, SPEC_ID);
  return ajv;
}

export class ContractValidator {
  private readonly bodies: Ajv2020;
  private readonly params: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    this.bodies = makeAjv(doc, false);
    this.params = makeAjv(doc, true);
  }

  private compiled(ajv: Ajv2020, pointer: string, tag: string): ValidateFunction {
    const cacheKey = `${tag}:${pointer}`;
    let fn = this.cache.get(cacheKey);
    if (!fn) {
      fn = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
      this.cache.set(cacheKey, fn);
    }
    return fn;
  }

  /** Compiles every validator now, so the first request pays nothing. */
  warm(operations: OperationInfo[]): void {
    for (const op of operations) {
      for (const p of op.parameters) this.compiled(this.params, p.schemaPointer, 'param');
      for (const ptr of Object.values(op.requestBody?.mediaTypes ?? {})) this.compiled(this.bodies, ptr, 'body');
    }
  }

  validateRequest(op: OperationInfo, req: RequestParts): FieldError[] {
    const errors: FieldError[] = [];
    for (const p of op.parameters) {
      const raw =
        p.in === 'path' ? req.pathParams[p.name] : p.in === 'query' ? req.query.get(p.name) : req.headers.get(p.name);
      const where = `${p.in === 'path' ? 'path' : p.in}:${p.name}`;
      if (raw === undefined || raw === null) {
        if (p.required) errors.push({ pointer: where, detail: `${p.name} is required`, code: 'required' });
        continue;
      }
      // Parameters are strings on the wire; the coercing validator accepts "20" for an integer.
      const validate = this.compiled(this.params, p.schemaPointer, 'param');
      if (!validate(raw)) {
        errors.push(...toFieldErrors(validate.errors, where, true));
      }
    }
    if (op.requestBody) {
      const mediaType = (req.contentType ?? '').split(';')[0]!.trim().toLowerCase();
      if (req.body === undefined) {
        if (op.requestBody.required)
          errors.push({ pointer: '', detail: 'a request body is required', code: 'required' });
      } else {
        const pointer = op.requestBody.mediaTypes[mediaType];
        if (pointer) {
          const validate = this.compiled(this.bodies, pointer, 'body');
          if (!validate(req.body)) errors.push(...toFieldErrors(validate.errors, '', false));
        }
      }
    }
    return errors;
  }

  /** For tests and the contract harness: problems with a response, empty when it conforms. */
  validateResponse(op: OperationInfo, status: number, contentType: string | null, body: unknown): string[] {
    const declared = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
    if (!declared) return [`status ${status} is not declared for ${op.operationId}`];
    const mediaTypes = Object.keys(declared.mediaTypes);
    if (mediaTypes.length === 0)
      return body === undefined || body === '' ? [] : [`${op.operationId} ${status} declares no body`];
    const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    const pointer = declared.mediaTypes[mediaType];
    if (!pointer)
      return [`${op.operationId} ${status}: content-type ${mediaType || '(none)'} not in ${mediaTypes.join(', ')}`];
    const validate = this.compiled(this.bodies, pointer, 'body');
    return validate(body)
      ? []
      : toFieldErrors(validate.errors, '', false).map((e) => `${e.pointer || '/'} ${e.detail}`);
  }
}

function toFieldErrors(errors: ErrorObject[] | null | undefined, prefix: string, isParam: boolean): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // oneOf/anyOf/if report a summary on top of the branch errors; the branches say more.
    if (['oneOf', 'anyOf', 'if', 'allOf'].includes(e.keyword)) continue;
    let pointer = isParam ? prefix : e.instancePath;
    let detail = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      pointer = isParam ? prefix : `${e.instancePath}/${missing}`;
      detail = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      pointer = `${e.instancePath}/${extra}`;
      detail = 'is not a known field';
    } else if (e.keyword === 'enum') {
      detail = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    const key = `${pointer}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, detail, code: e.keyword });
  }
  return out;
}
