/**
 * NIC documents `client_id`, `Gstin`, `AuthToken`; clients in the wild send `client-id`, `gstin`, `authtoken`.
 * Match case-insensitively and treat '-' and '_' alike.
 */
export function readHeader(headers: Headers, name: string): string | undefined {
  const want = normalize(name);
  for (const [key, value] of headers) {
    if (normalize(key) === want) {
      const v = value.trim();
      return v === '' ? undefined : v;
    }
  }
  return undefined;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/-/g, '_');
}
