// Prometheus metrics for /metrics: request counts and latency per operation, upstream attempts per
// GSP and outcome. One registry per server instance, so tests can build several.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'einvoice_http_requests_total',
    help: 'API calls by operation and status',
    labelNames: ['operation', 'status'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'einvoice_http_request_duration_seconds',
    help: 'API call latency by operation',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly upstream = new Counter({
    name: 'einvoice_upstream_attempts_total',
    help: 'Calls to GSPs/IRPs by route and outcome',
    labelNames: ['gsp', 'outcome'],
    registers: [this.registry],
  });

  private readonly reconciled = new Counter({
    name: 'einvoice_reconcile_outcomes_total',
    help: 'Reconciler tasks resolved, by kind (generate, cancel) and outcome',
    labelNames: ['kind', 'outcome'],
    registers: [this.registry],
  });
  private readonly reconcileRetries = new Counter({
    name: 'einvoice_reconcile_retries_total',
    help: 'Reconciler attempts that left the outcome unknown and were rescheduled, by kind',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  private readonly reconcileLag = new Histogram({
    name: 'einvoice_reconcile_lag_seconds',
    help: 'From handing an unknown outcome to the reconciler to resolving it, by kind',
    labelNames: ['kind'],
    buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400],
    registers: [this.registry],
  });
  /** Set from storage at scrape time (see compose.ts): open tasks and the oldest one's age. */
  readonly reconcileOpen = new Gauge({
    name: 'einvoice_reconcile_open',
    help: 'Outcomes not yet resolved by the reconciler (open tasks), by kind',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly reconcileOldest = new Gauge({
    name: 'einvoice_reconcile_oldest_open_seconds',
    help: 'Age of the oldest open reconciler task (0 when none)',
    registers: [this.registry],
  });

  private readonly statements = new Counter({
    name: 'einvoice_db_statements_total',
    help: 'SQL statements executed, and how many of them had to be prepared (parsed) first rather than reused',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  #statementsSeen = { executed: 0, prepared: 0 };

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }

  observeCall(operation: string, status: number, seconds: number, attempts: { gsp: string; outcome: string }[]): void {
    this.requests.inc({ operation, status: String(status) });
    this.duration.observe({ operation }, seconds);
    for (const a of attempts) this.upstream.inc({ gsp: a.gsp, outcome: a.outcome });
  }

  observeReconciled(kind: string, outcome: string, lagSeconds: number): void {
    this.reconciled.inc({ kind, outcome });
    this.reconcileLag.observe({ kind }, lagSeconds);
  }

  /** Brings the statement counters up to the storage's own running totals (called at scrape time). */
  setStatements(totals: { executed: number; prepared: number }): void {
    this.statements.inc({ kind: 'executed' }, Math.max(0, totals.executed - this.#statementsSeen.executed));
    this.statements.inc({ kind: 'prepared' }, Math.max(0, totals.prepared - this.#statementsSeen.prepared));
    this.#statementsSeen = { executed: totals.executed, prepared: totals.prepared };
  }

  observeReconcileRetry(kind: string): void {
    this.reconcileRetries.inc({ kind });
  }

  private readonly signatureFailures = new Counter({
    name: 'einvoice_signature_verification_failures_total',
    help: "IRNs whose signed invoice or QR code did not verify with NIC's certificates, by environment and GSP",
    labelNames: ['environment', 'gsp'],
    registers: [this.registry],
  });

  observeSignatureFailure(environment: string, gsp: string | null): void {
    this.signatureFailures.inc({ environment, gsp: gsp ?? 'unknown' });
  }

  setReconcileOpen(summary: { byKind: Record<string, number>; oldest: Date | null }, now: Date): void {
    for (const [kind, n] of Object.entries(summary.byKind)) this.reconcileOpen.set({ kind }, n);
    this.reconcileOldest.set(summary.oldest ? Math.max(0, (now.getTime() - summary.oldest.getTime()) / 1000) : 0);
  }
}
