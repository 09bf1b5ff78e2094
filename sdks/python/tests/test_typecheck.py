"""The package type-checks under mypy --strict at the Python floor (3.9, against the dependencies pip resolves
for 3.9: scripts/mypy.sh) as part of the test run (py.typed is shipped)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict_at_the_floor() -> None:
    script = ROOT / "scripts" / "mypy.sh"
    cmd = ["bash", str(script)] if script.exists() else [sys.executable, "-m", "mypy"]  # the sdist has no scripts/
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_py_typed_shipped() -> None:
    assert (ROOT / "src" / "einvoice_sdk" / "py.typed").exists()
