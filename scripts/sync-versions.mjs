#!/usr/bin/env node
// The SDKs move on one version line (a changesets `fixed` group). Changesets versions them through their
// package.json (a private shim for the non-npm ones); this writes that version everywhere a user sees it in
// its own ecosystem: package metadata, User-Agent constants, README install snippets, the versions the
// examples pin. `--check` only reports drift (scripts/test.sh and pnpm release:check run it).
//   pnpm run release:version                 # changeset version, then this
//   node scripts/sync-versions.mjs --check [--root DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? args[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');

/** [package folder, file relative to it, pattern whose group 1 is the version (every match, with /g)] */
export const TARGETS = [
  ['sdks/typescript', 'src/core/transport.ts', /export const SDK_VERSION = '([^']+)';/],
  ['sdks/python', 'pyproject.toml', /^version = "([^"]+)"$/m],
  ['sdks/python', 'src/einvoice_sdk/_version.py', /^__version__ = "([^"]+)"$/m],
  ['sdks/java', 'pom.xml', /<artifactId>einvoice-sdk<\/artifactId>\s*(?:<!--[^>]*-->\s*)?<version>([^<]+)<\/version>/],
  ['sdks/java', 'README.md', /<artifactId>einvoice-sdk<\/artifactId>\s*<version>([^<]+)<\/version>/g],
  ['sdks/java', 'src/main/java/dev/einvoice/core/HttpEngine.java', /public static final String VERSION = "([^"]+)";/],
  ['sdks/go', 'internal/core/engine.go', /^const Version = "([^"]+)"$/m],
  ['sdks/go', 'README.md', /sdks\/go@v(\d+\.\d+\.\d+)/g],
  ['sdks/php', 'src/Core/Engine.php', /public const VERSION = '([^']+)';/],
  // The examples pin the SDK a user would install (ranges in package.json/pyproject/composer follow by themselves).
  ['sdks/java', '../../examples/java/pom.xml', /<einvoice\.version>([^<]+)<\/einvoice\.version>/],
  ['sdks/go', '../../examples/go/go.mod', /^require github\.com\/einvoice-dev\/einvoice\/sdks\/go v(\S+)$/m],
];

/** Writes (or with check, reports) every stale version under root; returns how many files drift. */
export function syncVersions(root, check) {
  let drift = 0;
  for (const [pkg, file, pattern] of TARGETS) {
    const version = JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')).version;
    const path = join(root, pkg, file);
    const text = readFileSync(path, 'utf8');
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    const found = [...text.matchAll(global)];
    if (found.length === 0) throw new Error(`sync-versions: no version found in ${pkg}/${file} (${pattern})`);
    const stale = found.filter((m) => m[1] !== version);
    if (stale.length === 0) continue;
    drift++;
    if (check) {
      console.error(`sync-versions: ${pkg}/${file} says ${stale[0][1]}, ${pkg}/package.json says ${version}`);
    } else {
      writeFileSync(
        path,
        text.replace(global, (m, v) => m.replace(v, version)),
      );
      console.log(`sync-versions: ${pkg}/${file} -> ${version}`);
    }
  }
  return drift;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const drift = syncVersions(root, check);
  if (check && drift) {
    console.error('sync-versions: run `node scripts/sync-versions.mjs` (or `pnpm run release:version`) and commit.');
    process.exit(1);
  }
  if (check) console.log('sync-versions: every version a user sees matches its package.json');
}
