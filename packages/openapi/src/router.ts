// Matches a concrete request to its operation. A concrete path belongs to its most specific template
// (literal segments beat parameters), as OpenAPI says: /v1/irn/by-document and /v1/irn/bulk never match
// /v1/irn/{irn}, whatever the method, so GET /v1/irn/bulk is a 405 (Allow: POST), not getIrn('bulk').
import type { HttpMethod, OperationInfo } from './operations.js';

interface Compiled {
  op: OperationInfo;
  segments: string[];
  literalCount: number;
}

export interface Match {
  operation: OperationInfo;
  pathParams: Record<string, string>;
}

export class Router {
  private readonly routes: Compiled[];

  constructor(operations: OperationInfo[]) {
    this.routes = operations
      .map((op) => {
        const segments = op.path.split('/').slice(1);
        return { op, segments, literalCount: segments.filter((s) => !s.startsWith('{')).length };
      })
      .sort((a, b) => b.literalCount - a.literalCount);
  }

  match(method: string, path: string): Match | undefined {
    for (const { route, params } of this.resolve(path)) {
      if (route.op.method === (method.toLowerCase() as HttpMethod)) return { operation: route.op, pathParams: params };
    }
    return undefined;
  }

  /** Methods allowed on a path, for 405 answers. */
  allowedMethods(path: string): string[] {
    return this.resolve(path).map(({ route }) => route.op.method.toUpperCase());
  }

  /** The operations of the path templates this concrete path belongs to (the most literal matches). */
  private resolve(path: string): { route: Compiled; params: Record<string, string> }[] {
    const parts = path.split('/').slice(1);
    const matches = this.routes.flatMap((route) => {
      if (route.segments.length !== parts.length) return [];
      const params = matchSegments(route.segments, parts);
      return params ? [{ route, params }] : [];
    });
    // Templates as literal as the best one all count: /v1/irn/bulk/{id} and /v1/irn/{irn}/cancel both fit
    // /v1/irn/bulk/cancel with three literals each, an ambiguity OpenAPI leaves to the tooling. The method then
    // decides (POST is cancelIrn, whose `irn` is then refused as a 400), and a 405 lists every such template's
    // methods.
    const best = matches[0]?.route.literalCount;
    return matches.filter((m) => m.route.literalCount === best);
  }
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    const p = parts[i]!;
    if (t.startsWith('{')) {
      if (p === '') return undefined;
      try {
        params[t.slice(1, -1)] = decodeURIComponent(p);
      } catch {
        return undefined;
      }
    } else if (t !== p) {
      return undefined;
    }
  }
  return params;
}
