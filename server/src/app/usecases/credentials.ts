// OAuth clients per GSTIN. Secrets are shown once and stored as hashes; at most two are active so a
// client can rotate without downtime; every change is audited.
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.js';
import type { CredentialRecord, CredentialSecretRecord, Plan } from '../ports/records.js';
import type { Page, PageQuery } from '../ports/storage.js';
import { type AdminPrincipal, seesTenant } from '../principal.js';
import { problems } from '../problems.js';
import type { RequestBody } from '../request-bodies.js';
import { newId } from '../security/ids.js';
import { displayPrefix, generateSecret } from '../security/secrets.js';
import { auditCredential, revokeCredentialInTx } from './credential-changes.js';
import { getGstin } from './gstins.js';

interface Meta {
  requestId: string;
  ip: string | null;
}

export const PLAN_RPS: Record<Exclude<Plan, 'custom'>, number> = { developer: 10, standard: 100 };
const MAX_ACTIVE_SECRETS = 2;

/** A plan's rate: developer 10 rps, standard 100, custom its own rate (required then, and only then). */
export function planRate(plan: Plan, rate: number | undefined): number {
  if (plan === 'custom') {
    if (!rate)
      throw problems.unprocessable(
        'custom-plan-needs-rate',
        'A custom plan needs a rate',
        'Set rate_limit_rps with plan custom.',
        [{ pointer: '/rate_limit_rps', detail: 'is required with plan custom', code: 'required' }],
      );
    return rate;
  }
  if (rate !== undefined)
    throw problems.unprocessable(
      'rate-needs-custom-plan',
      'rate_limit_rps needs plan custom',
      `Plan ${plan} has a fixed rate of ${PLAN_RPS[plan]} requests/s.`,
      [{ pointer: '/rate_limit_rps', detail: 'is only allowed with plan custom', code: 'plan' }],
    );
  return PLAN_RPS[plan];
}

const envTag = (who: AdminPrincipal) => (who.environment === 'sandbox' ? 'test' : 'live');

function makeSecret(
  deps: Deps,
  who: AdminPrincipal,
  clientId: string,
  expiresIn?: number,
  fixed?: string,
): { plaintext: string; record: CredentialSecretRecord } {
  const now = deps.clock.now();
  const plaintext = fixed ?? generateSecret(`cs_${envTag(who)}_`);
  return {
    plaintext,
    record: {
      id: newId('sec', now),
      clientId,
      prefix: displayPrefix(plaintext),
      hash: deps.hasher.hash(plaintext),
      createdAt: now,
      expiresAt: expiresIn ? new Date(now.getTime() + expiresIn * 1000) : null,
      revokedAt: null,
      lastUsedAt: null,
    },
  };
}

/** Fixed identifiers instead of generated ones: only the sandbox seed (usecases/sandbox-seed.ts) passes them. */
export interface FixedCredential {
  clientId: string;
  clientSecret: string;
  signingKey?: string;
}

export async function createCredential(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
  input: RequestBody<'createCredential'>,
  meta: Meta,
  fixed?: FixedCredential,
) {
  const registered = await getGstin(deps, who, gstin);
  // A tenant's plan is the default of the credentials created under its GSTINs (issue #24).
  const tenant = registered.tenantId ? await deps.storage.tenants.get(who.accountId, registered.tenantId) : undefined;
  const plan = input.plan ?? tenant?.plan ?? 'developer';
  const tenantRate = input.plan === undefined && tenant?.plan === 'custom' ? tenant.rateLimitRps : undefined;
  const rateLimitRps = planRate(plan, input.rate_limit_rps ?? tenantRate);
  const now = deps.clock.now();
  const clientId = fixed?.clientId ?? newId(`cli_${envTag(who)}`, now).replace(/^(cli_\w+?)_/, '$1_');
  // The RFC 9421 HMAC key (key id = client id): shown once, sealed at rest (verifying needs it back).
  const signingKey = fixed?.signingKey ?? randomBytes(32).toString('base64');
  const credential: CredentialRecord = {
    clientId,
    accountId: who.accountId,
    gstin,
    environment: who.environment,
    name: input.name ?? null,
    scopes: [...new Set(input.scopes)],
    plan,
    rateLimitRps,
    createdAt: now,
    revokedAt: null,
    signingKeyEnc: deps.box.seal(signingKey),
    requireSignatures: input.require_signatures ?? false,
  };
  const secret = makeSecret(deps, who, clientId, undefined, fixed?.clientSecret);
  await deps.storage.transaction(async (tx) => {
    await tx.credentials.insert(credential, secret.record);
    await auditCredential(deps, tx, who, 'credential.created', { gstin, clientId }, meta, {
      scopes: credential.scopes,
      plan,
      require_signatures: credential.requireSignatures,
    });
  });
  return { credential, secrets: [secret.record], clientSecret: secret.plaintext, signingKey };
}

