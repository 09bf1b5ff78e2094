import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InfoDtl } from '@einvoice/nic';
import type { Context } from 'hono';
import type { SandboxContext } from '../context.js';
import type { Operation } from '../faults/faults.js';
import { sampleLatencyMs, sleep } from '../faults/latency.js';
import { profileFor } from '../faults/production-latency.js';
import { type NicError, NicFailure, nicError } from '../protocol/errors.js';
import type { LedgerEvent } from '../store/ledger.js';

/** How a channel (NIC or GSP) shapes its failures. */
export interface ResponseShape {
  failure(c: Context, errors: NicError[], info: InfoDtl[] | null, httpStatus?: number): Response;
  /** The `down` fault: what a GSP answers when the IRP is unreachable. */
  down(c: Context): Response;
}

export interface Handled {
  response: Response;
  events: LedgerEvent[];
}

type NodeEnv = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

/**
 * Wraps every NIC/GSP call: latency profile, fault injection, error shaping, and delivery tracking for the
 * ledger (an event is `delivered` once the response is fully written, `withheld` if the caller never got it).
 */
export async function operate(
  ctx: SandboxContext,
  c: Context,
  op: Operation,
  gstin: string | undefined,
  shape: ResponseShape,
  run: () => Promise<Handled>,
): Promise<Response> {
  const delay = sampleLatencyMs(profileFor(ctx.latency.profile, op));
  if (delay > 0) await sleep(delay);

  const fault = ctx.faults.take(gstin, op);
  if (fault?.mode === 'reset') return resetConnection(c);
  if (fault?.mode === 'down') return shape.down(c);
  if (fault?.mode === 'error') {
    return shape.failure(c, [nicError(fault.code ?? '5001', fault.message)], null);
  }

  let handled: Handled;
  try {
    handled = await run();
  } catch (e) {
    if (e instanceof NicFailure) handled = { response: shape.failure(c, e.errors, e.info, e.httpStatus), events: [] };
    else {
      // A bug of ours, not the caller's: still NIC-shaped, still no stack trace on the wire.
      console.error('[irp-sandbox] internal error', e);
      handled = { response: shape.failure(c, [nicError('5001')], null, 500), events: [] };
    }
  }

  if (fault?.mode === 'timeout-after-commit') {
    for (const ev of handled.events) ev.delivery = 'withheld';
    await sleep(fault.holdMs ?? 0);
    return resetConnection(c);
  }
  trackDelivery(c, handled.events);
  return handled.response;
}

function trackDelivery(c: Context, events: LedgerEvent[]): void {
  if (events.length === 0) return;
  const out = (c.env as NodeEnv)?.outgoing;
  if (!out) {
    for (const ev of events) ev.delivery = 'delivered';
    return;
  }
  out.once('finish', () => {
    for (const ev of events) ev.delivery = 'delivered';
  });
  out.once('close', () => {
    if (!out.writableFinished) for (const ev of events) ev.delivery = 'withheld';
  });
}

/**
 * Drop the connection. On a real socket: TCP RST. Without one (app.fetch embedded in MSW or tests):
 * Response.error(), which fetch-style callers see as a network error.
 */
export function resetConnection(c: Context): Response {
  const socket = (c.env as NodeEnv)?.incoming?.socket;
  if (socket) {
    if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket.destroy();
    // node-server writes nothing to a destroyed socket; this response only ends the handler.
    return new Response(null, { status: 444 });
  }
  return Response.error();
}
