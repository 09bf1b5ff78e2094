"""The README's Quickstart and "Raw responses" snippets type-check under mypy --strict at the Python floor
(3.9, scripts/mypy.sh), so the first code a user copies matches the SDK's types."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PRELUDE = """from typing import cast

from einvoice_sdk.types import InvoiceParam

invoice = cast(InvoiceParam, {})
"""


def _block(section: str) -> str:
    text = README.read_text()
    start = text.index(f"\n## {section}\n")
    match = re.search(r"```python\n(.*?)```", text[start:], re.S)
    assert match is not None, f"no python block under ## {section}"
    return match.group(1)


@pytest.mark.skipif(not (ROOT / "scripts" / "mypy.sh").exists(), reason="the sdist has no scripts/")
def test_readme_snippets_type_check(tmp_path: Path) -> None:
    program = PRELUDE + _block("Quickstart") + "\n" + _block("Raw responses")
    snippet = tmp_path / "readme_snippets.py"
    snippet.write_text(program)
    result = subprocess.run(
        ["bash", "scripts/mypy.sh", str(snippet)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
