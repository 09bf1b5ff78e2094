// Multi-GSP routing: routes in priority order, each behind a circuit breaker (cockatiel: opens after
// consecutive failures, fails fast while open, lets a probe through after `halfOpenAfterMs`). A call
// that cannot have reached the IRP (`unavailable`) fails over to the next route and, when every route
// failed, is retried with exponential backoff and full jitter until the caller's deadline, within a
// retry budget. An `ambiguous` outcome (the IRP may have committed) is returned at once: the use case
// reconciles by document details; it is never resubmitted to another GSP blindly.
import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
} from 'cockatiel';
import {
  type GspRoute,
  ROUTE_METHODS,
  type RouteHealth,
  type RouteMethod,
  type UpstreamCall,
  type UpstreamOutcome,
} from '../../app/ports/gsp.js';
import { trackRoute } from './tracked-route.js';

export interface RouterPolicy {
  /** Consecutive failures that open a route's circuit. */
  breakerThreshold: number;
  halfOpenAfterMs: number;
  /** Backoff between rounds over all routes: full jitter on min(cap, base * 2^n). */
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Default wait budget when the caller gives none. */
  defaultWaitMs: number;
  /** Retries allowed per call made, over a sliding minute (plus a floor): stops retry storms. */
  retryBudgetRatio: number;
}

export const DEFAULT_POLICY: RouterPolicy = {
  breakerThreshold: 5,
  halfOpenAfterMs: 10_000,
  backoffBaseMs: 200,
  backoffCapMs: 5_000,
  defaultWaitMs: 30_000,
  retryBudgetRatio: 0.2,
};

export interface RouteEntry {
  route: GspRoute;
  priority: number;
  displayName: string;
}

class Failed extends Error {
  constructor(readonly outcome: UpstreamOutcome<unknown>) {
    super(outcome.kind);
  }
}

/** Retries allowed = ratio x calls in the last minute + 10; every call and retry is counted. */
class RetryBudget {
  private calls: number[] = [];
  private retries: number[] = [];
  constructor(
    private readonly ratio: number,
    private readonly now: () => number,
  ) {}
  private trim() {
    const floor = this.now() - 60_000;
    this.calls = this.calls.filter((t) => t > floor);
    this.retries = this.retries.filter((t) => t > floor);
  }
  call() {
    this.calls.push(this.now());
  }
  tryRetry(): boolean {
    this.trim();
    if (this.retries.length >= this.calls.length * this.ratio + 10) return false;
    this.retries.push(this.now());
    return true;
  }
}

interface Member {
  route: ReturnType<typeof trackRoute>;
  breaker: CircuitBreakerPolicy;
  priority: number;
  /** When the circuit last opened; null while closed. */
  openedAt: number | null;
}

export class GspRouter {
  private readonly members: Member[];
  private readonly budget: RetryBudget;

  constructor(
    entries: RouteEntry[],
    private readonly policy: RouterPolicy = DEFAULT_POLICY,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.members = entries
      .map((e) => {
        const member: Member = {
          route: trackRoute(e.route, { priority: e.priority, displayName: e.displayName }, now),
          breaker: circuitBreaker(handleAll, {
            halfOpenAfter: policy.halfOpenAfterMs,
            breaker: new ConsecutiveBreaker(policy.breakerThreshold),
          }),
          priority: e.priority,
          openedAt: null,
        };
        member.breaker.onBreak(() => {
          member.openedAt = now();
        });
        // A half-open probe succeeded: the circuit is closed and the failures before it are history.
        member.breaker.onReset(() => {
          member.openedAt = null;
          member.route.recovered();
        });
        return member;
      })
      .sort((a, b) => a.priority - b.priority);
    this.budget = new RetryBudget(policy.retryBudgetRatio, now);
  }

  health(): RouteHealth[] {
    return this.members.map((m) => {
      const health = m.route.health();
      const circuit = this.circuitOf(m);
      // `down` tells SDKs to hold their calls; once a probe is due, the next call is how the route recovers,
      // so it reads `degraded` (a route that stays broken opens again on that probe and reads `down`).
      const status = circuit === 'half_open' && health.status === 'down' ? 'degraded' : health.status;
      return { ...health, status, circuit };
    });
  }

