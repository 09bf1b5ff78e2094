// JSON with object keys sorted, so two equal values print the same whatever their key order (a request body as
// sent, and as PostgreSQL's jsonb hands it back). Idempotency fingerprints and e-way bill change tasks use it.
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
