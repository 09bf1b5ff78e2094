#!/usr/bin/env bash
# The in-repo driver for project/ (what `turbo run test` runs here; a team never runs this file). It proves
# project/ the way an outside team would meet it, with nothing from this workspace but packed artifacts:
#  1. builds @einvoice/sandbox, @einvoice/sdk and @einvoice/webhooks (turbo; skipped inside a turbo task,
#     whose dependsOn in turbo.json built them already);
#  2. packs them with `pnpm pack` (the tarballs npm publishes; workspace: ranges rewritten) and builds the
#     einvoice-sdk wheel from a copy of sdks/python (nothing is written into sdks/python);
#  3. copies project/ to a temporary directory outside the workspace, points its @einvoice/* dependencies at
#     the tarballs (direct ones as file: specs, the SDK's @einvoice/webhooks through npm overrides), runs
#     `npm install` and checks the lockfile: no @einvoice/* package may come from a registry;
#  4. creates a venv there with the wheel and requirements.txt (einvoice-sdk must be the wheel's);
#  5. runs `npm test` (ci.sh) there, as the team's CI does, on a free port;
#  6. prints the installed sizes and the time each step took.
# KEEP=1 keeps the temporary directory. Exits non-zero, loudly, on the first failure.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PY=${PYTHON:-python3}
# better-sqlite3 (a dependency of the sandbox) compiles from source here, against the local Node headers.
export npm_config_nodedir=${npm_config_nodedir:-/usr}
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# The project's own suites run the sandbox without its NIC-like latency (docs/sandbox-latency.md).
export EINVOICE_SANDBOX_LATENCY=${EINVOICE_SANDBOX_LATENCY:-fast}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 TURBO_TELEMETRY_DISABLED=1

work=$(mktemp -d "${TMPDIR:-/tmp}/einvoice-sandbox-ci.XXXXXX")
case "$work/" in "$root/"*) echo "test-outside.sh: FAILED: $work is inside the workspace; set TMPDIR" >&2; exit 1 ;; esac
step_names=()
step_secs=()
current=''
step_start=0
finish() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    echo >&2
    echo "test-outside.sh: FAILED during step '$current' (exit $status); the lines above say why." >&2
    echo "test-outside.sh: the copied project is kept in $work/project for a look." >&2
  elif [ "${KEEP:-}" = 1 ]; then
    echo "test-outside.sh: kept $work"
  else
    rm -rf "$work"
  fi
}
trap finish EXIT
step() { # ends the running step (records its time) and starts the next one
  if [ -n "$current" ]; then
    step_names+=("$current")
    step_secs+=("$((SECONDS - step_start))")
  fi
  current=$1
  step_start=$SECONDS
  [ -z "$current" ] || echo "==== test-outside.sh: $current"
}
fail() {
  echo "test-outside.sh: FAILED: $*" >&2
  exit 1
}

# ---- 1. build --------------------------------------------------------------------------------------------
step 'build the packages'
cd "$root"
if [ -n "${TURBO_HASH:-}" ]; then
  echo "inside turbo: @einvoice/sandbox#build and @einvoice/sdk#build ran first (turbo.json)"
else
  pnpm turbo run build --filter=@einvoice/sandbox --filter=@einvoice/sdk --output-logs=errors-only ||
    fail "turbo run build of @einvoice/sandbox and @einvoice/sdk failed"
fi

