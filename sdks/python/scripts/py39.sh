#!/usr/bin/env bash
# Checks the SDK on Python 3.9, the floor in pyproject.toml (requires-python, classifiers): mypy --strict with
# --python-version 3.9 (mypy 1.19.1, the last one that runs on and targets 3.9; the dev venv's mypy 2.x starts
# at 3.10) and the tests that need no server, in a throwaway venv with the newest dependencies pip picks for 3.9.
#   bash scripts/py39.sh                  (PYTHON39=/path/to/python3.9 to choose the interpreter)
# Prints where to get 3.9 and exits 2 when there is none. scripts/py39.sh --find only prints the interpreter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_py39() {
  local c
  for c in "${PYTHON39:-}" python3.9 "$(pyenv root 2>/dev/null || true)"/versions/3.9*/bin/python; do
    [ -n "$c" ] || continue
    if "$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 9))' 2>/dev/null; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

py=$(find_py39) || { echo "py39.sh: no Python 3.9 found (set PYTHON39, or e.g. pyenv install 3.9)" >&2; exit 2; }
if [ "${1:-}" = "--find" ]; then echo "$py"; exit 0; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --disable-pip-version-check \
  mypy==1.19.1 pytest==8.4.2 pytest-asyncio==1.2.0 'httpx>=0.27,<1' 'pydantic>=2.6,<3' 'typing-extensions>=4.10'
echo "py39.sh: $("$tmp/venv/bin/python" --version), mypy 1.19.1 --python-version 3.9"
"$tmp/venv/bin/python" -m mypy --python-version 3.9 --no-incremental --cache-dir "$tmp/mypy-cache"
PYTHONPATH=src PYTHONDONTWRITEBYTECODE=1 "$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider \
  tests/test_config_errors.py tests/test_forward_compat.py tests/test_vectors.py
