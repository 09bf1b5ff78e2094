// Sandbox test clocks: on a GSTIN client they act for its GSTIN; on the admin client (account API key) they can
// attach named GSTINs or the whole sandbox account. Production credentials get 403 `sandbox_only`.
import type { APIPromise } from '../core/api-promise.js';
import { Resource, seg } from '../core/resource.js';
import type { RequestOptions } from '../core/transport.js';
import type {
  AdvanceTestClockRequest,
  CreateTestClockRequest,
  DeletedTestClock,
  TestClock,
  TestClockList,
} from '../types.js';

export class TestClocks extends Resource {
  /** POST /v1/test_clocks: a clock frozen at `frozen_time` (default now) that the attached GSTINs follow. */
  create(body: CreateTestClockRequest = {}, options?: RequestOptions): APIPromise<TestClock> {
    return this._post('/v1/test_clocks', body, options);
  }
  get(testClockId: string, options?: RequestOptions): APIPromise<TestClock> {
    return this._get(`/v1/test_clocks/${seg(testClockId)}`, undefined, options);
  }
  list(params: { limit?: number } = {}, options?: RequestOptions): APIPromise<TestClockList> {
    return this._get('/v1/test_clocks', params, options);
  }
  /** Only forward: `{ frozen_time }` or `{ advance_by_seconds }`. */
  advance(testClockId: string, body: AdvanceTestClockRequest, options?: RequestOptions): APIPromise<TestClock> {
    return this._post(`/v1/test_clocks/${seg(testClockId)}/advance`, body, options);
  }
  delete(testClockId: string, options?: RequestOptions): APIPromise<DeletedTestClock> {
    return this.call({ method: 'DELETE', path: `/v1/test_clocks/${seg(testClockId)}` }, options);
  }
}
