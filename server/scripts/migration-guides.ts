// Writes docs/migrations/*.md from the API version registry (src/app/versions/api-versions.ts): an index, one
// guide per breaking change, one upgrade guide per deprecated version and one per deprecated request field
// (each guide's URL, as sent in `Link: <...>; rel="deprecation"`, is MIGRATION_DOCS_URL + its file name).
// `--check` writes nothing and fails when a file differs or is missing or extra (`pnpm lint` runs it), so a
// registry change without regenerated guides fails CI. Run: `pnpm --filter @einvoice/server gen:migrations`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ApiChange,
  type ApiVersion,
  apiVersions,
  CURRENT_API_VERSION,
  deprecatedFields,
  deprecatedOperations,
  MIGRATION_DOCS_URL,
  type RemovalSchedule,
  windowDays,
} from '../src/app/versions/api-versions.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(ROOT, 'docs/migrations');
const HEADER =
  '<!-- Generated from server/src/app/versions/api-versions.ts by server/scripts/migration-guides.ts. Do not edit. -->\n\n';

const slugOf = (guide: string) => {
  if (!guide.startsWith(MIGRATION_DOCS_URL)) throw new Error(`guide ${guide} is not under ${MIGRATION_DOCS_URL}`);
  return guide.slice(MIGRATION_DOCS_URL.length);
};
const changeFile = (v: ApiVersion, c: ApiChange) => `${v.name}-${c.id}.md`;
const sdkLine = (v: ApiVersion) =>
  v.sdkRelease
    ? `SDK release ${v.sdkRelease} and later (TypeScript, Python, Go, Java, PHP: one version line) send \`Einvoice-Version: ${v.name}\`; upgrading the SDK moves your client to it.`
    : 'No SDK sends this version: SDKs from before dated versions send no header and get the account’s pinned version.';
const schedule = (s: RemovalSchedule) =>
  `Deprecated since ${s.announced} (\`Deprecation\` header); removed on ${s.sunset} (\`Sunset\` header), ${windowDays(s)} days later.`;

function changeGuide(v: ApiVersion, c: ApiChange): string {
  return [
    `# ${v.name}: ${c.title}`,
    '',
    `Operations: ${c.operations.map((o) => `\`${o}\``).join(', ')}.`,
    '',
    `## Before (API versions before ${v.name})`,
    '',
    c.before,
    '',
    `## From ${v.name}`,
    '',
    c.after,
    '',
    '## How to change your client',
    '',
    c.migrate,
    '',
    `To try it before moving your account, send \`Einvoice-Version: ${v.name}\` on a request; the answer's \`Einvoice-Version\` says which version answered.`,
    '',
    '## SDKs',
    '',
    sdkLine(v),
    '',
  ].join('\n');
}

function upgradeGuide(from: ApiVersion): string {
  const later = apiVersions.slice(apiVersions.indexOf(from) + 1);
  return [
    `# Upgrading from ${from.name}`,
    '',
    schedule(from.deprecation!),
    `Until then, calls pinned to ${from.name} keep their shapes; afterwards they are answered in the oldest version still supported.`,
    '',
    `What changed between ${from.name} and ${CURRENT_API_VERSION} (apply each, oldest first):`,
    '',
    ...later.flatMap((v) => v.changes.map((c) => `- [${v.name}: ${c.title}](${changeFile(v, c)})`)),
    '',
    `Then send \`Einvoice-Version: ${CURRENT_API_VERSION}\` (or upgrade the SDK: ${later[later.length - 1]?.sdkRelease ?? 'the current release'}).`,
    '',
  ].join('\n');
}

function removalGuide(title: string, s: RemovalSchedule, replacement: string): string {
  return [`# ${title}`, '', schedule(s), '', `Use instead: ${replacement}.`, ''].join('\n');
}

function index(files: string[]): string {
  const rows = apiVersions.map((v) => {
    const status =
      v.name === CURRENT_API_VERSION
        ? 'current'
        : v.deprecation
          ? `deprecated, sunset ${v.deprecation.sunset}`
          : 'supported';
    return `| \`${v.name}\` | ${status} | ${v.summary} | ${v.sdkRelease ?? '—'} |`;
  });
  return [
    '# API versions and migration guides',
    '',
    'Each account is pinned to the API version current when it was created; `Einvoice-Version: <date>` answers one request in another. Nothing is removed earlier than 90 days after its first `Deprecation` signal.',
    '',
    '| version | status | what it changed | first SDK release sending it |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Guides',
    '',
    ...files.filter((f) => f !== 'README.md').map((f) => `- [${f.replace(/\.md$/, '')}](${f})`),
    '',
  ].join('\n');
}

export function renderGuides(): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of apiVersions) for (const c of v.changes) out.set(changeFile(v, c), changeGuide(v, c));
  for (const v of apiVersions) if (v.deprecation) out.set(`${slugOf(v.deprecation.guide)}.md`, upgradeGuide(v));
  for (const f of deprecatedFields)
    out.set(
      `${slugOf(f.guide)}.md`,
      removalGuide(`\`${f.field}\` in \`${f.operation}\` is deprecated`, f, f.replacement),
    );
  for (const o of deprecatedOperations)
    out.set(`${slugOf(o.guide)}.md`, removalGuide(`\`${o.operation}\` is deprecated`, o, o.replacement));
  out.set('README.md', index([...out.keys()].sort()));
  for (const [name, text] of out) out.set(name, HEADER + text);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const wanted = renderGuides();
  const present = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.md')) : [];
  const stale = [
    ...[...wanted]
      .filter(([name, text]) => !existsSync(join(DIR, name)) || readFileSync(join(DIR, name), 'utf8') !== text)
      .map(([n]) => n),
    ...present.filter((name) => !wanted.has(name)),
  ];
  if (check) {
    if (stale.length) {
      console.error(
        `docs/migrations is stale (${stale.join(', ')}): run pnpm --filter @einvoice/server gen:migrations`,
      );
      process.exit(1);
    }
  } else {
    mkdirSync(DIR, { recursive: true });
    for (const name of present) if (!wanted.has(name)) rmSync(join(DIR, name));
    for (const [name, text] of wanted) writeFileSync(join(DIR, name), text);
    console.log(`docs/migrations: ${wanted.size} guides`);
  }
}
