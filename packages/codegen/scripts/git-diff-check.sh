#!/usr/bin/env bash
# CI form of the no-diff rule: regenerate in place, then fail if git sees any change in generated output, in
# every language (the manifest lists every generated file; untracked generated files are caught too).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
pnpm --filter @einvoice/codegen run gen >/dev/null
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t generated < <(node -p "require('./packages/codegen/generated-files.json').files.map((f) => f.path).join('\n')")
  git diff --exit-code -- packages/codegen/generated-files.json "${generated[@]}"
  untracked=$(git ls-files --others --exclude-standard -- "${generated[@]}" || true)
  if [ -n "$untracked" ]; then echo "generated but not committed:"; echo "$untracked"; exit 1; fi
fi
