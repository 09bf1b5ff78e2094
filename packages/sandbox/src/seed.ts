// The seed: which account key, GSTINs and OAuth clients the sandbox starts with. Fixed by default (like
// stripe-mock's sk_test_123), so a pipeline can hard-code them; a seed file or flags replace them. Every
// problem is reported by its JSON path, never as a stack trace.
import { readFileSync } from 'node:fs';
import { isValidGstin } from '@einvoice/gst';
import { z } from 'zod';

export const DEFAULT_GSTIN = '29AAACP7879D1Z0';
export const DEFAULT_API_KEY = 'sk_test_einvoice_sandbox_0000000000000000';
export const DEFAULT_CLIENT_ID = 'cli_test_sandbox0000000001';
export const DEFAULT_CLIENT_SECRET = 'cs_test_einvoice_sandbox_0000000000000001';
export const ALL_SCOPES = ['irn:write', 'ewb:write', 'notes:write', 'read'] as const;
/** The sandbox IRP accepts any API user name with this password. */
export const SANDBOX_IRP_PASSWORD = 'sandbox';

const token = (prefix: string, example: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}[A-Za-z0-9_-]{16,200}$`),
      `must start with ${prefix} followed by at least 16 letters, digits, _ or - (e.g. ${example})`,
    );

const credentialSchema = z
  .object({
    client_id: z.string().regex(/^cli_test_[A-Za-z0-9]{8,64}$/, 'must be cli_test_ followed by 8-64 letters or digits'),
    client_secret: token('cs_test_', DEFAULT_CLIENT_SECRET),
    name: z.string().min(1).max(100).default('sandbox'),
    scopes: z
      .array(z.enum(ALL_SCOPES))
      .min(1)
      .default([...ALL_SCOPES]),
    signing_key: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
  })
  .strict();

const gstinSchema = z
  .object({
    gstin: z.string().refine(isValidGstin, 'is not a valid GSTIN (format or check character), e.g. 29AAACP7879D1Z0'),
    irp_username: z.string().min(1).max(100).default('api_user'),
    credentials: z.array(credentialSchema).max(20).default([]),
  })
  .strict();

const seedSchema = z
  .object({
    account_name: z.string().min(1).max(100).default('Sandbox account'),
    api_key: token('sk_test_', DEFAULT_API_KEY).default(DEFAULT_API_KEY),
    gstins: z.array(gstinSchema).min(1).max(100),
  })
  .strict()
  .superRefine((seed, ctx) => {
    const gstins = new Set<string>();
    const clients = new Set<string>();
    seed.gstins.forEach((g, i) => {
      if (gstins.has(g.gstin)) ctx.addIssue({ code: 'custom', path: ['gstins', i, 'gstin'], message: 'appears twice' });
      gstins.add(g.gstin);
      g.credentials.forEach((c, j) => {
        if (clients.has(c.client_id))
          ctx.addIssue({
            code: 'custom',
            path: ['gstins', i, 'credentials', j, 'client_id'],
            message: 'appears twice',
          });
        clients.add(c.client_id);
      });
    });
  });

/** The seed file's format (JSON). */
export type SeedFile = z.input<typeof seedSchema>;
export type Seed = z.output<typeof seedSchema>;

export class SandboxUsageError extends Error {
  override name = 'SandboxUsageError';
}

/** Validates a seed object; `source` names it in messages (a file path, or "--seed"). */
export function parseSeed(value: unknown, source = 'seed'): Seed {
  const result = seedSchema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${source}: ${formatPath(i.path)}: ${i.message}`);
  throw new SandboxUsageError(`invalid seed:\n${lines.join('\n')}`);
}

export function readSeedFile(path: string): Seed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SandboxUsageError(`--seed ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SandboxUsageError(`--seed ${path}: is not valid JSON (${(error as Error).message})`);
  }
  return parseSeed(value, path);
}

/** The default seed: one GSTIN with one credential holding every scope. */
export function defaultSeed(
  overrides: { apiKey?: string; gstin?: string; clientId?: string; clientSecret?: string } = {},
): Seed {
  return parseSeed(
    {
      api_key: overrides.apiKey ?? DEFAULT_API_KEY,
      gstins: [
        {
          gstin: overrides.gstin ?? DEFAULT_GSTIN,
          credentials: [
            {
              client_id: overrides.clientId ?? DEFAULT_CLIENT_ID,
              client_secret: overrides.clientSecret ?? DEFAULT_CLIENT_SECRET,
            },
          ],
        },
      ],
    },
    'flags',
  );
}

function formatPath(path: PropertyKey[]): string {
  return path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : '(root)';
}
