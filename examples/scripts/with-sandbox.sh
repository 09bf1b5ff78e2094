#!/usr/bin/env bash
# Runs one command against a fresh sandbox server, as a user would after `./scripts/start.sh`:
# starts the built server (server/dist/main.js; `turbo run build` makes it) on a free port with its own data
# folder, exports EINVOICE_BASE_URL and EINVOICE_API_KEY (the key the first start prints), runs the command,
# then stops the server. The examples' tests use it, so an example that rots fails the test command.
#   examples/scripts/with-sandbox.sh <command> [args...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
main="$root/server/dist/main.js"
[ -f "$main" ] || { echo "with-sandbox.sh: $main is missing; build it: pnpm turbo run build --filter=@einvoice/server..." >&2; exit 1; }
dir=$(mktemp -d)
log="$dir/server.log"
: >"$log"   # exists before the first read below (the background redirect may not have run yet)
SANDBOX_LATENCY=${SANDBOX_LATENCY:-off} SANDBOX_MONTHLY_IRN_QUOTA=${SANDBOX_MONTHLY_IRN_QUOTA:-0} EINVOICE_MODE=sandbox PORT=0 DATA_DIR="$dir" SQLITE_PATH="$dir/einvoice.db" LOG_LEVEL=warn node "$main" >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
key=''
# A busy 2-core machine can take a while to start Node and migrate SQLite: wait up to two minutes.
for _ in $(seq 1 240); do
  key=$(sed -n 's/.*API key (shown once, store it now): \(sk_test_[A-Za-z0-9_-]*\).*/\1/p' "$log" | head -n1)
  [ -n "$key" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$key" ]; then
  echo "with-sandbox.sh: the sandbox server did not start; its output:" >&2
  cat "$log" >&2
  exit 1
fi
EINVOICE_BASE_URL=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$log" | head -n1)
export EINVOICE_BASE_URL EINVOICE_API_KEY="$key"
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "with-sandbox.sh: '$*' failed ($status); the server's warnings and errors:" >&2
  tail -n 40 "$log" >&2
fi
exit "$status"
