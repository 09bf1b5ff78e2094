// The checks that read a packed npm manifest (scripts/release/npm.sh runs it on each unpacked tarball; the
// release tests run it on tampered copies). Prints one problem per line; nothing when the package is clean.
//   node scripts/release/npm-manifest-check.cjs <unpacked package dir> <source package dir> <tarball base name> <root LICENSE>
const fs = require('node:fs');
const path = require('node:path');
const [pkgDir, srcDir, base, rootLicense] = process.argv.slice(2);
const packed = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const source = JSON.parse(fs.readFileSync(path.join(srcDir, 'package.json'), 'utf8'));
const who = packed.name;
const out = [];
const bad = (msg) => out.push(`${who}: ${msg}`);

// Versions: the tarball, its file name and the package.json it was packed from agree.
if (packed.version !== source.version)
  bad(
    `packed version ${packed.version} differs from ${path.relative(process.cwd(), srcDir)}/package.json ${source.version}`,
  );
if (!base.endsWith(`-${source.version}`)) bad(`tarball ${base}.tgz is not named for version ${source.version}`);
if (who === '@einvoice/sdk') {
  for (const f of ['dist/index.js', 'dist/index.cjs']) {
    const text = fs.existsSync(path.join(pkgDir, f)) ? fs.readFileSync(path.join(pkgDir, f), 'utf8') : '';
    const m = /SDK_VERSION = ["']([^"']+)["']/.exec(text);
    if (!m || m[1] !== source.version)
      bad(`${f} says SDK_VERSION ${m ? m[1] : '(none)'} (the User-Agent), package.json says ${source.version}`);
  }
}

// No workspace: protocol anywhere in the published manifest.
const walk = (v, at) => {
  if (typeof v === 'string' && v.startsWith('workspace:')) bad(`packed package.json has ${at} = "${v}"`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
};
walk(packed, 'package.json');

// Contents: LICENSE (the root one), README, the four dist files, nothing else.
const files = [];
const list = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) list(p);
    else files.push(path.relative(pkgDir, p));
  }
};
list(pkgDir);
if (!files.includes('LICENSE')) bad('LICENSE is missing from the tarball');
else if (!fs.readFileSync(path.join(pkgDir, 'LICENSE')).equals(fs.readFileSync(rootLicense)))
  bad('the LICENSE in the tarball is not the repository LICENSE');
// The sandbox is ESM only and carries its CLI and the contract it serves.
const expected =
  who === '@einvoice/sandbox'
    ? ['README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/openapi.yaml']
    : ['README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'];
for (const f of expected) if (!files.includes(f)) bad(`${f} is missing from the tarball`);
if (who === '@einvoice/sandbox' && packed.exports?.['./internal'])
  bad('exports "./internal" (the workspace-only entry) leaked into the published manifest');
for (const f of files)
  if (!/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f)) bad(`unexpected file in the tarball: ${f}`);

// Registry metadata.
const repo = packed.repository ?? {};
if (packed.private) bad('package.json says private: true (npm refuses to publish it)');
if (packed.license !== 'Apache-2.0') bad(`license is ${packed.license}, not Apache-2.0`);
if (repo.url !== 'git+https://github.com/einvoice-dev/einvoice.git') bad(`repository.url is ${repo.url}`);
if (repo.directory !== path.relative(path.dirname(rootLicense), srcDir))
  bad(`repository.directory is ${repo.directory}`);
if (packed.homepage !== 'https://einvoice.dev') bad(`homepage is ${packed.homepage}`);
if (packed.bugs?.url !== 'https://github.com/einvoice-dev/einvoice/issues') bad(`bugs.url is ${packed.bugs?.url}`);
if (!/^einvoice maintainers <maintainers@einvoice\.dev>$/.test(packed.author ?? '')) bad(`author is ${packed.author}`);
if (!Array.isArray(packed.keywords) || packed.keywords.length === 0) bad('keywords are missing');
if (!packed.description) bad('description is missing');
if (!/^>=\d/.test(packed.engines?.node ?? '')) bad(`engines.node is ${packed.engines?.node}`);
for (const f of ['dist', 'README.md', 'LICENSE'])
  if (!(packed.files ?? []).includes(f)) bad(`"files" does not list ${f}`);
if (packed.publishConfig?.access !== 'public')
  bad('publishConfig.access is not "public" (a scoped package would publish restricted)');
if (packed.publishConfig?.provenance !== true) bad('publishConfig.provenance is not true');
if (!source.scripts?.prepack) bad('package.json has no prepack script: a stale dist/ could ship');
for (const line of out) console.log(line);
