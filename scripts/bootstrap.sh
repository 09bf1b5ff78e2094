#!/usr/bin/env bash
# Sourced by scripts/start.sh and scripts/test.sh: makes a fresh clone ready to run.
# Installs the pinned pnpm when absent, then the workspace's dependencies.
set -euo pipefail
PNPM_VERSION=12.21.0
# better-sqlite3 12 builds from source against the local Node headers; pnpm 12 reads this only
# from the environment (toolchain.md pitfall 4).
export npm_config_nodedir=/usr
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true TURBO_TELEMETRY_DISABLED=1
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v pnpm >/dev/null || [ "$(pnpm -v)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm@$PNPM_VERSION" >&2
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi
pnpm install --frozen-lockfile
