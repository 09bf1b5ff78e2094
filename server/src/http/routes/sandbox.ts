// Sandbox-only controls: rehearse failures against the embedded IRP, per GSTIN.
import type { FaultSpec } from '@einvoice/irp-sandbox';
import type { SandboxControl } from '../../adapters/gsp/sandbox-control.js';
import type { Deps } from '../../app/deps.js';
import { ProblemError } from '../../app/problems.js';
import type { Handler } from '../call.js';
import { gstinOf } from './helpers.js';

interface RequestedFault {
  mode: 'duplicate' | 'irn_expired' | 'timeout_after_commit' | 'gsp_outage' | 'nic_error';
  count: number;
  code?: string;
}

/** Our rehearsal modes, in the simulator's vocabulary. */
function toSpec(gstin: string, f: RequestedFault): FaultSpec {
  switch (f.mode) {
    case 'duplicate':
      return { gstin, mode: 'error', code: '2150', message: 'Duplicate IRN', count: f.count, ops: ['generate'] };
    case 'irn_expired':
      return {
        gstin,
        mode: 'error',
        code: '2283',
        message: 'IRN details cannot be provided as it is generated more than 2 days ago',
        count: f.count,
        ops: ['get-irn', 'get-by-doc'],
      };
    case 'timeout_after_commit':
      return {
        gstin,
        mode: 'timeout-after-commit',
        count: f.count,
        ops: ['generate', 'cancel', 'ewb-generate', 'ewb-cancel'],
      };
    case 'gsp_outage':
      return { gstin, mode: 'down', count: f.count };
    case 'nic_error':
      return {
        gstin,
        mode: 'error',
        code: f.code ?? '5001',
        count: f.count,
        ops: ['generate', 'cancel', 'ewb-generate', 'ewb-cancel'],
      };
  }
}

export function sandboxHandlers(_deps: Deps, control: SandboxControl): Record<string, Handler> {
  return {
    setSandboxFaults: async (call) => {
      const who = gstinOf(call);
      if (who.environment !== 'sandbox') {
        throw new ProblemError({
          status: 403,
          slug: 'sandbox-only',
          title: 'Sandbox only',
          detail: 'Fault rehearsal is only available to sandbox credentials.',
          code: 'sandbox_only',
        });
      }
      const requested = (call.body as { faults: RequestedFault[] }).faults;
      await control.clearFaults(who.gstin);
      const active = [];
      for (const f of requested.filter((r) => r.count > 0))
        active.push({ request: f, fault: await control.injectFault(toSpec(who.gstin, f)) });
      return {
        status: 200,
        body: {
          object: 'sandbox_faults',
          gstin: who.gstin,
          faults: active.map(({ request, fault }) => ({
            mode: request.mode,
            count: request.count,
            ...(request.code ? { code: request.code } : {}),
            remaining: fault.remaining ?? request.count,
          })),
        },
      };
    },
  };
}
