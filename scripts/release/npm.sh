#!/usr/bin/env bash
# npm release check (scripts/release/check.mjs runs it; docs/adr/0006-package-names.md fixes the names).
#  1. `pnpm pack` every public npm package into "$RELEASE_OUT/npm/", dist/ removed first so the package's own
#     prepack script has to build it (a stale or missing build cannot ship);
#  2. checks each tarball: publint --strict, attw (node10, node16 CJS and ESM, bundler), no `workspace:` range,
#     the root LICENSE inside, only dist/ + README + LICENSE + package.json, the tarball's version equal to
#     its package.json (and to the SDK's SDK_VERSION constant), the registry metadata fields;
#  3. installs both tarballs with npm (as users do) into a fresh project outside the workspace, proves that no
#     @einvoice/* package came from a registry, that `require` and `import` both work, that the optional peer
#     undici is left out and pinning without it fails clearly, and that a .mts and a .cts file type-check
#     with TypeScript 5.9.3 against the installed types (skipLibCheck off);
#  4. generates an IRN with the installed SDK against the sandbox at EINVOICE_BASE_URL / EINVOICE_API_KEY.
# Logs go to stderr; stdout is one JSON line. Exits 1 when any problem is listed.
#   bash examples/scripts/with-sandbox.sh bash scripts/release/npm.sh
set -euo pipefail
exec 3>&1 1>&2 # everything but the final JSON line goes to stderr

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "${RELEASE_OUT:-./release-out}"
out="$(cd "${RELEASE_OUT:-./release-out}" && pwd)/npm"
export npm_config_nodedir=${npm_config_nodedir:-/usr}
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
TYPESCRIPT=5.9.3      # the TypeScript a user type-checks with
TYPES_NODE=20.19.43   # the root package.json's @types/node
PACKAGES=(packages/webhooks sdks/typescript packages/sandbox) # dependencies first
# Installed and called below (step 3-4). The sandbox is installed and run by examples/sandbox-ci's outside-team
# test (better-sqlite3 compiles there once); here it is packed and checked only.
INSTALL=(einvoice-webhooks einvoice-sdk)
INVOICE="$root/examples/curl/invoice.json"
GSTIN=29AAACP7879D1Z0

problems=()
problem() {
  problems+=("$1")
  echo "npm.sh: PROBLEM: $1"
}
metadata=true
installed=false
first_call='not attempted'
tarballs=()
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

report() {
  node -e '
    const [registry, files, metadata, installed, firstCall, ...problems] = process.argv.slice(1);
    const fs = require("node:fs"), path = require("node:path");
    const artifacts = files.split("\n").filter(Boolean)
      .map((f) => ({ file: path.basename(f), bytes: fs.statSync(f).size }));
    console.log(JSON.stringify({ registry, artifacts, metadata: metadata === "true", installed: installed === "true",
      first_call: firstCall, problems }));
  ' npm "$(printf '%s\n' "${tarballs[@]+"${tarballs[@]}"}")" "$metadata" "$installed" "$first_call" \
    "${problems[@]+"${problems[@]}"}" >&3
  [ "${#problems[@]}" -eq 0 ]
}

rm -rf "$out"
mkdir -p "$out"
cd "$root"

# ---- 1. pack ---------------------------------------------------------------------------------------------
for dir in "${PACKAGES[@]}"; do
  name=$(node -p "require('./$dir/package.json').name")
  version=$(node -p "require('./$dir/package.json').version")
  file="$out/$(echo "${name#@}" | tr / -)-$version.tgz" # pnpm's (and npm's) tarball name
  echo "npm.sh: pnpm pack $name@$version (prepack builds dist/ from scratch)"
  rm -rf "$dir/dist"
  if (cd "$dir" && pnpm pack --pack-destination "$out") && [ -f "$file" ]; then
    tarballs+=("$file")
  else
    problem "$name: pnpm pack did not produce $(basename "$file")"
    metadata=false
  fi
done

# ---- 2. check each tarball -------------------------------------------------------------------------------
for file in "${tarballs[@]+"${tarballs[@]}"}"; do
  base=$(basename "$file" .tgz)
  unpacked="$work/unpacked/$base"
  mkdir -p "$unpacked"
  tar -xzf "$file" -C "$unpacked"
  # The checks that read the packed manifest; each prints one problem per line.
  dir=""
  for d in "${PACKAGES[@]}"; do
    [ "$(node -p "require('./$d/package.json').name")" = "$(node -p "require('$unpacked/package/package.json').name")" ] && dir=$d
  done
  found=$(
    node "$root/scripts/release/npm-manifest-check.cjs" "$unpacked/package" "$root/$dir" "$base" "$root/LICENSE"
  ) || found="$(basename "$file"): the manifest check crashed"
  if [ -n "$found" ]; then
    metadata=false
    while IFS= read -r line; do problem "$line"; done <<<"$found"
  fi

  echo "npm.sh: publint --strict $(basename "$file")"
  if ! "$root/node_modules/.bin/publint" run --strict --level suggestion "$file"; then
    metadata=false
    problem "$(basename "$file"): publint --strict failed"
  fi
  echo "npm.sh: attw $(basename "$file")"
  # The sandbox is ESM only (a CLI with top-level await, and MSW 2 is ESM-first): no CommonJS entry to check.
  profile=strict
  case "$(basename "$file")" in einvoice-sandbox-*) profile=esm-only ;; esac
  if ! "$root/node_modules/.bin/attw" "$file" --profile "$profile" --format table-flipped --no-color; then
    metadata=false
    problem "$(basename "$file"): attw (are the types wrong) failed"
  fi
