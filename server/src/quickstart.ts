// What `pnpm start` prints the first time in sandbox mode: the account key (once) and the three
// curl calls that take a developer from nothing to a first IRN.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CLIENT } from '@einvoice/irp-sandbox';

export const QUICKSTART_GSTIN = '29AAACP7879D1Z0';
/** The embedded sandbox IRP accepts any user name with this password (NIC's own sandbox hands out one such pair). */
export const SANDBOX_IRP_PASSWORD = DEFAULT_CLIENT.defaultPassword ?? 'sandbox';

/** Printed at every sandbox start: what a developer needs and cannot guess. */
export function printSandboxNotes(options: {
  externalIrp: boolean;
  webhookLoopback: boolean;
  /** SANDBOX_MONTHLY_IRN_QUOTA; 0: none. */
  monthlyIrnQuota: number;
}): void {
  const lines = [
    options.externalIrp
      ? '  Sandbox IRP: external (IRP_SANDBOX_URL); use the IRP user its operator gave you.'
      : `  Sandbox IRP credentials: any irp_username, irp_password "${SANDBOX_IRP_PASSWORD}" (checked when you register a GSTIN).`,
    options.webhookLoopback
      ? '  Webhooks: sandbox mode accepts loopback receivers (http://127.0.0.1:PORT/..., http://localhost:PORT/...).'
      : '  Webhooks: https receivers on public addresses only (WEBHOOK_ALLOW_LOOPBACK=false).',
    options.monthlyIrnQuota > 0
      ? `  IRN quota: ${options.monthlyIrnQuota} free IRNs (invoices, notes, bulk records) per account per IST month; GET /v1/usage counts them (SANDBOX_MONTHLY_IRN_QUOTA=0 lifts it).`
      : '  IRN quota: none (SANDBOX_MONTHLY_IRN_QUOTA=0).',
  ];
  console.log(lines.join('\n'));
}

export function printQuickstart(url: string, apiKey: string): void {
  const examples = fileURLToPath(new URL('../../examples/curl/', import.meta.url));
  const inRepository = existsSync(`${examples}first-irn.sh`);
  const invoice = inRepository ? `${examples}invoice.json` : '<an INV-01 invoice for 29AAACP7879D1Z0>';
  const lines = [
    '',
    `  Sandbox account created. API key (shown once, store it now): ${apiKey}`,
    '',
    ...(inRepository
      ? [
          '  First IRN in one command:',
          `    EINVOICE_API_KEY=${apiKey} EINVOICE_BASE_URL=${url} ${examples}first-irn.sh`,
          '',
        ]
      : []),
    '  First IRN in three calls:',
    `  1. curl -s ${url}/v1/gstins -H 'Authorization: Bearer ${apiKey}' -H 'Content-Type: application/json' \\`,
    `       -d '{"gstin":"${QUICKSTART_GSTIN}","irp_username":"demo","irp_password":"${SANDBOX_IRP_PASSWORD}"}'`,
    `     curl -s ${url}/v1/gstins/${QUICKSTART_GSTIN}/credentials -H 'Authorization: Bearer ${apiKey}' -H 'Content-Type: application/json' \\`,
    `       -d '{"scopes":["irn:write","ewb:write","notes:write","read"]}'      # note client_id and client_secret`,
    `  2. curl -s ${url}/v1/oauth/token -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials   # note access_token`,
    '  3. the invoice, dated today (IST) with a fresh number (the IRP refuses stale dates and reused numbers):',
    `     sed -e "s|25/11/2026|$(TZ=Asia/Kolkata date +%d/%m/%Y)|" -e "s|INV/2026/00042|QS/$(date +%s)|" ${invoice} | \\`,
    `     curl -s ${url}/v1/irn -H "Authorization: Bearer $ACCESS_TOKEN" -H 'Content-Type: application/json' \\`,
    `       -H "Idempotency-Key: $(uuidgen 2>/dev/null || date +%s%N)" --data-binary @-`,
    '',
  ];
  console.log(lines.join('\n'));
}
