#!/usr/bin/env bash
# Runs the example inside this monorepo, with the SDK from ../../sdks/python instead of PyPI (the local
# override; a user's copy just runs `pip install .` and gets einvoice-sdk from PyPI).
# The first run creates .venv (git-ignored) and installs both projects; later runs reuse it until either
# pyproject.toml changes. Both installs are editable, so edits to the SDK's code show up at once.
#   EINVOICE_API_KEY=sk_test_... ./run.sh          (optional: EINVOICE_BASE_URL, PYTHON=python3.9)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
PY=${PYTHON:-python3}
sdk=../../sdks/python

exec 9>.venv.lock   # two runs at once (turbo, a second terminal) must not install into one venv together
flock 9
if ! .venv/bin/python -c '' 2>/dev/null; then
  rm -rf .venv
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat "$sdk/pyproject.toml" pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  # The SDK's distribution was first called `einvoice` (ADR 0006): drop it from venvs made before the rename.
  .venv/bin/python -m pip uninstall -q -y einvoice >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$sdk"
  # --no-deps: einvoice-sdk is already there from the line above, not from PyPI.
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi
exec 9>&-

exec .venv/bin/python -m einvoice_example