done

# ---- 3. install the way a user does, outside the workspace ------------------------------------------------
if [ "${#tarballs[@]}" -ne "${#PACKAGES[@]}" ]; then
  problem 'not every package packed: install skipped'
else
  proj="$work/project"
  mkdir -p "$proj"
  cd "$proj"
  echo '{ "name": "einvoice-npm-release-check", "version": "1.0.0", "private": true }' >package.json
  echo "npm.sh: npm install of the SDK tarballs (in $proj)"
  install_ok=true
  to_install=()
  for f in "${tarballs[@]}"; do
    for n in "${INSTALL[@]}"; do [[ "$(basename "$f")" == "$n"-[0-9]* ]] && to_install+=("$f"); done
  done
  if ! npm install --engine-strict "${to_install[@]}"; then
    install_ok=false
    problem 'npm install of the tarballs failed'
  fi
  if $install_ok; then
    # Every @einvoice/* package must come from our tarballs, never from a registry (dependency confusion).
    found=$(node -e '
      const lock = require("./package-lock.json");
      for (const [p, e] of Object.entries(lock.packages))
        if (p.includes("node_modules/@einvoice/") && !String(e.resolved).startsWith("file:"))
          console.log(`${p.replace(/^.*node_modules\//, "")} was installed from ${e.resolved}, not from our tarball`);
      for (const n of ["@einvoice/sdk", "@einvoice/webhooks"])
        if (!lock.packages[`node_modules/${n}`]) console.log(`${n} is not installed`);
      if (lock.packages["node_modules/undici"]) console.log("undici was installed although it is an optional peer");
    ') || found='could not read package-lock.json'
    if [ -n "$found" ]; then
      install_ok=false
      while IFS= read -r line; do problem "npm install: $line"; done <<<"$found"
    fi
  fi
  if $install_ok; then
    # CommonJS require and ESM import, each in its own process; the same named exports both ways.
    cat >exports.cjs <<'EOF'
const sdk = require('@einvoice/sdk');
const webhooks = require('@einvoice/webhooks');
for (const n of ['Einvoice', 'EinvoiceAdmin', 'EinvoiceConfigError', 'ConflictError', 'Webhook'])
  if (typeof sdk[n] !== 'function' && typeof sdk[n] !== 'object') throw new Error(`require: ${n} is ${typeof sdk[n]}`);
if (typeof webhooks.verify !== 'function') throw new Error('require: @einvoice/webhooks has no verify');
console.log(JSON.stringify(Object.keys(sdk).sort()));
EOF
    cat >exports.mjs <<'EOF'
import * as sdk from '@einvoice/sdk';
import { verify } from '@einvoice/webhooks';
for (const n of ['Einvoice', 'EinvoiceAdmin', 'EinvoiceConfigError', 'ConflictError', 'Webhook'])
  if (typeof sdk[n] !== 'function' && typeof sdk[n] !== 'object') throw new Error(`import: ${n} is ${typeof sdk[n]}`);
if (typeof verify !== 'function') throw new Error('import: @einvoice/webhooks has no verify');
console.log(JSON.stringify(Object.keys(sdk).filter((k) => k !== 'default').sort()));
EOF
    # Pinning asked for without the optional peer undici: a clear EinvoiceConfigError, nothing sent.
    cat >pinning.cjs <<'EOF'
const { Einvoice, EinvoiceConfigError } = require('@einvoice/sdk');
const client = new Einvoice({ clientId: 'c', clientSecret: 's', baseUrl: 'https://127.0.0.1:9', maxRetries: 0, pinning: { pins: ['sha256/AAAA'] } });
client.irn.get('0'.repeat(64)).then(
  () => { console.error('a pinned request without undici succeeded'); process.exit(1); },
  (e) => {
    if (e instanceof EinvoiceConfigError && e.option === 'pinning' && /npm install undici/.test(e.message)) {
      console.log(`pinning without undici: ${e.message}`);
    } else { console.error('pinning without undici failed unclearly:', e); process.exit(1); }
  },
);
EOF
    cjs=$(node exports.cjs) || { problem "require('@einvoice/sdk') (CommonJS) failed"; install_ok=false; }
    esm=$(node exports.mjs) || { problem "import '@einvoice/sdk' (ESM) failed"; install_ok=false; }
    if $install_ok && [ "$cjs" != "$esm" ]; then
      problem "require and import export different names: CJS $cjs, ESM $esm"
      install_ok=false
    fi
    node pinning.cjs || { problem 'certificate pinning without undici does not fail with a clear EinvoiceConfigError'; install_ok=false; }
  fi
  if $install_ok; then
    echo "npm.sh: npm install -D typescript@$TYPESCRIPT @types/node@$TYPES_NODE; tsc against the installed types"
    if npm install --save-dev --save-exact "typescript@$TYPESCRIPT" "@types/node@$TYPES_NODE"; then
      cat >tsconfig.json <<'EOF'
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "lib": ["ES2023"],
    "types": ["node"], "strict": true, "noEmit": true, "skipLibCheck": false
  },
  "files": ["check.mts", "check.cts"]
}
EOF
      body='
