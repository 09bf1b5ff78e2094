#!/usr/bin/env bash
# README command 2: check the prerequisites, install the workspace, run every lint and test (spec checks, unit,
# e2e on SQLite and PostgreSQL, SDK suites, every example against a live sandbox server), then the release check.
# Two tasks at a time on our 2-core machines: several suites assert timing bounds (retry delays, rate
# limits, crash recovery), and running ten of them at once on two cores makes those bounds lie.
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/prerequisites.sh"
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
node scripts/sync-versions.mjs --check
pnpm run lint:biome   # Biome: formatting, import order and lint rules of every JS/TS file (seconds)
scripts/lint-workflows.sh   # actionlint on the release workflow
scripts/lint-deploy.sh   # deploy/: helm lint + template of the chart, structural checks of image, compose, manifests
pnpm turbo run lint test --continue=never --concurrency="${TEST_CONCURRENCY:-2}"
bash server/test/schemathesis/run.sh   # Schemathesis: every check, all four phases, against a fresh server (~2 min)
pnpm run release:test    # the release checks fail on drift, name collisions, workspace: leaks, a missing LICENSE
pnpm run release:check   # every artifact built, installed outside the workspace like a user, one real call each
