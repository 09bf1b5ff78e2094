// Fault rehearsal on the sandbox IRP: our rehearsal modes, in the simulator's vocabulary, sent through its
// control plane (in-process or over /admin, see adapters/gsp/sandbox-control.ts).
import type { FaultSpec } from '@einvoice/irp-sandbox';
import type { FaultRehearsal, RehearsedFault } from '../../app/ports/fault-rehearsal.js';
import type { SandboxControl } from '../gsp/sandbox-control.js';

/** Our rehearsal modes, in the simulator's vocabulary. */
function toSpec(gstin: string, f: RehearsedFault): FaultSpec {
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

export function sandboxFaultRehearsal(control: SandboxControl): FaultRehearsal {
  return {
    clearFaults: (gstin) => control.clearFaults(gstin),
    injectFault: (gstin, fault) => control.injectFault(toSpec(gstin, fault)),
  };
}
