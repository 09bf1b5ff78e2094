// Fault rehearsal needs to reach the sandbox IRP's control plane: in-process when it is embedded,
// over its /admin HTTP API when it runs on its own (crash tests, benchmarks).
import type { ActiveFault, FaultSpec, Sandbox } from '@einvoice/irp-sandbox';

export interface SandboxControl {
  injectFault(spec: FaultSpec): Promise<{ remaining: number | null }>;
  clearFaults(gstin: string): Promise<void>;
}

export function inProcessControl(sandbox: Sandbox): SandboxControl {
  return {
    injectFault: async (spec) => sandbox.admin.injectFault(spec),
    clearFaults: async (gstin) => void sandbox.admin.clearFaults(gstin),
  };
}

export function httpControl(baseUrl: string): SandboxControl {
  return {
    async injectFault(spec) {
      const res = await fetch(new URL('/admin/faults', baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      });
      if (!res.ok) throw new Error(`sandbox admin refused the fault: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { fault: ActiveFault }).fault;
    },
    async clearFaults(gstin) {
      await fetch(new URL(`/admin/faults?gstin=${encodeURIComponent(gstin)}`, baseUrl), { method: 'DELETE' });
    },
  };
}
