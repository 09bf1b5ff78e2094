// Sandbox test clocks (GSTIN token or account key). Thin: call a use case, present.
import type { Deps } from '../../app/deps.js';
import { presentList, presentTestClock } from '../../app/presenters.js';
import type { Principal } from '../../app/principal.js';
import * as clocks from '../../app/usecases/test-clocks.js';
import type { Call, Handler } from '../call.js';
import { body, pageQuery } from './helpers.js';

/** The pipeline enforced the operation's security (token or account key); this only narrows the type. */
function principalOf(call: Call): Principal {
  if (!call.principal) throw new Error(`${call.op.operationId} reached without a principal`);
  return call.principal;
}

export function testClockHandlers(deps: Deps): Record<string, Handler> {
  const id = (call: Call) => call.pathParams.test_clock_id!;
  return {
    createTestClock: async (call) => ({
      status: 201,
      body: presentTestClock(await clocks.createTestClock(deps, principalOf(call), body(call, 'createTestClock'))),
    }),
    listTestClocks: async (call) => ({
      status: 200,
      body: presentList(
        await clocks.listTestClocks(deps, principalOf(call), pageQuery(call)),
        presentTestClock,
        (c) => c.id,
      ),
    }),
    getTestClock: async (call) => ({
      status: 200,
      body: presentTestClock(await clocks.getTestClock(deps, principalOf(call), id(call))),
    }),
    advanceTestClock: async (call) => ({
      status: 200,
      body: presentTestClock(
        await clocks.advanceTestClock(deps, principalOf(call), id(call), body(call, 'advanceTestClock')),
      ),
    }),
    deleteTestClock: async (call) => {
      await clocks.deleteTestClock(deps, principalOf(call), id(call));
      return { status: 200, body: { id: id(call), object: 'test_clock', deleted: true } };
    },
  };
}
