#!/usr/bin/env bash
# Packs @einvoice/sandbox (prepack builds dist/) into docker/einvoice-sandbox.tgz, the Dockerfile's input.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pnpm pack --pack-destination "$out" >/dev/null
mv "$out"/einvoice-sandbox-*.tgz docker/einvoice-sandbox.tgz
echo "docker/einvoice-sandbox.tgz ($(du -h docker/einvoice-sandbox.tgz | cut -f1))"
