#!/usr/bin/env bash
# mypy --strict at the floor, Python 3.9 (pyproject.toml: python_version = "3.9"), against the dependencies a
# Python 3.9 user gets: .venv-py39 is a venv whose site-packages hold the newest httpx, pydantic and
# typing-extensions pip resolves for 3.9 (wheels chosen with --python-version 3.9; nothing there is imported,
# mypy only reads it through --python-executable). No Python 3.9 interpreter is needed.
# Newer dependencies need newer Python (pydantic 2.14 uses `match`), so the dev venv's own copies cannot be
# checked with a 3.9 target. scripts/py39.sh also runs the tests on a real 3.9 when one is installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/venv.sh
exec 9>.venv-py39.lock
flock 9
deps=('httpx>=0.27,<1' 'pydantic>=2.6,<3' 'typing-extensions>=4.10')
stamp=.venv-py39/.installed-$(printf '%s\n' "${deps[@]}" | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  rm -rf .venv-py39
  .venv/bin/python -m venv --without-pip .venv-py39
  site=$(.venv-py39/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-compile --python-version 3.9 \
    --only-binary=:all: --target "$site" "${deps[@]}"
  touch "$stamp"
fi
exec 9>&-
exec .venv/bin/python -m mypy --python-executable .venv-py39/bin/python "$@"
