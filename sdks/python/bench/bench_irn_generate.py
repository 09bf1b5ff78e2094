"""Benchmark: Einvoice.irn.generate vs a raw httpx POST on the same local reference server, same run.

Starts the reference server (sandbox, temp SQLite), provisions a GSTIN credential, then interleaves N raw and
N SDK calls and prints medians and the overhead ratio (SDK / raw).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Callable

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conformance_runner import resolve  # noqa: E402
from tests.conftest import start_reference_server  # noqa: E402

from einvoice_sdk import Einvoice  # noqa: E402

GSTIN = "29AAACP7879D1Z0"
N = 60


def main() -> None:
    with start_reference_server() as server:
        url, key = server["url"], server["api_key"]
        with Einvoice(base_url=url, api_key=key) as admin:
            admin.gstins.register({"gstin": GSTIN, "irp_username": "api_user", "irp_password": "sandbox"})
            cred = admin.credentials.create(
                GSTIN, {"scopes": ["irn:write", "read"], "plan": "custom", "rate_limit_rps": 10000}
            )
            secret = str((cred.model_extra or {}).get("client_secret") or cred.client_secret)
        raw = httpx.Client()
        token = raw.post(
            f"{url}/v1/oauth/token", data={"grant_type": "client_credentials"}, auth=(cred.client_id, secret)
        ).json()["access_token"]
        sdk = Einvoice(base_url=url, client_id=cred.client_id, client_secret=secret)

        def raw_call() -> float:
            body = json.dumps(resolve({"$fixture": "invoice"}, GSTIN))
            t = time.perf_counter()
            r = raw.post(
                f"{url}/v1/irn",
                content=body,
                headers={
                    "authorization": f"Bearer {token}",
                    "content-type": "application/json",
                    "idempotency-key": str(uuid.uuid4()),
                },
            )
            r.json()
            assert r.status_code == 201, r.text
            return time.perf_counter() - t

        def sdk_call() -> float:
            inv: Any = resolve({"$fixture": "invoice"}, GSTIN)
            t = time.perf_counter()
            sdk.irn.generate(inv)
            return time.perf_counter() - t

        def run(f: Callable[[], float]) -> float:
            return f()

        run(raw_call), run(sdk_call)  # warm up
        rs, ss = [], []
        for _ in range(N):
            rs.append(raw_call())
            ss.append(sdk_call())
        mr, ms = statistics.median(rs) * 1000, statistics.median(ss) * 1000
        print(
            f"python bench irn.generate n={N}: raw httpx median {mr:.2f} ms, SDK median {ms:.2f} ms, overhead ratio {ms / mr:.3f}"
        )


if __name__ == "__main__":
    main()
