// Matches a concrete request to its operation. Literal segments beat parameters, so
// /v1/irn/by-document never matches /v1/irn/{irn}.
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
    const parts = path.split('/').slice(1);
    for (const route of this.routes) {
      if (route.op.method !== (method.toLowerCase() as HttpMethod) || route.segments.length !== parts.length) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { operation: route.op, pathParams: params };
    }
    return undefined;
  }

  /** Methods allowed on a path, for 405 answers. */
  allowedMethods(path: string): string[] {
    const parts = path.split('/').slice(1);
    return this.routes
      .filter((r) => r.segments.length === parts.length && matchSegments(r.segments, parts))
      .map((r) => r.op.method.toUpperCase());
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
