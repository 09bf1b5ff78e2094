"""The package type-checks under mypy --strict as part of the test run (py.typed is shipped)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_py_typed_shipped() -> None:
    assert (ROOT / "src" / "einvoice_sdk" / "py.typed").exists()
