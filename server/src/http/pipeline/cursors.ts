// Pagination cursors are opaque and tamper-evident: `next_cursor` is the last item's key sealed with an HMAC
// bound to the operation and the account, and `starting_after` must be such a seal. A cursor that was edited,
// invented or taken from another list is a 400 naming the parameter, instead of a silently wrong page (the
// audit saw `starting_after=zzz` list everything). Applied to every operation that takes `starting_after`.
import type { Deps } from '../../app/deps.js';
import { problems } from '../../app/problems.js';
import type { Call, Reply } from '../call.js';

const PARAM = 'starting_after';
const VERSION = 'c1';

const takesCursor = (call: Call) => call.op.parameters.some((p) => p.in === 'query' && p.name === PARAM);

function mac(deps: Deps, call: Call, key: string): string {
  const scope = `${call.op.operationId}|${call.principal?.accountId ?? ''}`;
  return deps.hasher.hash(`cursor|${scope}|${key}`).slice(0, 24);
}

/** Replaces a valid sealed `starting_after` with the key it carries; refuses anything else. */
export function openCursor(deps: Deps, call: Call): void {
  const cursor = call.query.get(PARAM);
  if (cursor === null || !takesCursor(call)) return;
  const [version, encoded, seal, extra] = cursor.split('.');
  const key = encoded && /^[A-Za-z0-9_-]+$/.test(encoded) ? Buffer.from(encoded, 'base64url').toString('utf8') : '';
  if (version !== VERSION || extra !== undefined || !key || !seal || seal !== mac(deps, call, key)) {
    throw problems.invalidRequest([
      {
        pointer: `query:${PARAM}`,
        detail: 'is not a cursor of this list: pass the next_cursor of the previous page unchanged',
        code: 'invalid_cursor',
      },
    ]);
  }
  call.query.set(PARAM, key);
}

/** Seals the `next_cursor` of a list answer. */
export function sealCursor(deps: Deps, call: Call, reply: Reply): void {
  if (!takesCursor(call) || reply.status !== 200) return;
  const body = reply.body;
  if (!isListPage(body) || typeof body.next_cursor !== 'string') return;
  const key = body.next_cursor;
  body.next_cursor = `${VERSION}.${Buffer.from(key, 'utf8').toString('base64url')}.${mac(deps, call, key)}`;
}

function isListPage(body: unknown): body is { object: 'list'; next_cursor: unknown } {
  return (
    typeof body === 'object' && body !== null && 'object' in body && body.object === 'list' && 'next_cursor' in body
  );
}
