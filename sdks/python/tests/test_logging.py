"""Logging on ``logging.getLogger("einvoice")``: one ``info`` line per HTTP attempt, headers at ``debug``,
bodies only with ``log_bodies=True``, and never a secret (Authorization, Signature*, client secrets, tokens,
API keys, passwords); ``EINVOICE_LOG`` configures it."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any, List

import httpx
import pytest

from einvoice_sdk import Einvoice, SigningKey

API_KEY = "sk_test_AbCdEf0123456789"
CLIENT_SECRET = "cs_test_Secret0123456789"
ACCESS_TOKEN = "at_VerySecretToken0123"
SECRETS = (API_KEY, CLIENT_SECRET, ACCESS_TOKEN, "sandbox-password", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")


def _transport(statuses: List[int]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth/token":
            return httpx.Response(
                200, json={"access_token": ACCESS_TOKEN, "token_type": "Bearer", "expires_in": 900, "scope": "read"}
            )
        status = statuses.pop(0) if statuses else 200
        body = {
            "object": "webhook_endpoint",
            "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "url": "https://x.test/hook",
        }
        return httpx.Response(status, json=body, headers={"x-request-id": f"req_{status}", "retry-after": "0.001"})

    return httpx.MockTransport(handler)


def _client(statuses: List[int], **kw: Any) -> Einvoice:
    return Einvoice(
        base_url="http://api.test",
        api_key=API_KEY,
        credentials={"29AAACP7879D1Z0": ("cli_1", CLIENT_SECRET)},
        http_client=httpx.Client(transport=_transport(statuses)),
        signing_key=SigningKey(key_id="key_1", secret="c2VjcmV0LWtleS1ieXRlcw=="),
        **kw,
    )


def _lines(caplog: pytest.LogCaptureFixture) -> List[str]:
    return [r.getMessage() for r in caplog.records if r.name == "einvoice"]


def test_info_one_line_per_attempt(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="einvoice")
    with _client([503]) as client:
        client.gstins.with_raw_response.register(
            {"gstin": "29AAACP7879D1Z0", "irp_username": "u", "irp_password": "sandbox-password"},
            extra_query={"q": "not-logged"},
        )
    lines = _lines(caplog)
    assert len(lines) == 3, lines  # the 503, the IRP status poll it triggers, the retry
    assert lines[0].startswith("HTTP POST /v1/gstins 503 request_id=req_503 attempt=1 latency_ms=")
    assert lines[1].startswith("HTTP GET /v1/status 200 request_id=req_200 status_poll latency_ms=")
    assert lines[2].startswith("HTTP POST /v1/gstins 200 request_id=req_200 attempt=2 latency_ms=")
    assert all("not-logged" not in line and "headers" not in line for line in lines)


def test_debug_adds_headers_redacted_and_no_bodies_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="einvoice")
    with _client([]) as client:
        client.irn.with_raw_response.get("a" * 64, as_gstin="29AAACP7879D1Z0")  # token request (Basic) + call (Bearer)
        client.gstins.with_raw_response.register(
            {"gstin": "29AAACP7879D1Z0", "irp_username": "u", "irp_password": "sandbox-password"}
        )
    text = "\n".join(_lines(caplog))
    assert "request_headers=" in text and "response_headers=" in text and "'x-request-id': 'req_200'" in text
    assert "'authorization': '[redacted]'" in text and "'signature': '[redacted]'" in text
    assert "'signature-input': '[redacted]'" in text
    assert "body" not in text
    for secret in SECRETS:
        assert secret not in text


def test_bodies_only_when_asked_and_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="einvoice")
    with _client([], log_bodies=True) as client:
        client.irn.with_raw_response.get("a" * 64, as_gstin="29AAACP7879D1Z0")
        client.gstins.with_raw_response.register(
            {"gstin": "29AAACP7879D1Z0", "irp_username": "u", "irp_password": "sandbox-password"}
        )
    text = "\n".join(_lines(caplog))
    assert "request_body=" in text and "response_body=" in text
    assert '"irp_username": "u"' in text and '"irp_password": "[redacted]"' in text
    assert '"access_token": "[redacted]"' in text and '"secret": "[redacted]"' in text
    assert "grant_type=client_credentials" in text
    for secret in SECRETS:
        assert secret not in text


def test_silent_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="einvoice")
    with _client([]) as client:
        client.gstins.with_raw_response.get("29AAACP7879D1Z0")
    assert _lines(caplog) == []


@pytest.mark.parametrize("level, expect_headers", [("info", False), ("debug", True)])
def test_einvoice_log_environment_variable(level: str, expect_headers: bool) -> None:
    program = (
        "import httpx\n"
        "from einvoice_sdk import Einvoice\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={}, headers={'x-request-id': 'req_env'}))\n"
        f"c = Einvoice(base_url='http://api.test', api_key='{API_KEY}', http_client=httpx.Client(transport=t))\n"
        "c.gstins.with_raw_response.get('29AAACP7879D1Z0')\n"
    )
    env = {"EINVOICE_LOG": level, "PATH": ""}
    result = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "HTTP GET /v1/gstins/29AAACP7879D1Z0 200 request_id=req_env attempt=1" in result.stderr
    assert ("request_headers=" in result.stderr) is expect_headers
    assert API_KEY not in result.stderr
