"""Shared by the Python suite: the environment ci.sh exports, SDK clients, a fresh invoice, and a webhook
receiver on 127.0.0.1 that verifies every delivery with the SDK."""

import json
import os
import secrets
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from einvoice_sdk import Einvoice, webhooks

ROOT = Path(__file__).resolve().parent.parent


def env(name):
    value = os.environ.get(name)
    if not value:
        pytest.exit(f"{name} is not set: run the suites with ci.sh (npm test), which starts the sandbox", returncode=2)
    return value


@pytest.fixture(scope="session")
def base_url():
    return env("EINVOICE_BASE_URL")


@pytest.fixture(scope="session")
def client(base_url):
    with Einvoice(
        base_url=base_url,
        client_id=env("EINVOICE_CLIENT_ID"),
        client_secret=env("EINVOICE_CLIENT_SECRET"),
        gstin=env("EINVOICE_GSTIN"),
    ) as c:
        yield c


@pytest.fixture(scope="session")
def admin(base_url):
    """Account-level calls (webhook endpoints) use the account API key, not a GSTIN's token."""
    with Einvoice(base_url=base_url, api_key=env("EINVOICE_API_KEY")) as c:
        yield c


@pytest.fixture
def invoice():
    """Our ERP's invoice fixture with a document number nobody used yet, dated today in India (IST, no DST)."""
    doc = json.loads((ROOT / "invoice.json").read_text(encoding="utf-8"))
    # NIC: at most 16 characters, ^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$.
    doc["DocDtls"]["No"] = f"PY/{int(time.time() * 1000):x}{secrets.token_hex(1)}".upper()[:16]
    doc["DocDtls"]["Dt"] = datetime.now(timezone(timedelta(hours=5, minutes=30))).strftime("%d/%m/%Y")
    return doc


class Receiver:
    """An ERP's webhook endpoint: answers 204 to a delivery that verifies, 400 otherwise."""

    def __init__(self):
        self.secret = ""
        self.deliveries = []  # (verified, error, event)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))  # raw bytes, as signed
                try:
                    webhooks.verify(raw, dict(self.headers.items()), receiver.secret)
                    entry = (True, None, json.loads(raw))
                except webhooks.WebhookVerificationError as e:
                    entry = (False, f"{e.code}: {e}", json.loads(raw))
                receiver.deliveries.append(entry)
                self.send_response(204 if entry[0] else 400)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks/einvoice"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, match, timeout=45.0):
        """The first delivery whose event matches; events of other documents may arrive too."""
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            for delivery in list(self.deliveries):
                if match(delivery[2]):
                    return delivery
            time.sleep(0.1)
        seen = ", ".join(f"{d[2].get('type')} {d[2].get('data', {}).get('id')}" for d in self.deliveries) or "none"
        raise AssertionError(f"no matching webhook within {timeout} s (received: {seen})")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(admin):
    r = Receiver()
    endpoint = admin.webhook_endpoints.create({"url": r.url, "events": ["irn.generated"]})
    r.secret = endpoint.secret
    yield r
    admin.webhook_endpoints.delete(endpoint.id)
    r.close()
