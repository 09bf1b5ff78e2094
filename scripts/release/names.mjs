#!/usr/bin/env node
// Asks each registry whether our distribution names are free or already ours (docs/adr/0006-package-names.md).
// A name that exists but points at another repository is a collision: publishing would fail, or worse, users
// following our README would install somebody else's code. Exits 1 on any collision.
//   node scripts/release/names.mjs                      the names in NAMES below
//   node scripts/release/names.mjs --pypi einvoice      one name (how the test shows a collision failing)
import { execFileSync } from 'node:child_process';

export const REPOSITORY = 'github.com/einvoice-dev/einvoice';

export const NAMES = [
  { registry: 'npm', name: '@einvoice/sdk' },
  { registry: 'npm', name: '@einvoice/webhooks' },
  { registry: 'npm', name: '@einvoice/sandbox' },
  { registry: 'pypi', name: 'einvoice-sdk' },
  { registry: 'maven', name: 'dev.einvoice:einvoice-sdk' },
  { registry: 'go', name: 'github.com/einvoice-dev/einvoice/sdks/go' },
];

const ours = (text) => typeof text === 'string' && text.includes(REPOSITORY);

async function http(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  return { status: res.status, text: res.status === 200 ? await res.text() : '' };
}

/** 'free' | 'ours' | 'taken: <why>' | 'unknown: <why>' */
const probes = {
  async npm(name) {
    try {
      const out = execFileSync('npm', ['view', name, 'repository.url', '--json'], { encoding: 'utf8', stdio: 'pipe' });
      const url = out.trim() ? JSON.parse(out) : '';
      return ours(url) ? 'ours' : `taken: ${name} exists on npm (repository ${url || 'none'})`;
    } catch (e) {
      return /E404/.test(String(e.stderr)) ? 'free' : `unknown: npm view failed: ${String(e.stderr).slice(0, 200)}`;
    }
  },
  async pypi(name) {
    let listed;
    try {
      listed = execFileSync('pip', ['index', 'versions', name], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      return /No matching distribution/.test(String(e.stderr)) ? 'free' : `unknown: ${String(e.stderr).slice(0, 200)}`;
    }
    // pip says the project exists; its metadata says whose it is.
    const meta = await http(`https://pypi.org/pypi/${name}/json`);
    const urls = meta.text ? JSON.stringify(JSON.parse(meta.text).info.project_urls ?? {}) : '';
    return ours(urls) ? 'ours' : `taken: ${listed.split('\n')[0]} on PyPI, not from ${REPOSITORY}`;
  },
  async maven(coordinates) {
    const [group, artifact] = coordinates.split(':');
    const meta = await http(
      `https://repo1.maven.org/maven2/${group.replaceAll('.', '/')}/${artifact}/maven-metadata.xml`,
    );
    if (meta.status === 404) return 'free';
    if (meta.status !== 200) return `unknown: Maven Central answered ${meta.status}`;
    // Central namespaces are verified per owner: a published groupId under our namespace is ours.
    return group === 'dev.einvoice' ? 'ours' : `taken: ${coordinates} exists on Maven Central`;
  },
  async go(module) {
    const list = await http(`https://proxy.golang.org/${module}/@v/list`);
    if (list.status === 404 || list.status === 403 || list.status === 410) return 'free';
    if (list.status !== 200) return `unknown: the Go proxy answered ${list.status}`;
    return module.startsWith(`${REPOSITORY}/`) ? 'ours' : `taken: ${module} has versions ${list.text.trim()}`;
  },
};

export async function checkNames(names = NAMES) {
  const rows = [];
  for (const { registry, name } of names) rows.push({ registry, name, answer: await probes[registry](name) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const names = args.length >= 2 ? [{ registry: args[0].replace(/^--/, ''), name: args[1] }] : NAMES;
  const rows = await checkNames(names);
  for (const r of rows) console.log(`${r.registry.padEnd(6)} ${r.name.padEnd(44)} ${r.answer}`);
  const bad = rows.filter((r) => r.answer.startsWith('taken'));
  if (bad.length) {
    console.error(`names: ${bad.length} collision(s); choose other names (docs/adr/0006-package-names.md)`);
    process.exit(1);
  }
}
