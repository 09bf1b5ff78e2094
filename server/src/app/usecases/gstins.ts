// GSTINs registered under an account, with the IRP API user's credentials (password sealed at rest).
import { isValidGstin } from '@einvoice/gst';
import type { Deps } from '../deps.js';
import type { Principal } from '../principal.js';
import { problems } from '../problems.js';
import type { GstinRecord } from '../ports/records.js';
import type { Page, PageQuery } from '../ports/storage.js';
import { audit } from './audit.js';

type AdminPrincipal = Extract<Principal, { kind: 'api_key' }>;

export interface RegisterGstinInput {
  gstin: string;
  irp_username: string;
  irp_password: string;
  description?: string;
  large_taxpayer?: boolean;
}

export async function registerGstin(
  deps: Deps,
  who: AdminPrincipal,
  input: RegisterGstinInput,
  meta: { requestId: string; ip: string | null },
): Promise<GstinRecord> {
  if (!isValidGstin(input.gstin)) {
    throw problems.unprocessable('invalid-gstin', 'The GSTIN is not valid', `${input.gstin} fails the GSTIN format or its check character.`, [
      { pointer: '/gstin', detail: 'format or check character is wrong', code: 'gstin_checksum' },
    ]);
  }
  const now = deps.clock.now();
  const record: GstinRecord = {
    accountId: who.accountId,
    gstin: input.gstin,
    environment: who.environment,
    description: input.description ?? null,
    irpUsername: input.irp_username,
    irpPasswordEnc: deps.box.seal(input.irp_password),
    largeTaxpayer: input.large_taxpayer ?? false,
    createdAt: now,
    updatedAt: now,
  };
  await deps.storage.transaction(async (tx) => {
    if (!(await tx.gstins.insert(record))) {
      throw problems.conflict('gstin-exists', 'This GSTIN is already registered', `${input.gstin} is already registered under this account.`);
    }
    await audit(deps, tx, {
      accountId: who.accountId,
      type: 'gstin.registered',
      actorType: 'api_key',
      actorId: who.keyId,
      gstin: input.gstin,
      requestId: meta.requestId,
      ip: meta.ip,
    });
  });
  return record;
}

export async function getGstin(deps: Deps, who: AdminPrincipal, gstin: string): Promise<GstinRecord> {
  const record = await deps.storage.gstins.get(who.accountId, gstin);
  if (!record) throw problems.notFound(`GSTIN ${gstin} is not registered under this account.`);
  return record;
}

export function listGstins(deps: Deps, who: AdminPrincipal, page: PageQuery): Promise<Page<GstinRecord>> {
  return deps.storage.gstins.list(who.accountId, page);
}
