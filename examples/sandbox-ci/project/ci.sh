#!/usr/bin/env bash
# What CI runs (`npm test`): the einvoice sandbox in the background with our fixed seed, then the TypeScript
# (vitest) and Python (pytest) contract suites against it, then the sandbox is stopped. Needs `npm ci` and
# `pip install -r requirements.txt` done first.
#   SANDBOX_PORT  port for the sandbox (default 8787; pick another if 8787 is taken on your runner)
#   PYTHON        the interpreter that has einvoice-sdk and pytest (default: python3 on PATH)
#   SANDBOX_LOG   where the sandbox's output goes (default sandbox.log; upload it when a job fails)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
PORT=${SANDBOX_PORT:-8787}
PYTHON=${PYTHON:-python3}
LOG=${SANDBOX_LOG:-sandbox.log}
BASE="http://127.0.0.1:$PORT"

fail() {
  echo "ci.sh: FAILED: $*" >&2
  exit 1
}
[ -x node_modules/.bin/einvoice-sandbox ] || fail "@einvoice/sandbox is not installed here: run npm ci first"
"$PYTHON" -c 'import einvoice_sdk, pytest' 2>/dev/null ||
  fail "$PYTHON cannot import einvoice_sdk and pytest: pip install -r requirements.txt (or set PYTHON)"

# `npx --no --`: run the locally installed bin or fail. Without --no, npx in CI would download whatever
# package is called "einvoice-sandbox" on the registry if node_modules lacked ours; without --, npx would take
# --seed and --port as its own options. `set -m` starts it in its own process group: npx runs the bin under
# `sh -c`, and a SIGTERM to npx alone would leave the sandbox running, holding the port.
set -m
npx --no -- einvoice-sandbox --seed seed.json --port "$PORT" --quiet >"$LOG" 2>&1 &
pid=$!
set +m
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap stop EXIT

# Generous: a busy 2-core runner can take a while to start Node, build SQLite and load the contract.
started=$SECONDS
until curl -fs -o /dev/null --max-time 2 "$BASE/__sandbox/health"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$LOG" >&2
    fail "the sandbox exited before it was healthy (its output is above)"
  fi
  if ((SECONDS - started > 60)); then
    cat "$LOG" >&2
    fail "the sandbox was not healthy on $BASE within 60 s (its output is above)"
  fi
  sleep 0.5
done
echo "ci.sh: sandbox healthy on $BASE after $((SECONDS - started)) s"

# The sandbox's first stdout line is one JSON object: the seeded credentials, read rather than repeated here.
# (grep, not the file's first line: npm may print a warning to stderr before it.)
info=$(grep -m1 '^{' "$LOG") || fail "no JSON line from the sandbox in $LOG"
field() { node -e 'const v = JSON.parse(process.argv[1])[process.argv[2]]; if (!v) process.exit(1); console.log(v)' "$info" "$1"; }
EINVOICE_BASE_URL=$(field url) || fail "the sandbox's first line is not its JSON info: $info"
EINVOICE_API_KEY=$(field api_key)
EINVOICE_GSTIN=$(field gstin)
EINVOICE_CLIENT_ID=$(field client_id)
EINVOICE_CLIENT_SECRET=$(field client_secret)
export EINVOICE_BASE_URL EINVOICE_API_KEY EINVOICE_GSTIN EINVOICE_CLIENT_ID EINVOICE_CLIENT_SECRET

status=0
t=$SECONDS
npx --no -- vitest run || { status=1; echo "ci.sh: FAILED: the TypeScript suite (tests-ts)" >&2; }
echo "ci.sh: vitest took $((SECONDS - t)) s"

# A clean slate between the suites: documents, tokens, webhooks and recorded requests go; the seed stays.
curl -fsS -o /dev/null -X POST "$BASE/__sandbox/reset" || fail "POST /__sandbox/reset failed"
t=$SECONDS
"$PYTHON" -m pytest -q tests-py || { status=1; echo "ci.sh: FAILED: the Python suite (tests-py)" >&2; }
echo "ci.sh: pytest took $((SECONDS - t)) s"

if [ "$status" -ne 0 ]; then
  echo "ci.sh: the sandbox's last lines ($LOG):" >&2
  tail -n 30 "$LOG" >&2
  fail "see above"
fi
echo "ci.sh: all contract tests passed"
