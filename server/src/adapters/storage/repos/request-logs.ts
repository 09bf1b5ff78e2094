import {
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type Selectable,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import type {
  ApiWarning,
  RequestLogRecord,
  RequestLogSummaryRecord,
  SchemaTranslation,
} from '../../../app/ports/records.js';
import type { Page, RequestLogQuery, RequestLogRepo, UsageTally } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { type Codec, type DialectName, readBoolean, readDate, readNumber } from '../dialect.js';
import { fetchSize, STREAM_CHUNK, toPage } from '../pagination.js';
import type { Database, RequestLogsTable } from '../schema.js';

type Filters = Omit<RequestLogQuery, 'limit' | 'startingAfter'>;
const SUMMARY_COLUMNS = [
  'id',
  'account_id',
  'request_id',
  'gstin',
  'client_id',
  'operation',
  'method',
  'path',
  'status',
  'idempotency_key',
  'replayed',
  'irn',
  'latency_ms',
  'upstream_attempts',
  'created_at',
  'api_version',
  'warnings',
  'tenant_id',
] as const;
type LogQuery = SelectQueryBuilder<Database, 'request_logs', Selectable<RequestLogsTable>>;

/**
 * A document answer's signed JWTs are the bulk of its log row (about 4.5 KB of its 5), and the document row
 * already holds them, unchanging once the IRN exists (issue #19: store the signed payload once). The row keeps
 * a reference in their place when the answer is the document of the logged IRN; reading the log puts them back,
 * so the log detail and the export still show the full answer.
 */
const SIGNED_FIELDS = [
  ['SignedInvoice', 'signed_invoice'],
  ['SignedQRCode', 'signed_qr_code'],
] as const;
const referenceTo = (column: string) => `$document.${column}`;

const isAnswerObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function withoutSignedPayload(l: RequestLogRecord): unknown {
  const body = l.responseBody;
  if (l.irn === null || l.gstin === null || !isAnswerObject(body)) return body;
  if (body.Irn !== l.irn) return body;
  const out = { ...body };
  for (const [field, column] of SIGNED_FIELDS) if (typeof out[field] === 'string') out[field] = referenceTo(column);
  return out;
}

/**
 * The request body of a generate is the document's payload, stored in the document row already (about 1.5 KB
 * of an invoice): the log row keeps this reference instead when, at insert, the logged IRN's document holds
 * exactly that payload (compared in the INSERT itself). A document's payload never changes once it has an
 * IRN (only a pending or failed document is submitted again), so the reference stays true.
 */
const PAYLOAD_REFERENCE = referenceTo('payload');

type LogRow = Insertable<RequestLogsTable>;
type ReferencingRow = LogRow & { account_id: string; gstin: string; irn: string; request_body: string };
type AnsweringRow = ReferencingRow & { response_body: string; answer_event: string };

/** The request body as given, or PAYLOAD_REFERENCE when the logged IRN's document holds exactly this body. */
function payloadOrReference(dialect: DialectName, row: ReferencingRow): RawBuilder<string> {
  const json = row.request_body;
  // Compared as text: SQLite stores the JSON text as written; PostgreSQL's jsonb prints one canonical text.
  const jsonb = dialect === 'postgres';
  const payload = jsonb ? sql`d.payload::text` : sql`d.payload`;
  const given = jsonb ? sql`cast(${json} as jsonb)::text` : sql`${json}`;
  const reference = JSON.stringify(PAYLOAD_REFERENCE);
  return sql<string>`(case when exists (select 1 from documents d where d.account_id = ${row.account_id}
      and d.gstin = ${row.gstin} and d.irn = ${row.irn} and ${payload} = ${given})
      then ${jsonb ? sql`cast(${reference} as jsonb)` : reference} else ${jsonb ? sql`cast(${json} as jsonb)` : json} end)`;
}

/**
 * A generate's answer is the document as presented, the very `data` of the `irn.generated` / `note.generated`
 * event written with it (about 750 B once the JWTs are references; ADR 0035). The row keeps a reference to
 * that event instead when, at insert, the event's data is exactly the body (compared in the INSERT: as text on
 * SQLite, which keeps the JSON text as written; as jsonb on PostgreSQL). Anything else (another API version's
 * shape, a replay, a problem) differs and is stored in full. An event is never updated nor deleted.
 */
const EVENT_REFERENCE = '$event:';

function answerOrReference(dialect: DialectName, row: AnsweringRow): RawBuilder<string> {
  const json = row.response_body;
  const jsonb = dialect === 'postgres';
  const data = jsonb ? sql`o.payload->'data'` : sql`json_extract(o.payload, '$.data')`;
  const given = jsonb ? sql`cast(${json} as jsonb)` : sql`${json}`;
  const reference = jsonb
    ? sql`to_jsonb(cast(${EVENT_REFERENCE} as text) || cast(${row.answer_event} as text))`
    : sql`json_quote(${EVENT_REFERENCE} || ${row.answer_event})`;
  return sql<string>`(case when exists (select 1 from outbox_events o where o.id = ${row.answer_event}
      and o.account_id = ${row.account_id} and ${data} = ${given}) then ${reference} else ${given} end)`;
}

// One row per request, compiled once (compiled.ts): as given, or with the references decided in the INSERT.
const INSERT = compiled('requestLogs.insert', (db, row: LogRow) => db.insertInto('request_logs').values(row));
const referencingInsert = (dialect: DialectName) =>
  compiled(`requestLogs.insertReferencingPayload/${dialect}`, (db, row: ReferencingRow) =>
    db.insertInto('request_logs').values({ ...row, request_body: payloadOrReference(dialect, row) }),
  );
const INSERT_REFERENCING_PAYLOAD = { sqlite: referencingInsert('sqlite'), postgres: referencingInsert('postgres') };
const answeringInsert = (dialect: DialectName) =>
  compiled(`requestLogs.insertReferencingAnswer/${dialect}`, (db, { answer_event, ...row }: AnsweringRow) =>
    db.insertInto('request_logs').values({
      ...row,
      request_body: payloadOrReference(dialect, row),
      response_body: answerOrReference(dialect, { ...row, answer_event }),
    }),
  );
const INSERT_REFERENCING_ANSWER = { sqlite: answeringInsert('sqlite'), postgres: answeringInsert('postgres') };

/** The event id a stored response body references, if it is a reference. */
const eventReferenced = (body: unknown): string | undefined =>
  typeof body === 'string' && body.startsWith(EVENT_REFERENCE) ? body.slice(EVENT_REFERENCE.length) : undefined;

/** The logged IRN's document's column, read with the log row (null when the row references none). */
const ofDocument = <C extends 'signed_invoice' | 'signed_qr_code' | 'payload'>(
  eb: ExpressionBuilder<Database, 'request_logs'>,
  column: C,
) =>
  eb
    .selectFrom('documents as d')
    .select(`d.${column}`)
    .whereRef('d.account_id', '=', 'request_logs.account_id')
    .whereRef('d.gstin', '=', 'request_logs.gstin')
    .whereRef('d.irn', '=', 'request_logs.irn')
    .limit(1)
    .as(`doc_${column}`);
type SignedColumns = { doc_signed_invoice: string | null; doc_signed_qr_code: string | null; doc_payload: unknown };

export class SqlRequestLogRepo implements RequestLogRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: Codec,
  ) {}

  async insert(l: RequestLogRecord, options: { answerEvent?: string } = {}): Promise<void> {
    const row = {
      id: l.id,
      account_id: l.accountId,
      request_id: l.requestId,
      gstin: l.gstin,
      client_id: l.clientId,
      operation: l.operation,
      method: l.method,
      path: l.path,
      status: l.status,
      idempotency_key: l.idempotencyKey,
      replayed: this.codec.boolean(l.replayed),
      irn: l.irn,
      latency_ms: this.codec.json(l.latencyMs ?? {}),
      upstream_attempts: this.codec.json(l.upstreamAttempts ?? []),
      request_body: this.codec.json(l.requestBody),
      response_body: this.codec.json(withoutSignedPayload(l)),
      created_at: this.codec.timestamp(l.createdAt),
      api_version: l.apiVersion ?? null,
      warnings: l.warnings?.length ? this.codec.json(l.warnings) : null,
      schema_translation: l.schemaTranslation ? this.codec.json(l.schemaTranslation) : null,
      tenant_id: l.tenantId ?? null,
    };
    // Only an object body logged with an IRN can be that IRN's document's payload (compared in the INSERT).
    const { account_id, gstin, irn, request_body, response_body } = row;
    const { answerEvent } = options;
    if (
      account_id === null ||
      gstin === null ||
      irn === null ||
      request_body === null ||
      !isAnswerObject(l.requestBody)
    )
      await INSERT.execute(this.db, row);
    // Only an object answer can be the event's data (a document), referenced when it is exactly that.
    else if (answerEvent !== undefined && response_body !== null && isAnswerObject(l.responseBody)) {
      const answering = { ...row, account_id, gstin, irn, request_body, response_body, answer_event: answerEvent };
      await INSERT_REFERENCING_ANSWER[this.codec.dialect].execute(this.db, answering);
    } else
      await INSERT_REFERENCING_PAYLOAD[this.codec.dialect].execute(this.db, {
        ...row,
        account_id,
        gstin,
        irn,
        request_body,
      });
  }

  async get(accountId: string, id: string): Promise<RequestLogRecord | undefined> {
    const row = await this.db
      .selectFrom('request_logs')
      .selectAll()
      .select((eb) => [ofDocument(eb, 'signed_invoice'), ofDocument(eb, 'signed_qr_code'), ofDocument(eb, 'payload')])
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const answers = await this.answersOf(accountId, [row]);
    return this.toLog(row, answers);
  }

  /** Newest first (ids are time-ordered); summaries: the body columns are never read for a page. */
  async list(accountId: string, query: RequestLogQuery): Promise<Page<RequestLogSummaryRecord>> {
    let q = this.filtered(accountId, query).clearSelect().select(SUMMARY_COLUMNS);
    if (query.startingAfter !== undefined) q = q.where('id', '<', query.startingAfter);
    const rows = await q.orderBy('id', 'desc').limit(fetchSize(query)).execute();
    return toPage(rows, query, (r) => this.toSummary(r));
  }

  /** Oldest first, in chunks of STREAM_CHUNK by keyset, so no connection is held between chunks. */
  async *stream(accountId: string, query: Filters): AsyncIterable<RequestLogRecord> {
    let after: string | undefined;
    for (;;) {
      let q = this.filtered(accountId, query);
      if (after !== undefined) q = q.where('id', '>', after);
      const rows = await q
        .select((eb) => [ofDocument(eb, 'signed_invoice'), ofDocument(eb, 'signed_qr_code'), ofDocument(eb, 'payload')])
        .orderBy('id', 'asc')
        .limit(STREAM_CHUNK)
        .execute();
      const answers = await this.answersOf(accountId, rows);
      for (const row of rows) yield this.toLog(row, answers);
      if (rows.length < STREAM_CHUNK) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /**
   * Two grouped scans of the `request_logs_usage` index (migration 0017): the counts read the index alone
   * (account, time, operation, status, replayed); the bulk records read the rows of bulk calls only, for the
   * `summary.total` of their answer. A row per (IST day, operation), so at most days x operations rows.
   */
  async usage(accountId: string, range: { from: Date; to: Date; tenantId?: string }): Promise<UsageTally[]> {
    const day = this.istDay();
    const counts = await this.billable(accountId, range)
      .select([day.as('day'), 'operation', (eb) => eb.fn.countAll<number | string>().as('calls')])
      .groupBy([day, 'operation'])
      .execute();
    const total =
      this.codec.dialect === 'postgres'
        ? sql<number>`coalesce(sum((response_body->'summary'->>'total')::integer), 0)`
        : sql<number>`coalesce(sum(json_extract(response_body, '$.summary.total')), 0)`;
    const bulk = await this.billable(accountId, range)
      .where('operation', '=', 'bulkGenerateIrn')
      .select([day.as('day'), total.as('records')])
      .groupBy(day)
      .execute();
    const records = new Map(bulk.map((r) => [r.day, readNumber(r.records)]));
    return counts.map((r) => ({
      day: r.day,
      operation: r.operation,
      calls: readNumber(r.calls),
      records: r.operation === 'bulkGenerateIrn' ? (records.get(r.day) ?? 0) : 0,
    }));
  }

  /**
   * The calls usage counts: the account's answered 2xx, not replays, logged within [from, to); a tenant's usage
   * is one more condition, on the tenant the log row was written for.
   */
  private billable(accountId: string, range: { from: Date; to: Date; tenantId?: string }) {
    let q = this.db.selectFrom('request_logs');
    if (range.tenantId !== undefined) q = q.where('tenant_id', '=', range.tenantId);
    return q
      .where('account_id', '=', accountId)
      .where('created_at', '>=', this.codec.timestamp(range.from))
      .where('created_at', '<', this.codec.timestamp(range.to))
      .where('status', '>=', 200)
      .where('status', '<=', 299)
      .where('replayed', '=', this.codec.boolean(false));
  }

  /** The IST (UTC+05:30, no daylight saving) calendar day of created_at, YYYY-MM-DD, on either database. */
  private istDay(): RawBuilder<string> {
    return this.codec.dialect === 'postgres'
      ? sql<string>`to_char((created_at at time zone 'UTC') + interval '330 minutes', 'YYYY-MM-DD')`
      : sql<string>`date(created_at, '+330 minutes')`;
  }

  /** gstin, irn, operation exact; status within [statusMin, statusMax]; createdAt within [from, to]. */
  private filtered(accountId: string, f: Filters): LogQuery {
    let q = this.db.selectFrom('request_logs').selectAll().where('account_id', '=', accountId);
    if (f.tenantId !== undefined) q = q.where('tenant_id', '=', f.tenantId);
    if (f.gstin !== undefined) q = q.where('gstin', '=', f.gstin);
    if (f.irn !== undefined) q = q.where('irn', '=', f.irn);
    if (f.operation !== undefined) q = q.where('operation', '=', f.operation);
    if (f.statusMin !== undefined) q = q.where('status', '>=', f.statusMin);
    if (f.statusMax !== undefined) q = q.where('status', '<=', f.statusMax);
    // Lists and streams go in id order along request_logs_list; a time range is a filter on that walk. SQLite
    // would otherwise take request_logs_usage for the range and sort every row in it (7x slower at 30k rows):
    // the unary + keeps the term off any index there.
    const createdAt = this.codec.dialect === 'sqlite' ? sql<string>`+created_at` : sql<Date>`created_at`;
    if (f.from !== undefined) q = q.where(createdAt, '>=', this.codec.timestamp(f.from));
    if (f.to !== undefined) q = q.where(createdAt, '<=', this.codec.timestamp(f.to));
    return q;
  }

  /** The `data` of the events these rows' response bodies reference, by event id (one read for all of them). */
  private async answersOf(
    accountId: string,
    rows: readonly Pick<Selectable<RequestLogsTable>, 'response_body'>[],
  ): Promise<Map<string, unknown>> {
    const ids = rows.flatMap((r) => {
      const id = eventReferenced(this.codec.parseJson(r.response_body));
      return id === undefined ? [] : [id];
    });
    if (ids.length === 0) return new Map();
    const events = await this.db
      .selectFrom('outbox_events')
      .select(['id', 'payload'])
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute();
    return new Map(events.map((e) => [e.id, (this.codec.parseJson(e.payload) as { data?: unknown } | null)?.data]));
  }

  private toLog(r: Selectable<RequestLogsTable> & SignedColumns, answers: Map<string, unknown>): RequestLogRecord {
    let responseBody = this.codec.parseJson(r.response_body);
    const event = eventReferenced(responseBody);
    if (event !== undefined && answers.has(event)) responseBody = answers.get(event);
    if (responseBody && typeof responseBody === 'object' && !Array.isArray(responseBody)) {
      const answer = responseBody as Record<string, unknown>;
      for (const [field, column] of SIGNED_FIELDS) {
        if (answer[field] !== referenceTo(column)) continue;
        responseBody = { ...(responseBody as Record<string, unknown>), [field]: r[`doc_${column}`] };
      }
    }
    let requestBody = this.codec.parseJson(r.request_body);
    if (requestBody === PAYLOAD_REFERENCE && r.doc_payload !== null) requestBody = this.codec.parseJson(r.doc_payload);
    return {
      ...this.toSummary(r),
      requestBody,
      responseBody,
      schemaTranslation: (this.codec.parseJson(r.schema_translation) ?? null) as SchemaTranslation | null,
    };
  }

  private toSummary(
    r: Omit<Selectable<RequestLogsTable>, 'request_body' | 'response_body' | 'schema_translation'>,
  ): RequestLogSummaryRecord {
    return {
      id: r.id,
      accountId: r.account_id,
      requestId: r.request_id,
      gstin: r.gstin,
      clientId: r.client_id,
      operation: r.operation,
      method: r.method,
      path: r.path,
      status: readNumber(r.status),
      idempotencyKey: r.idempotency_key,
      replayed: readBoolean(r.replayed),
      irn: r.irn,
      latencyMs: (this.codec.parseJson(r.latency_ms) ?? {}) as Record<string, number>,
      upstreamAttempts: (this.codec.parseJson(r.upstream_attempts) ?? []) as unknown[],
      createdAt: readDate(r.created_at),
      apiVersion: r.api_version ?? null,
      warnings: (this.codec.parseJson(r.warnings) ?? []) as ApiWarning[],
      tenantId: r.tenant_id ?? null,
    };
  }
}
