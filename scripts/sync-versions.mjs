#!/usr/bin/env node
// Changesets versions the SDKs through their private package.json shims; this writes each shim's version
// into the places its own ecosystem reads. `--check` only reports drift (CI runs it).
//   pnpm run release:version   # changeset version, then this
//   node scripts/sync-versions.mjs --check
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** [sdk folder, file, pattern whose group 1 is the version] */
const targets = [
  ['sdks/python', 'pyproject.toml', /^version = "([^"]+)"$/m],
  ['sdks/python', 'src/einvoice/_version.py', /^__version__ = "([^"]+)"$/m],
  ['sdks/java', 'pom.xml', /<artifactId>einvoice-java<\/artifactId>\s*(?:<!--[^>]*-->\s*)?<version>([^<]+)<\/version>/],
  ['sdks/java', 'src/main/java/in/einvoice/core/HttpEngine.java', /public static final String VERSION = "([^"]+)";/],
  ['sdks/go', 'internal/core/engine.go', /^const Version = "([^"]+)"$/m],
  ['sdks/php', 'src/Core/Engine.php', /public const VERSION = '([^']+)';/],
  // The examples pin the SDK a user would install (ranges in package.json/pyproject/composer follow by themselves).
  ['sdks/java', '../../examples/java/pom.xml', /<einvoice\.version>([^<]+)<\/einvoice\.version>/],
  ['sdks/go', '../../examples/go/go.mod', /^require github\.com\/einvoice\/einvoice\/sdks\/go v(\S+)$/m],
];

let drift = 0;
for (const [sdk, file, pattern] of targets) {
  const version = JSON.parse(readFileSync(join(root, sdk, 'package.json'), 'utf8')).version;
  const path = join(root, sdk, file);
  const text = readFileSync(path, 'utf8');
  const match = pattern.exec(text);
  if (!match) throw new Error(`sync-versions: no version found in ${sdk}/${file}`);
  if (match[1] === version) continue;
  drift++;
  if (check) {
    console.error(`sync-versions: ${sdk}/${file} says ${match[1]}, its package.json says ${version}`);
  } else {
    writeFileSync(path, text.replace(match[0], match[0].replace(match[1], version)));
    console.log(`sync-versions: ${sdk}/${file} -> ${version}`);
  }
}
if (check && drift) {
  console.error('sync-versions: run `node scripts/sync-versions.mjs` (or `pnpm run release:version`) and commit.');
  process.exit(1);
}
if (check) console.log('sync-versions: every SDK carries its package.json version');
