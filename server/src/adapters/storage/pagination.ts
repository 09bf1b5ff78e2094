// Newest-first keyset pagination: fetch one row more than asked to learn whether another page exists.
import type { Page, PageQuery } from '../../app/ports/storage.js';

/** The rows to fetch for a page: limit + 1 (limit is clamped to 1..1000 so a bad caller cannot scan a table). */
export function fetchSize(query: PageQuery): number {
  return clampLimit(query.limit) + 1;
}

export function toPage<Row, T>(rows: Row[], query: PageQuery, map: (row: Row) => T): Page<T> {
  const limit = clampLimit(query.limit);
  return { items: rows.slice(0, limit).map(map), hasMore: rows.length > limit };
}

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return 1;
  return Math.min(1000, Math.max(1, Math.floor(limit)));
}

/** Rows per query when streaming: large enough to be cheap, small enough to keep memory flat. */
export const STREAM_CHUNK = 500;
