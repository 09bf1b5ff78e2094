#!/usr/bin/env bash
# README command 2: install everything and run every test (lint, spec checks, unit and e2e suites).
# Two tasks at a time on our 2-core machines: several suites assert timing bounds (retry delays, rate
# limits, crash recovery), and running ten of them at once on two cores makes those bounds lie.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
node scripts/sync-versions.mjs --check
pnpm turbo run lint test --continue=never --concurrency="${TEST_CONCURRENCY:-2}"
