#!/usr/bin/env bash
# Creates sdks/python/.venv (gitignored) on a fresh machine and installs the package with its dev tools from PyPI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
exec 9>.venv.lock   # turbo may run the test and the codegen rehearsal at once
flock 9
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  # The distribution was first called `einvoice` (renamed by ADR 0006): drop that editable install from older venvs.
  .venv/bin/python -m pip uninstall -q -y einvoice >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
  touch "$stamp"
fi
