// Prometheus metrics for /metrics: request counts and latency per operation, upstream attempts per
// GSP and outcome. One registry per server instance, so tests can build several.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

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

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }

  observeCall(operation: string, status: number, seconds: number, attempts: { gsp: string; outcome: string }[]): void {
    this.requests.inc({ operation, status: String(status) });
    this.duration.observe({ operation }, seconds);
    for (const a of attempts) this.upstream.inc({ gsp: a.gsp, outcome: a.outcome });
  }
}
