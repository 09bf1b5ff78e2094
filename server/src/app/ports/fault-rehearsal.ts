// Sandbox fault rehearsal (POST /v1/sandbox/faults): make the sandbox IRP misbehave for one GSTIN, in
// our API's vocabulary. The adapter translates to whatever the simulator understands.
import type { RequestBody } from '../request-bodies.js';

/** One rehearsed fault as the API names it: what goes wrong, how many times, and NIC's code for nic_error. */
export type RehearsedFault = RequestBody<'setSandboxFaults'>['faults'][number];

export interface FaultRehearsal {
  /** Forgets every fault rehearsed for the GSTIN. */
  clearFaults(gstin: string): Promise<void>;
  /** Arms one fault for the GSTIN; `remaining` is how many times it will still fire (null: unknown). */
  injectFault(gstin: string, fault: RehearsedFault): Promise<{ remaining: number | null }>;
}
