#!/usr/bin/env bash
# CI form of the no-diff rule: regenerate in place, then fail if git sees any change in generated output.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
pnpm --filter @einvoice/codegen run gen >/dev/null
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git diff --exit-code -- packages/codegen/generated-files.json sdks/python/src/einvoice/_generated sdks/go
  untracked=$(git ls-files --others --exclude-standard -- sdks/python/src/einvoice/_generated sdks/go | grep -E '(_generated/|\.gen\.go$)' || true)
  if [ -n "$untracked" ]; then echo "generated but not committed:"; echo "$untracked"; exit 1; fi
fi
