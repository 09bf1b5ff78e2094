// The operations of the contract, flattened: what a router, a validator or a code generator needs.
import type { OpenApiDocument } from './load.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schemaPointer: string;
}

export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  path: string; // template, e.g. /v1/irn/{irn}
  pointer: string; // JSON pointer of the operation object
  /** Alternatives, as in OpenAPI: any one satisfies. Empty: public. */
  security: { scheme: string; scopes: string[] }[];
  parameters: ParameterInfo[];
  requestBody?: { required: boolean; mediaTypes: Record<string, string> }; // media type -> schema pointer
  responses: Record<string, { mediaTypes: Record<string, string> }>; // status -> media type -> schema pointer
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function at(doc: OpenApiDocument, pointer: string): any {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node: any, key) => (node === undefined ? undefined : node[key]), doc);
}

/** Follows local `$ref`s; returns the node and the pointer it really lives at. */
export function deref(doc: OpenApiDocument, node: any, pointer: string): { node: any; pointer: string } {
  let current = { node, pointer };
  for (let hops = 0; current.node && typeof current.node.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${pointer}`);
    const target = String(current.node.$ref).replace(/^#/, '');
    current = { node: at(doc, target), pointer: target };
    if (current.node === undefined) throw new Error(`dangling $ref ${target}`);
  }
  return current;
}

function mediaSchemas(content: Record<string, any> | undefined, pointer: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const mediaType of Object.keys(content ?? {})) {
    out[mediaType] = `${pointer}/content/${escapePointer(mediaType)}/schema`;
  }
  return out;
}

export function listOperations(doc: OpenApiDocument): OperationInfo[] {
  const out: OperationInfo[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const pointer = `/paths/${escapePointer(path)}/${method}`;
      const parameters: ParameterInfo[] = (op.parameters ?? []).map((p: any, i: number) => {
        const { node, pointer: pp } = deref(doc, p, `${pointer}/parameters/${i}`);
        return { name: node.name, in: node.in, required: Boolean(node.required), schemaPointer: `${pp}/schema` };
      });
      let requestBody: OperationInfo['requestBody'];
      if (op.requestBody) {
        const { node, pointer: bp } = deref(doc, op.requestBody, `${pointer}/requestBody`);
        requestBody = { required: Boolean(node.required), mediaTypes: mediaSchemas(node.content, bp) };
      }
      const responses: OperationInfo['responses'] = {};
      for (const [status, r] of Object.entries<any>(op.responses ?? {})) {
        const { node, pointer: rp } = deref(doc, r, `${pointer}/responses/${status}`);
        responses[status] = { mediaTypes: mediaSchemas(node.content, rp) };
      }
      const security = (op.security ?? doc.security ?? []).flatMap((req: Record<string, string[]>) =>
        Object.entries(req).map(([scheme, scopes]) => ({ scheme, scopes })),
      );
      out.push({ operationId: op.operationId, method, path, pointer, security, parameters, requestBody, responses });
    }
  }
  return out;
}