const admin = new EinvoiceAdmin({ apiKey: "sk_test_x", baseUrl: "http://127.0.0.1:8080" });
const client = new Einvoice({ clientId: "c", clientSecret: "s", gstin: "29AAACP7879D1Z0" });
export async function irn(invoice: Invoice): Promise<string | undefined> {
  const doc = await client.irn.generate(invoice);
  const gstins = await admin.gstins.list();
  void gstins;
  return doc.Irn ?? undefined;
}
export function config(e: unknown): string | undefined {
  return e instanceof EinvoiceConfigError ? e.option : undefined;
}
// @ts-expect-error: irn.generate needs an invoice
void client.irn.generate();
verify("{}", {}, "whsec_" + "A".repeat(44));'
      printf '%s\n%s\n%s\n' "import { Einvoice, EinvoiceAdmin, EinvoiceConfigError, type Invoice } from '@einvoice/sdk';" \
        "import { verify } from '@einvoice/webhooks';" "$body" >check.mts
      printf '%s\n%s\n%s\n' "import { Einvoice, EinvoiceAdmin, EinvoiceConfigError, type Invoice } from '@einvoice/sdk';" \
        "import { verify } from '@einvoice/webhooks';" "$body" >check.cts
      ./node_modules/.bin/tsc -p tsconfig.json ||
        { problem "tsc $TYPESCRIPT does not type-check a .mts and a .cts file against the installed types"; install_ok=false; }
    else
      problem "npm install typescript@$TYPESCRIPT @types/node@$TYPES_NODE failed"
      install_ok=false
    fi
  fi
  installed=$install_ok

  # ---- 4. the first call: an IRN from the installed SDK ----------------------------------------------------
  if ! $installed; then
    first_call='error: not installed'
  elif [ -z "${EINVOICE_BASE_URL:-}" ] || [ -z "${EINVOICE_API_KEY:-}" ]; then
    first_call='error: EINVOICE_BASE_URL and EINVOICE_API_KEY are not set (run under examples/scripts/with-sandbox.sh)'
    problem "$first_call"
  else
    cat >first-call.mjs <<'EOF'
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConflictError, Einvoice, EinvoiceAdmin } from '@einvoice/sdk';

const [invoicePath, gstin] = process.argv.slice(2);
const baseUrl = process.env.EINVOICE_BASE_URL;
const admin = new EinvoiceAdmin({ apiKey: process.env.EINVOICE_API_KEY, baseUrl });
try {
  await admin.gstins.register({ gstin, irp_username: 'release-check', irp_password: 'sandbox' });
} catch (e) {
  if (!(e instanceof ConflictError && e.code === 'gstin_exists')) throw e;
}
const cred = await admin.credentials.create(gstin, { name: 'npm-release-check', scopes: ['irn:write', 'read'] });
const client = new Einvoice({ clientId: cred.client_id, clientSecret: cred.client_secret, gstin, baseUrl });

const invoice = JSON.parse(readFileSync(invoicePath, 'utf8'));
// A number nobody used yet (<= 16 chars, ^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$) and today's date in India.
invoice.DocDtls.No = `NPM/${Date.now().toString(36)}${randomBytes(2).toString('hex')}`.toUpperCase().slice(0, 16);
const parts = Object.fromEntries(
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date()).map((p) => [p.type, p.value]),
);
invoice.DocDtls.Dt = `${parts.day}/${parts.month}/${parts.year}`;
const doc = await client.irn.generate(invoice);
if (doc.status !== 'generated' || !doc.Irn) throw new Error(`expected a generated IRN, got status ${doc.status}`);
console.error(`npm.sh: IRN ${doc.Irn} for ${invoice.DocDtls.No} of ${invoice.DocDtls.Dt} (AckNo ${doc.AckNo})`);
console.log(doc.Irn);
EOF
    if irn=$(node first-call.mjs "$INVOICE" "$GSTIN" 2>"$work/first-call.err"); then
      first_call=$irn
      cat "$work/first-call.err"
    else
      cat "$work/first-call.err"
      first_call="error: $(grep -m1 -E 'Error|error' "$work/first-call.err" || echo 'the first call failed')"
      problem "first call: $first_call"
    fi
  fi
  cd "$root"
fi

echo "npm.sh: tarballs:"
for f in "${tarballs[@]+"${tarballs[@]}"}"; do echo "  $(basename "$f") $(stat -c %s "$f") bytes"; done
if report; then exit 0; else exit 1; fi
