// Names: splitting spec identifiers into words, casing per language, and the resource/method table.

/** `getIrnByDocument` -> [get, irn, by, document]; `SignedQRCode` -> [signed, qr, code]; `doc_no` -> [doc, no]. */
export function words(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.:/{}]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export const snake = (w: string[]): string => w.join('_');
export const pascal = (w: string[]): string => w.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join('');
export const camel = (w: string[]): string => {
  const p = pascal(w);
  return p.charAt(0).toLowerCase() + p.slice(1);
};
export const screaming = (w: string[]): string => snake(w).toUpperCase();

/** Go initialisms, so generated names read like hand-written Go (`ID`, `URL`, `IRN`...). */
const GO_INITIALISMS = new Set([
  'id',
  'url',
  'uri',
  'http',
  'json',
  'ip',
  'irn',
  'ewb',
  'gstin',
  'gsp',
  'irp',
  'nic',
  'qr',
  'api',
  'pin',
  'ms',
  'ack',
  'hsn',
  'uqc',
  'gst',
  'igst',
  'cgst',
  'sgst',
  'sez',
  'b2b',
  'rps',
]);
const GO_KEEP = new Set(['ack', 'pin', 'ms', 'gst', 'hsn']); // common words that read better in Pascal case
const GO_MIXED: Record<string, string> = { oauth: 'OAuth' }; // spelled as Go's own x/oauth2 docs spell it

export function goName(w: string[]): string {
  const init = (x: string) => GO_INITIALISMS.has(x) && !GO_KEEP.has(x);
  return w
    .map((x) =>
      GO_MIXED[x]
        ? GO_MIXED[x]
        : init(x)
          ? x.toUpperCase()
          : x.endsWith('s') && init(x.slice(0, -1))
            ? `${x.slice(0, -1).toUpperCase()}s`
            : x.charAt(0).toUpperCase() + x.slice(1),
    )
    .join('');
}

/** An unexported Go identifier (parameters): `clientID`, `ewbNo`, `irn`; initialisms after the first word stay upper. */
export function goLocalName(w: string[]): string {
  const [first = '', ...rest] = w;
  return first.toLowerCase() + goName(rest);
}

/**
 * Resource and method names per operationId. Operations not listed fall back to: resource = first tag,
 * method = operationId words (so a new operation in the spec still generates, just less nicely named).
 */
export const OPERATION_NAMES: Record<string, [resource: string, method: string]> = {
  createToken: ['oauth', 'create_token'],
  registerGstin: ['gstins', 'register'],
  listGstins: ['gstins', 'list'],
  getGstin: ['gstins', 'get'],
  updateGstin: ['gstins', 'update'],
  deleteGstin: ['gstins', 'delete'],
  listGstinGspRoutes: ['gstins', 'list_gsp_routes'],
  putGstinGspRoute: ['gstins', 'set_gsp_route'],
  deleteGstinGspRoute: ['gstins', 'delete_gsp_route'],
  createCredential: ['credentials', 'create'],
  listCredentials: ['credentials', 'list'],
  getCredential: ['credentials', 'get'],
  revokeCredential: ['credentials', 'revoke'],
  addCredentialSecret: ['credentials', 'add_secret'],
  revokeCredentialSecret: ['credentials', 'revoke_secret'],
  listAuditEvents: ['audit_events', 'list'],
  generateIrn: ['irn', 'generate'],
  bulkGenerateIrn: ['irn', 'bulk_generate'],
  getBulkJob: ['bulk_jobs', 'get'],
  listBulkJobResults: ['bulk_jobs', 'list_results'],
  getIrnByDocument: ['irn', 'get_by_document'],
  getIrn: ['irn', 'get'],
  cancelIrn: ['irn', 'cancel'],
  generateNote: ['notes', 'generate'],
  generateEwb: ['ewb', 'generate'],
  getEwb: ['ewb', 'get'],
  updateEwbVehicle: ['ewb', 'update_vehicle'],
  extendEwb: ['ewb', 'extend'],
  cancelEwb: ['ewb', 'cancel'],
  listDocuments: ['documents', 'list'],
  exportDocuments: ['documents', 'export'],
  getGstinDetails: ['gstin_details', 'get'],
  getTaxpayer: ['taxpayers', 'get'],
  createWebhookEndpoint: ['webhook_endpoints', 'create'],
  listWebhookEndpoints: ['webhook_endpoints', 'list'],
  getWebhookEndpoint: ['webhook_endpoints', 'get'],
  updateWebhookEndpoint: ['webhook_endpoints', 'update'],
  deleteWebhookEndpoint: ['webhook_endpoints', 'delete'],
  rotateWebhookSecret: ['webhook_endpoints', 'rotate_secret'],
  listWebhookDeliveries: ['webhook_deliveries', 'list'],
  replayWebhookDelivery: ['webhook_deliveries', 'replay'],
  listRequestLogs: ['logs', 'list'],
  exportRequestLogs: ['logs', 'export'],
  getRequestLog: ['logs', 'get'],
  getStatus: ['status', 'get'],
  setSandboxFaults: ['sandbox', 'set_faults'],
  createTestClock: ['test_clocks', 'create'],
  listTestClocks: ['test_clocks', 'list'],
  getTestClock: ['test_clocks', 'get'],
  advanceTestClock: ['test_clocks', 'advance'],
  deleteTestClock: ['test_clocks', 'delete'],
};

/** NDJSON exports declare `type: string`; the item schema each line holds. */
export const STREAM_ITEMS: Record<string, string> = {
  exportDocuments: 'DocumentSummary',
  exportRequestLogs: 'RequestLog',
};

/** Name of the synthetic discriminated union of every webhook payload. */
export const WEBHOOK_UNION = 'WebhookEvent';
