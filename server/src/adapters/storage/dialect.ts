// Everything that differs between SQLite and PostgreSQL lives here, one concern per export, so the
// repositories and the migration read the same on both databases.
//
// - Column types (migration): timestamptz/jsonb/boolean/bigint on PostgreSQL; text/text/integer/integer on SQLite.
// - Values (repositories): better-sqlite3 can bind neither Date nor boolean, so on SQLite instants are written as
//   ISO-8601 UTC strings (fixed width, so they compare and sort correctly as text) and booleans as 0/1.
//   JSON is written as text on both: pg would turn a JS array parameter into a PostgreSQL array literal, and
//   jsonb accepts a text parameter. On read, pg has already parsed jsonb; SQLite hands back the text.
// - Upserts, RETURNING and row-value comparisons are the same SQL on both (SQLite >= 3.35), so they need no helper.

export type DialectName = 'sqlite' | 'postgres';

/** SQL column types per dialect, for the migration. */
export interface ColumnTypes {
  timestamp: 'timestamptz' | 'text';
  json: 'jsonb' | 'text';
  boolean: 'boolean' | 'integer';
  /** 64-bit integers (AckNo and EWB numbers exceed 2^31). */
  bigint: 'bigint' | 'integer';
  double: 'double precision' | 'real';
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'postgres'
    ? { timestamp: 'timestamptz', json: 'jsonb', boolean: 'boolean', bigint: 'bigint', double: 'double precision' }
    : { timestamp: 'text', json: 'text', boolean: 'integer', bigint: 'integer', double: 'real' };
}

/** What a column holds on the wire, for either dialect. */
export type SqlTimestamp = Date | string;
export type SqlBoolean = boolean | number;

/** Converts record values to SQL parameters and back. Writes are dialect-specific; reads accept both forms. */
export interface Codec {
  readonly dialect: DialectName;
  timestamp(value: Date): SqlTimestamp;
  timestampOrNull(value: Date | null): SqlTimestamp | null;
  boolean(value: boolean): SqlBoolean;
  /** null and undefined become SQL NULL; everything else JSON text. */
  json(value: unknown): string | null;
  parseJson(value: unknown): unknown;
}

export function codecFor(dialect: DialectName): Codec {
  if (dialect === 'postgres') {
    return {
      dialect,
      timestamp: (d) => d,
      timestampOrNull: (d) => d,
      boolean: (b) => b,
      json: (v) => (v === null || v === undefined ? null : JSON.stringify(v)),
      // jsonb arrives parsed; a JSON string value must not be parsed a second time.
      parseJson: (v) => v ?? null,
    };
  }
  return {
    dialect,
    timestamp: (d) => isoInstant(d),
    timestampOrNull: (d) => (d === null ? null : isoInstant(d)),
    boolean: (b) => (b ? 1 : 0),
    json: (v) => (v === null || v === undefined ? null : JSON.stringify(v)),
    parseJson: (v) => (v === null || v === undefined ? null : JSON.parse(String(v))),
  };
}

function isoInstant(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('storage: invalid Date');
  return d.toISOString();
}

// Reads that do not depend on the dialect.
export function readDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(String(value));
}
export function readDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : readDate(value);
}
export function readBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}
/** pg returns bigint and count(*) as strings. */
export function readNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
export function readNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : readNumber(value);
}
