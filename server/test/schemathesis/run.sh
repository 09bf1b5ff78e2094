#!/usr/bin/env bash
# Property-based testing of the running server against spec/openapi.yaml with Schemathesis: every check, the
# examples, coverage, fuzzing and stateful phases, authentication from hooks.py, exceptions (with reasons) in
# schemathesis.toml. Fails on any failure: a 5xx, an undocumented status, a schema or content-type mismatch.
#   bash server/test/schemathesis/run.sh             (starts a fresh sandbox server through with-sandbox.sh)
#   MAX_EXAMPLES=50 bash server/test/schemathesis/run.sh   (deeper; the test command uses the default)
# Schemathesis is pinned and installed once into .tools/ (git-ignored) from PyPI.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
SCHEMATHESIS=4.32.5
venv="$root/.tools/schemathesis-$SCHEMATHESIS"
if [ ! -x "$venv/bin/st" ]; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS"
fi
if [ -z "${EINVOICE_BASE_URL:-}" ]; then
  # Schemathesis sends thousands of requests a minute from one address, most of them refused before a credential
  # is known (the per-IP anonymous bucket, 20/s by default): lift the limits for the server it starts. Rate
  # limiting has its own tests (server/test/e2e/rate-limits.test.ts, pipeline-order.test.ts).
  export PUBLIC_RATE_LIMIT_RPS=${PUBLIC_RATE_LIMIT_RPS:-100000} API_KEY_RATE_LIMIT_RPS=${API_KEY_RATE_LIMIT_RPS:-100000}
  exec bash "$root/examples/scripts/with-sandbox.sh" bash "${BASH_SOURCE[0]}" "$@"
fi
report=$(mktemp -d)
trap 'rm -rf "$report"' EXIT
cd "$here"
PYTHONPATH="$here" SCHEMATHESIS_HOOKS=hooks "$venv/bin/st" --config-file "$here/schemathesis.toml" \
  run "$root/spec/openapi.yaml" \
  --url "$EINVOICE_BASE_URL" \
  --phases examples,coverage,fuzzing,stateful \
  --checks all \
  --max-examples "${MAX_EXAMPLES:-15}" \
  --request-timeout 30 \
  --workers 1 \
  --seed "${SEED:-1}" \
  --report ndjson --report-dir "$report" \
  "$@"