# ---- 2. pack ---------------------------------------------------------------------------------------------
step 'pnpm pack the npm packages'
mkdir -p "$work/npm"
declare -A tgz
for dir in packages/webhooks sdks/typescript packages/sandbox; do
  name=$(node -p "require('./$dir/package.json').name")
  version=$(node -p "require('./$dir/package.json').version")
  [ -f "$dir/dist/index.js" ] || fail "$dir/dist is missing: build $name first"
  # --ignore-scripts: prepack would rebuild with tsup's clean, deleting dist/ under whatever else is running
  # against it right now; step 1 built it.
  (cd "$dir" && pnpm pack --ignore-scripts --pack-destination "$work/npm" >/dev/null) || fail "pnpm pack $name failed"
  file="$work/npm/$(echo "${name#@}" | tr / -)-$version.tgz" # pnpm's (and npm's) tarball name
  [ -f "$file" ] || fail "pnpm pack $name did not write $(basename "$file")"
  if tar -xOzf "$file" package/package.json | grep -q '"workspace:'; then
    fail "$(basename "$file") still has a workspace: range"
  fi
  tgz[$name]=$file
  echo "$(basename "$file"): $(du -k "$file" | cut -f1) KiB"
done

step 'build the einvoice-sdk wheel'
# From a copy: the build needs the root LICENSE beside pyproject.toml, and must not write into sdks/python.
mkdir -p "$work/pysrc"
cp -r "$root/sdks/python/pyproject.toml" "$root/sdks/python/README.md" "$root/sdks/python/src" "$work/pysrc/"
cp "$root/LICENSE" "$work/pysrc/LICENSE"
find "$work/pysrc" -name __pycache__ -prune -exec rm -rf {} +
"$PY" -m pip wheel -q --no-deps -w "$work/py" "$work/pysrc" || fail "pip wheel of sdks/python failed"
wheel=$(ls "$work"/py/einvoice_sdk-*-py3-none-any.whl 2>/dev/null | head -n1)
[ -n "$wheel" ] || fail "no einvoice_sdk wheel was built"
echo "$(basename "$wheel"): $(du -k "$wheel" | cut -f1) KiB"

# ---- 3. the team's project, outside the workspace ----------------------------------------------------------
step 'npm install in a copy outside the workspace'
proj="$work/project"
mkdir -p "$proj"
tar -C "$here/project" --exclude=node_modules --exclude=.venv --exclude=__pycache__ --exclude=.pytest_cache \
  --exclude=sandbox.log -cf - . | tar -C "$proj" -xf -
cd "$proj"
# What the team's package.json says (^0.1.0 from the registry) becomes our tarballs; the SDK's own
# dependency on @einvoice/webhooks is redirected with overrides. Nothing else changes.
node - "${tgz[@einvoice/sandbox]}" "${tgz[@einvoice/sdk]}" "${tgz[@einvoice/webhooks]}" <<'EOF'
const fs = require('node:fs');
const [sandbox, sdk, webhooks] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
for (const [name, file] of [['@einvoice/sandbox', sandbox], ['@einvoice/sdk', sdk]]) {
  if (!pkg.devDependencies?.[name]) throw new Error(`project/package.json lost its devDependency ${name}`);
  pkg.devDependencies[name] = `file:${file}`;
}
pkg.overrides = { '@einvoice/webhooks': `file:${webhooks}` };
fs.writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
EOF
npm install --no-audit --no-fund --loglevel=warn || fail "npm install in $proj failed (see npm's output above)"
found=$(node -e '
  const lock = require("./package-lock.json");
  for (const [p, e] of Object.entries(lock.packages))
    if (p.includes("node_modules/@einvoice/") && !String(e.resolved).startsWith("file:"))
      console.log(`${p} was installed from ${e.resolved}, not from our tarball`);
  for (const n of ["@einvoice/sandbox", "@einvoice/sdk", "@einvoice/webhooks"])
    if (!lock.packages[`node_modules/${n}`]) console.log(`${n} is not installed at node_modules/${n}`);
') || fail "could not read package-lock.json"
[ -z "$found" ] || fail "dependency confusion: $found"
[ -x node_modules/.bin/einvoice-sandbox ] || fail "npm did not link the einvoice-sandbox bin"

# ---- 4. the Python side ------------------------------------------------------------------------------------
step 'venv with the wheel and requirements.txt'
"$PY" -m venv .venv
.venv/bin/python -m pip install -q "$wheel" || fail "pip install of $(basename "$wheel") failed"
# Already satisfied by the wheel, so pip must not fetch einvoice-sdk from PyPI; checked below.
.venv/bin/python -m pip install -q -r requirements.txt || fail "pip install -r requirements.txt failed"
.venv/bin/python -I - "$proj/.venv" "$(basename "$wheel")" <<'EOF' || fail "einvoice_sdk in the venv is not our wheel"
import importlib.metadata as md, json, os, sys
venv, wheel = sys.argv[1:]
import einvoice_sdk
assert os.path.realpath(einvoice_sdk.__file__).startswith(os.path.realpath(venv) + os.sep), einvoice_sdk.__file__
url = json.loads(md.distribution("einvoice-sdk").read_text("direct_url.json") or "{}").get("url", "")
assert url.endswith(wheel), f"einvoice-sdk was installed from {url or 'an index'}, not from {wheel}"
EOF

# ---- 5. the team's CI --------------------------------------------------------------------------------------
step 'npm test (ci.sh) as the team runs it'
# 8787 may be taken on a shared machine; a free port keeps parallel runs apart (ci.sh reads SANDBOX_PORT).
port=$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# shellcheck disable=SC1091
source .venv/bin/activate
SANDBOX_PORT=$port npm test || fail "the team's CI (npm test, ci.sh) failed in $proj"
deactivate

# ---- 6. sizes and times ------------------------------------------------------------------------------------
step 'sizes'
# What installing @einvoice/sandbox costs a team: the package and every package npm installed for it.
sandbox_paths=$(npm query '#@einvoice/sandbox, #@einvoice/sandbox *' |
  node -e 'let s="";process.stdin.on("data",(c)=>(s+=c)).on("end",()=>{for(const p of new Set(JSON.parse(s).map((n)=>n.path)))console.log(p)})')
count=$(wc -l <<<"$sandbox_paths")
echo "installed sizes in $proj:"
echo "  node_modules (everything: sandbox, sdk, vitest, msw): $(du -sh node_modules | cut -f1)"
echo "  node_modules/@einvoice/sandbox alone: $(du -sh node_modules/@einvoice/sandbox | cut -f1)"
echo "  @einvoice/sandbox with its dependency tree ($count packages, msw peer included): $(tr '\n' '\0' <<<"$sandbox_paths" | du -ch --files0-from=- | tail -n1 | cut -f1)"
echo "  its largest packages: $(tr '\n' '\0' <<<"$sandbox_paths" | du -s --files0-from=- | sort -rn | head -n 6 |
  while read -r kib path; do printf '%s %s MiB, ' "${path##*/node_modules/}" "$((kib / 1024))"; done)"
echo "  node_modules/@einvoice/sdk + webhooks: $(du -ch node_modules/@einvoice/sdk node_modules/@einvoice/webhooks | tail -n1 | cut -f1)"
echo "  .venv (einvoice-sdk, httpx, pydantic, pytest): $(du -sh .venv | cut -f1)"
step ''
echo "time per step:"
for i in "${!step_names[@]}"; do printf '  %4s s  %s\n' "${step_secs[$i]}" "${step_names[$i]}"; done
echo "test-outside.sh: OK: project/ passes from packed artifacts outside the workspace"
