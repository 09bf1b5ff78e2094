// Resources of a GSTIN client (OAuth access token of one GSTIN credential).
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { Resource, seg } from '../core/resource.js';
import type { RequestOptions } from '../core/transport.js';
import type {
  BulkGenerateResult,
  BulkJob,
  BulkJobRecordResult,
  CancelEwbRequest,
  CancelIrnRequest,
  DocumentSummary,
  EwayBill,
  ExportDocumentsParams,
  ExportRequestLogsParams,
  ExtendEwbRequest,
  GenerateEwbRequest,
  GetIrnByDocumentParams,
  GstinDetails,
  Invoice,
  IrnDocument,
  ListBulkJobResultsParams,
  ListDocumentsParams,
  ListRequestLogsParams,
  NoteRequest,
  RequestLog,
  SandboxFaults,
  SandboxFaultsRequest,
  Status,
  UpdateEwbVehicleRequest,
} from '../types.js';

export interface GenerateOptions extends RequestOptions {
  /** `Prefer: wait=N`: seconds to wait for the IRP before the server answers 202 `queued` (default 30). */
  waitSeconds?: number;
}

function withPrefer(options: GenerateOptions = {}): RequestOptions {
  const { waitSeconds, ...rest } = options;
  return waitSeconds === undefined ? rest : { ...rest, headers: { ...rest.headers, prefer: `wait=${waitSeconds}` } };
}

export class Irn extends Resource {
  /** POST /v1/irn: 201 generated, 200 replayed (`Idempotent-Replayed: true`), 202 queued. */
  generate(invoice: Invoice, options?: GenerateOptions): APIPromise<IrnDocument> {
    return this._post('/v1/irn', invoice, withPrefer(options));
  }
  get(irn: string, options?: RequestOptions): APIPromise<IrnDocument> {
    return this._get(`/v1/irn/${seg(irn)}`, undefined, options);
  }
  getByDocument(params: GetIrnByDocumentParams, options?: RequestOptions): APIPromise<IrnDocument> {
    return this._get('/v1/irn/by-document', params, options);
  }
  cancel(irn: string, body: CancelIrnRequest, options?: RequestOptions): APIPromise<IrnDocument> {
    return this._post(`/v1/irn/${seg(irn)}/cancel`, body, options);
  }
  /**
   * POST /v1/irn/bulk: a durable bulk job. `bulk_result` (200) when it finished within the wait, else the
   * `bulk_job` (202) that goes on in the background: follow it with `client.bulkJobs`. With the same
   * Idempotency-Key a resubmission answers the same job.
   */
  bulkGenerate(documents: Invoice[], options?: GenerateOptions): APIPromise<BulkGenerateResult | BulkJob> {
    return this._post('/v1/irn/bulk', { documents }, withPrefer(options));
  }
}

export class BulkJobs extends Resource {
  /** A bulk job's status and progress. */
  get(id: string, options?: RequestOptions): APIPromise<BulkJob> {
    return this._get(`/v1/irn/bulk/${seg(id)}`, undefined, options);
  }
  /** Its per-record results in request order; `for await (const r of client.bulkJobs.listResults(id))` walks every page. */
  listResults(
    id: string,
    params: ListBulkJobResultsParams = {},
    options?: RequestOptions,
  ): PagePromise<BulkJobRecordResult> {
    return this._list(`/v1/irn/bulk/${seg(id)}/results`, params, options);
  }
}

export class Ewb extends Resource {
  generate(body: GenerateEwbRequest, options?: GenerateOptions): APIPromise<EwayBill> {
    return this._post('/v1/ewb', body, withPrefer(options));
  }
  get(ewbNo: number, options?: RequestOptions): APIPromise<EwayBill> {
    return this._get(`/v1/ewb/${seg(ewbNo)}`, undefined, options);
  }
  updateVehicle(ewbNo: number, body: UpdateEwbVehicleRequest, options?: RequestOptions): APIPromise<EwayBill> {
    return this._post(`/v1/ewb/${seg(ewbNo)}/vehicle`, body, options);
  }
  extend(ewbNo: number, body: ExtendEwbRequest, options?: RequestOptions): APIPromise<EwayBill> {
    return this._post(`/v1/ewb/${seg(ewbNo)}/extend`, body, options);
  }
  cancel(ewbNo: number, body: CancelEwbRequest, options?: RequestOptions): APIPromise<EwayBill> {
    return this._post(`/v1/ewb/${seg(ewbNo)}/cancel`, body, options);
  }
}

export class Notes extends Resource {
  generate(note: NoteRequest, options?: GenerateOptions): APIPromise<IrnDocument> {
    return this._post('/v1/notes', note, withPrefer(options));
  }
}

export class Documents extends Resource {
  /** A page of documents; `for await (const doc of client.documents.list())` walks every page. */
  list(params: ListDocumentsParams = {}, options?: RequestOptions): PagePromise<DocumentSummary> {
    return this._list('/v1/documents', params, options);
  }
  /** Every matching document, streamed from the NDJSON export (oldest first). */
  export(params: ExportDocumentsParams = {}, options?: RequestOptions): AsyncGenerator<DocumentSummary> {
    return this.ndjson('/v1/documents/export', params, options);
  }
}

export class Logs extends Resource {
  list(params: ListRequestLogsParams = {}, options?: RequestOptions): PagePromise<RequestLog> {
    return this._list('/v1/logs', params, options);
  }
  get(logId: string, options?: RequestOptions): APIPromise<RequestLog> {
    return this._get(`/v1/logs/${seg(logId)}`, undefined, options);
  }
  export(params: ExportRequestLogsParams = {}, options?: RequestOptions): AsyncGenerator<RequestLog> {
    return this.ndjson('/v1/logs/export', params, options);
  }
}

/** A taxpayer's registration details as the IRP knows them (any GSTIN, not only yours). */
export class Taxpayers extends Resource {
  /** GET /v1/taxpayers/{gstin}: name, address, type, status and block status. */
  get(gstin: string, options?: RequestOptions): APIPromise<GstinDetails> {
    return this._get(`/v1/taxpayers/${seg(gstin)}`, undefined, options);
  }
}

/** @deprecated use {@link Taxpayers} (`client.taxpayers`); this path stops working on 2027-03-05. */
export class GstinDetailsResource extends Resource {
  /** @deprecated use `client.taxpayers.get(gstin)`, same answer; GET /v1/gstin-details/{gstin} stops working on 2027-03-05. */
  get(gstin: string, options?: RequestOptions): APIPromise<GstinDetails> {
    return this._get(`/v1/gstin-details/${seg(gstin)}`, undefined, options);
  }
}

export class StatusResource extends Resource {
  /** GET /v1/status (public, no authentication). */
  get(options?: RequestOptions): APIPromise<Status> {
    return this.call({ method: 'GET', path: '/v1/status', auth: { kind: 'none' } }, options);
  }
}

export class Sandbox extends Resource {
  /** Sandbox only: make the next requests of this GSTIN meet a failure (2150, 2283, timeouts, outages). */
  setFaults(body: SandboxFaultsRequest, options?: RequestOptions): APIPromise<SandboxFaults> {
    return this._post('/v1/sandbox/faults', body, options);
  }
}
