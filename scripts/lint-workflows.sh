#!/usr/bin/env bash
# Lints .github/workflows (and the workflow examples/sandbox-ci gives teams) with actionlint (pinned; built once from the Go module proxy into .tools/, git-ignored).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ACTIONLINT_VERSION=v1.7.12
bin=$(scripts/go-tool.sh actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION")
"$bin" -color=false .github/workflows/*.yml examples/sandbox-ci/project/github-actions.yml
echo "actionlint $ACTIONLINT_VERSION: .github/workflows and the sandbox-ci example workflow clean"
