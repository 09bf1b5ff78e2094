"""Fixtures that start and stop the servers the suite needs: the MSW contract server (packages/contract)
and, for the quickstart, the reference server in sandbox mode on a free port with a temp database."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

REPO = Path(__file__).resolve().parents[3]
CONFORMANCE = REPO / "spec" / "conformance"
VECTORS = REPO / "spec" / "vectors"


def _tsx(package_dir: Path) -> str:
    for candidate in (package_dir / "node_modules/.bin/tsx", REPO / "node_modules/.bin/tsx"):
        if candidate.exists():
            return str(candidate)
    return "tsx"


def _stop(proc: "subprocess.Popen[str]") -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def contract() -> Iterator[Dict[str, Any]]:
    """`pnpm contract:serve --port 0`: the first stdout line is JSON (url, api_key, gstin, client_id, client_secret)."""
    pkg = REPO / "packages" / "contract"
    proc = subprocess.Popen(
        [_tsx(pkg), "src/serve.ts", "--port", "0"], cwd=pkg, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the contract server did not start")
        info: Dict[str, Any] = json.loads(line)
        yield info
    finally:
        _stop(proc)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def reference_server() -> Iterator[Dict[str, str]]:
    with start_reference_server() as info:
        yield info


@contextlib.contextmanager
def start_reference_server() -> Iterator[Dict[str, str]]:
    """`cd server && node --import tsx src/main.ts` in sandbox mode; it prints its URL and an API key at first start."""
    port = _free_port()
    data = tempfile.mkdtemp(prefix="einvoice-py-e2e-")
    env = {
        **os.environ,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "DATA_DIR": data,
        "SQLITE_PATH": os.path.join(data, "einvoice.sqlite"),
        "EINVOICE_MODE": "sandbox",
        "SANDBOX_MONTHLY_IRN_QUOTA": "0",
    }
    proc = subprocess.Popen(
        ["node", "--import", "tsx", "src/main.ts"],
        cwd=REPO / "server",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        url = key = None
        deadline = time.monotonic() + 90
        lines = []
        while time.monotonic() < deadline and (url is None or key is None):
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            m = re.search(r"https?://[\w.\-:]+", line)
            if m and url is None:
                url = m.group(0).rstrip("/")
            k = re.search(r"sk_test_[\w\-]+", line)
            if k:
                key = k.group(0)
        if url is None or key is None:
            raise RuntimeError("reference server did not print its URL and API key:\n" + "".join(lines))
        yield {"url": url, "api_key": key}
    finally:
        _stop(proc)
