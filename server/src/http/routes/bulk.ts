// Bulk jobs (/v1/irn/bulk): create one, read its progress, list its per-record results. The create call runs
// the job at once in this process and waits for it within `Prefer: wait=N` (default 30 s, never past the
// Idempotency-Key's lock): a job done by then is answered 200 `bulk_result` as before; one that is not is
// answered 202 `bulk_job` and finishes in the background (after a crash, in whichever process claims it).
// A resubmission under the same Idempotency-Key answers the same job, never a new one.
import type { Deps } from '../../app/deps.js';
import type { UpstreamCall } from '../../app/ports/gsp.js';
import type { BulkJobRecord } from '../../app/ports/records.js';
import { presentBulkJob, presentBulkRecord, presentBulkResult, presentList } from '../../app/presenters.js';
import { problems } from '../../app/problems.js';
import { createBulkJob } from '../../app/usecases/documents/bulk.js';
import type { Call, Handler, Reply } from '../call.js';
import { parsePrefer, preferenceApplied } from '../prefer.js';
import { body, gstinOf, pageQuery, traceInto, waitBudgetMs } from './helpers.js';

export interface BulkRunner {
  /** Lease of a job, held by its runner and renewed while it runs. */
  leaseMs: number;
  /** Runs a job whose lease was taken at creation (adapters/queue/bulk-worker.ts); resolves when the run ends. */
  runHeld(job: BulkJobRecord, trace?: UpstreamCall['trace']): Promise<void>;
}

const POLL_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function bulkHandlers(deps: Deps, runner: BulkRunner): Record<string, Handler> {
  const repo = deps.storage.bulkJobs;
  const location = (job: BulkJobRecord) => `/v1/irn/bulk/${job.id}`;

  /** The job as it stands: the full result once completed, its progress before. */
  async function answer(call: Call, id: string, replayed: boolean): Promise<Reply> {
    const who = gstinOf(call);
    const job = await repo.get(who.accountId, who.gstin, id);
    if (!job) throw new Error(`bulk job ${id} vanished`);
    const counts = await repo.counts(job.id);
    const headers = { location: location(job), 'idempotent-replayed': String(replayed) };
    // Kept unlocked under the key (never a stored snapshot): a resubmission reports the job as it is then.
    const keep = { noStore: true, ...(call.idempotency ? { deferTo: job.id } : {}) };
    if (job.status === 'completed') {
      const records = await repo.listRecords(job.id, { limit: job.total });
      return { status: 200, body: presentBulkResult(job, counts, records.items), headers, ...keep };
    }
    return {
      status: 202,
      body: presentBulkJob(job, counts),
      headers: { ...headers, 'retry-after': '5' },
      ...keep,
    };
  }

  async function untilCompleted(call: Call, id: string, end: number): Promise<void> {
    const who = gstinOf(call);
    while (Date.now() < end) {
      const job = await repo.get(who.accountId, who.gstin, id);
      if (!job || job.status === 'completed') return;
      await sleep(Math.min(POLL_MS, Math.max(0, end - Date.now())));
    }
  }

  const create: Handler = async (call) => {
    const who = gstinOf(call);
    const budgetMs = waitBudgetMs(call, deps.settings.idempotencyLockSeconds);
    const end = Date.now() + budgetMs;
    const { job, created } = await createBulkJob(deps, who, body(call, 'bulkGenerateIrn').documents, {
      requestId: call.requestId,
      idempotencyKey: call.idempotency?.key ?? null,
      leaseMs: runner.leaseMs,
    });
    if (created) {
      // Runs on after the answer when the wait runs out; its faults go to the runner's log, never to this call.
      const run = runner.runHeld(job, traceInto(call));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([run, new Promise((r) => (timer = setTimeout(r, budgetMs)))]);
      clearTimeout(timer);
    } else {
      await untilCompleted(call, job.id, end);
    }
    return answer(call, job.id, !created);
  };

  return {
    bulkGenerateIrn: async (call) => {
      const reply = await create(call);
      const applied = preferenceApplied(parsePrefer(call.headers.get('prefer')), reply.status);
      if (applied) reply.headers = { ...reply.headers, 'preference-applied': applied };
      return reply;
    },
    getBulkJob: async (call) => {
      const who = gstinOf(call);
      const job = await repo.get(who.accountId, who.gstin, call.pathParams.id!);
      if (!job) throw problems.notFound(`GSTIN ${who.gstin} has no bulk job ${call.pathParams.id}.`);
      return { status: 200, body: presentBulkJob(job, await repo.counts(job.id)) };
    },
    listBulkJobResults: async (call) => {
      const who = gstinOf(call);
      const job = await repo.get(who.accountId, who.gstin, call.pathParams.id!);
      if (!job) throw problems.notFound(`GSTIN ${who.gstin} has no bulk job ${call.pathParams.id}.`);
      const page = await repo.listRecords(job.id, pageQuery(call));
      return { status: 200, body: presentList(page, presentBulkRecord, (r) => String(r.index)) };
    },
  };
}
