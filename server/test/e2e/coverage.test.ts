// Every operation of the contract is served: nothing answers 501 "not implemented".
import { describe, expect, it } from 'vitest';
import { startHarness } from '../support/harness.js';

describe('contract coverage', () => {
  it('has a handler for every operationId in spec/openapi.yaml', async () => {
    const h = await startHarness();
    try {
      const inContract = h.server.contract.operations.map((o) => o.operationId).sort();
      expect(h.server.handledOperations.sort()).toEqual(inContract);
    } finally {
      await h.close();
    }
  });
});
