// One API call as it moves through the pipeline, and what a handler answers.
import type { OperationInfo } from '@einvoice/openapi';
import type { ApiWarning, SchemaTranslation } from '../app/ports/records.js';
import type { Principal } from '../app/principal.js';

/** An Idempotency-Key this call claimed (see pipeline/idempotency.ts). */
export interface IdempotencyHandle {
  accountId: string;
  scope: string;
  key: string;
  completed: boolean;
  /** The key was answered 202 earlier (queued / being reconciled); this call reports where it stands now. */
  deferred?: boolean;
}

export interface Timings {
  auth: number;
  validation: number;
  queue: number;
  upstream: number;
  storage: number;
}

export interface UpstreamAttemptLog {
  gsp: string;
  irp: string | null;
  status: number | null;
  nic_code: string | null;
  latency_ms: number;
  outcome: 'success' | 'nic_error' | 'timeout' | 'connection_error' | 'http_error' | 'circuit_open' | 'reconciled';
  started_at: string;
}

export interface Call {
  op: OperationInfo;
  requestId: string;
  method: string;
  path: string;
  /** The request URL as received (request signatures cover it as "@target-uri"); absent when built in tests. */
  url?: URL;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  /** The body exactly as received (request signatures cover these bytes). */
  rawBody?: string;
  ip: string | null;
  receivedAt: Date;
  principal?: Principal;
  /** Present when this call claimed an Idempotency-Key; document use cases complete it in their transaction. */
  idempotency?: IdempotencyHandle;
  timings: Timings;
  upstreamAttempts: UpstreamAttemptLog[];
  /** Set by handlers so the request log can be filtered by IRN. */
  irn?: string;
  /**
   * Set by a generate's handler: the outbox event whose `data` the answer presents. The request log references
   * it instead of copying the body when the logged body is exactly that data (ADR 0035).
   */
  answerEvent?: string;
  /** The token endpoint's client, as named by the request (its account's log shows the call once it succeeds). */
  tokenClient?: { accountId: string; clientId: string };
  /** The dated API version this call is answered in (pipeline/api-version.ts). */
  apiVersion?: string;
  /** Deprecated request fields this call used (answered in `warnings`, recorded in the request log). */
  warnings?: ApiWarning[];
  /** Set when the document sent to the IRP was translated to another NIC schema version. */
  schemaTranslation?: SchemaTranslation;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** application/json unless set (problem+json, x-ndjson). */
  contentType?: string;
  /** Already-serialised JSON (Idempotency-Key replays), sent byte for byte instead of `body`. */
  rawBody?: string;
  /** Not kept for Idempotency-Key replays (a bulk job: a resubmission reports the job as it stands then). */
  noStore?: boolean;
  /**
   * A 202 for this resource (a document id): the key is kept, unlocked, until the resource's final outcome
   * completes it (the queue worker or the reconciler), so a retry then replays that outcome.
   */
  deferTo?: string;
  /** NDJSON exports stream lines instead of a body. */
  lines?: AsyncIterable<string>;
}

export type Handler = (call: Call) => Promise<Reply>;
