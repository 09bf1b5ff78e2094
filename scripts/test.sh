#!/usr/bin/env bash
# README command 2: install everything and run every test (lint, spec checks, unit and e2e suites).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pnpm turbo run lint test --continue=never