/** A credential of this account, or 404 (another account's credential looks absent). */
export async function ownedCredential(deps: Deps, who: AdminPrincipal, clientId: string): Promise<CredentialRecord> {
  const credential = await deps.storage.credentials.get(clientId);
  // A credential follows its GSTIN's tenant: another tenant's answers exactly as an absent one.
  if (
    !credential ||
    credential.accountId !== who.accountId ||
    (who.tenantId !== null && !seesTenant(who, await deps.storage.gstins.tenantOf(who.accountId, credential.gstin)))
  )
    throw problems.notFound(`No credential ${clientId} in this account.`);
  return credential;
}

/** One credential of this account with its secrets (ids and prefixes), as listCredentials shows each. */
export async function getCredential(deps: Deps, who: AdminPrincipal, clientId: string) {
  const credential = await ownedCredential(deps, who, clientId);
  return { credential, secrets: await deps.storage.credentials.secrets(clientId) };
}

export async function listCredentials(deps: Deps, who: AdminPrincipal, gstin: string, page: PageQuery) {
  await getGstin(deps, who, gstin);
  const result: Page<CredentialRecord> = await deps.storage.credentials.list(who.accountId, gstin, page);
  const withSecrets = await Promise.all(
    result.items.map(async (c) => ({ credential: c, secrets: await deps.storage.credentials.secrets(c.clientId) })),
  );
  return { items: withSecrets, hasMore: result.hasMore };
}

const isActive = (s: CredentialSecretRecord, now: Date) =>
  !s.revokedAt && (!s.expiresAt || s.expiresAt.getTime() > now.getTime());

export async function addCredentialSecret(
  deps: Deps,
  who: AdminPrincipal,
  clientId: string,
  expiresIn: number | undefined,
  meta: Meta,
) {
  const credential = await ownedCredential(deps, who, clientId);
  if (credential.revokedAt)
    throw problems.conflict(
      'credential-revoked',
      'The credential is revoked',
      `${clientId} was revoked; create a new credential.`,
    );
  const secret = makeSecret(deps, who, clientId, expiresIn);
  await deps.storage.transaction(async (tx) => {
    const active = (await tx.credentials.secrets(clientId)).filter((s) => isActive(s, deps.clock.now()));
    if (active.length >= MAX_ACTIVE_SECRETS) {
      throw problems.conflict(
        'too-many-secrets',
        'The credential already has two active secrets',
        'Revoke the old secret before adding another.',
      );
    }
    await tx.credentials.insertSecret(secret.record);
    await auditCredential(deps, tx, who, 'credential.secret_added', { gstin: credential.gstin, clientId }, meta, {
      secret_id: secret.record.id,
    });
  });
  return { clientSecret: secret.plaintext, secret: secret.record };
}

export async function revokeCredentialSecret(
  deps: Deps,
  who: AdminPrincipal,
  clientId: string,
  secretId: string,
  meta: Meta,
) {
  const credential = await ownedCredential(deps, who, clientId);
  await deps.storage.transaction(async (tx) => {
    const secrets = await tx.credentials.secrets(clientId);
    const target = secrets.find((s) => s.id === secretId);
    if (!target) throw problems.notFound(`No secret ${secretId} on ${clientId}.`);
    if (target.revokedAt) return;
    const now = deps.clock.now();
    if (secrets.filter((s) => isActive(s, now) && s.id !== secretId).length === 0) {
      throw problems.conflict(
        'last-secret',
        'This is the last active secret',
        'Add a new secret first, or revoke the whole credential.',
      );
    }
    await tx.credentials.revokeSecret(clientId, secretId, now);
    await auditCredential(deps, tx, who, 'credential.secret_revoked', { gstin: credential.gstin, clientId }, meta, {
      secret_id: secretId,
    });
  });
  return { credential, secrets: await deps.storage.credentials.secrets(clientId) };
}

export async function revokeCredential(deps: Deps, who: AdminPrincipal, clientId: string, meta: Meta) {
  const credential = await ownedCredential(deps, who, clientId);
  if (!credential.revokedAt)
    await deps.storage.transaction((tx) => revokeCredentialInTx(deps, tx, who, credential, meta));
  return {
    credential: (await deps.storage.credentials.get(clientId))!,
    secrets: await deps.storage.credentials.secrets(clientId),
  };
}