  /**
   * cockatiel moves an open circuit to half-open only inside execute(), so a route nobody calls (a backup
   * while the primary is healthy) would read `open` forever. Once `halfOpenAfterMs` has passed since it
   * opened, its next call is a probe: that is half-open, whether or not a call has come yet.
   */
  private circuitOf(m: Member): RouteHealth['circuit'] {
    const state = m.breaker.state;
    if (state === CircuitState.Open && m.openedAt !== null && this.now() - m.openedAt >= this.policy.halfOpenAfterMs)
      return 'half_open';
    return circuitName(state);
  }

  /** One member by name, health-tracked but outside the breaker and failover. */
  member(name: string): GspRoute | undefined {
    return this.members.find((m) => m.route.name === name)?.route;
  }

  /** A GspRoute that spreads each call over the members (optionally only those serving one IRP). */
  view(irp?: string | null): GspRoute {
    const members = irp ? this.members.filter((m) => m.route.irp === irp) : this.members;
    const view: Record<string, unknown> = { name: 'router', irp: irp ?? members[0]?.route.irp ?? 'unknown' };
    for (const method of ROUTE_METHODS) {
      view[method] = (who: UpstreamCall, ...args: unknown[]) => this.run(members, method, who, args);
    }
    return view as unknown as GspRoute;
  }

  private async run(
    members: Member[],
    method: RouteMethod,
    who: UpstreamCall,
    args: unknown[],
  ): Promise<UpstreamOutcome<unknown>> {
    const deadline = who.deadline ?? this.now() + this.policy.defaultWaitMs;
    this.budget.call();
    let last: UpstreamOutcome<unknown> = { kind: 'unavailable', detail: 'no GSP route is configured' };
    for (let round = 0; ; round++) {
      let allOpen = true;
      // Only an outage is worth another round: a refused login stays refused (and NIC locks an API user out
      // after repeated wrong passwords), so a round of nothing but refusals ends the call.
      let worthRetrying = false;
      for (const m of members) {
        // No peeking at m.breaker.state: cockatiel moves an open circuit to half-open only inside
        // execute(), which fails fast (BrokenCircuitError) until the probe is due.
        let outcome: UpstreamOutcome<unknown>;
        try {
          outcome = await m.breaker.execute(async () => {
            allOpen = false; // this round reached a route: backing off from here spends the retry budget
            const o = await (m.route[method] as (...a: unknown[]) => Promise<UpstreamOutcome<unknown>>)(who, ...args);
            // A refused login is one taxpayer's credentials, not the route failing: it must not open the circuit
            // every other GSTIN on this route depends on.
            if ((o.kind === 'unavailable' && !o.credentials) || o.kind === 'ambiguous') throw new Failed(o);
            return o;
          });
        } catch (error) {
          if (error instanceof BrokenCircuitError) {
            who.trace?.({
              gsp: m.route.name,
              irp: null,
              status: null,
              nicCode: null,
              latencyMs: 0,
              outcome: 'circuit_open',
              startedAt: new Date(this.now()),
            });
            last = { kind: 'unavailable', detail: `${m.route.name}: circuit open` };
            worthRetrying = true;
            continue;
          }
          if (!(error instanceof Failed)) throw error;
          outcome = error.outcome;
        }
        if (outcome.kind === 'unavailable' && outcome.credentials)
          who.onCredentialsRefused?.(m.route.name, outcome.detail);
        // Reconcile first; never another GSP blindly. `via` says where the write may have landed.
        if (outcome.kind === 'ambiguous') return { ...outcome, via: { gsp: m.route.name, irp: m.route.irp } };
        if (outcome.kind !== 'unavailable') {
          return outcome.kind === 'ok' ? { ...outcome, via: { gsp: m.route.name, irp: m.route.irp } } : outcome;
        }
        if (!outcome.credentials) worthRetrying = true;
        last = outcome;
      }
      if (!worthRetrying) return last;
      // While every circuit is open there is nothing to back off from: wait for the next probe instead.
      const cap = allOpen ? Math.min(this.policy.backoffCapMs, this.policy.halfOpenAfterMs) : this.policy.backoffCapMs;
      const delay = Math.random() * Math.min(cap, this.policy.backoffBaseMs * 2 ** round);
      // Waiting out open circuits sends nothing upstream, so only real retries spend the budget.
      if (this.now() + delay >= deadline || (!allOpen && !this.budget.tryRetry())) return last;
      await this.sleep(delay);
    }
  }
}

function circuitName(state: CircuitState): RouteHealth['circuit'] {
  return state === CircuitState.Open || state === CircuitState.Isolated
    ? 'open'
    : state === CircuitState.HalfOpen
      ? 'half_open'
      : 'closed';
}
