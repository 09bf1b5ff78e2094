// Sandbox-only controls: rehearse failures against the sandbox IRP, per GSTIN.
import type { FaultRehearsal } from '../../app/ports/fault-rehearsal.js';
import { problems } from '../../app/problems.js';
import type { Handler } from '../call.js';
import { body, gstinOf } from './helpers.js';

export function sandboxHandlers(rehearsal: FaultRehearsal): Record<string, Handler> {
  return {
    setSandboxFaults: async (call) => {
      const who = gstinOf(call);
      if (who.environment !== 'sandbox') {
        throw problems.sandboxOnly('Fault rehearsal is only available to sandbox credentials.');
      }
      const requested = body(call, 'setSandboxFaults').faults;
      await rehearsal.clearFaults(who.gstin);
      const active = [];
      for (const f of requested.filter((r) => r.count > 0))
        active.push({ request: f, fault: await rehearsal.injectFault(who.gstin, f) });
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
