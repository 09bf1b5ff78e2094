// The keys every server on one database must share, checked when the storage opens (migration 0010).
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A key that does not match the one the database was first opened with. */
export class KeyMismatchError extends Error {
  override name = 'KeyMismatchError';
}

/** HMAC of a fixed label under the key: equal keys give equal fingerprints, and it tells nothing of the key. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('einvoice key fingerprint v1').digest('base64url');
}

/**
 * Records each key's fingerprint the first time (any server may be first: concurrent inserts keep one row) and
 * throws KeyMismatchError naming every variable whose key differs from the recorded one.
 */
export async function checkKeyFingerprints(
  db: Kysely<Database>,
  keys: Readonly<Record<string, Buffer>>,
): Promise<void> {
  const wanted = Object.entries(keys).map(([name, key]) => ({ name, fingerprint: keyFingerprint(key) }));
  if (!wanted.length) return;
  await db
    .insertInto('key_fingerprints')
    .values(wanted)
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const recorded = new Map(
    (await db.selectFrom('key_fingerprints').select(['name', 'fingerprint']).execute()).map((r) => [
      r.name,
      r.fingerprint,
    ]),
  );
  const differing = wanted.filter((w) => recorded.get(w.name) !== w.fingerprint).map((w) => w.name);
  if (differing.length) {
    throw new KeyMismatchError(
      `${differing.join(' and ')} ${differing.length > 1 ? 'differ' : 'differs'} from the key this database was first ` +
        'opened with: every server on one database must be started with the same EINVOICE_ENCRYPTION_KEY and ' +
        'EINVOICE_HASH_PEPPER (a server with another key could not read the IRP passwords or the tokens the others ' +
        'stored). Set the values the other servers use; in sandbox mode on SQLite they are in DATA_DIR/sandbox-keys.json.',
    );
  }
}
