"""Golden vectors shared by every SDK: spec/vectors/{webhook-signatures,request-signatures,retry-backoff}.json."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List

import httpx
import pytest

from einvoice_sdk import EinvoiceError, SigningKey, webhooks
from einvoice_sdk._core._retry import DEFAULT_MAX_RETRIES, backoff_seconds, retry_delay_seconds, should_retry_status
from einvoice_sdk._core._signing import hmac_signature, sign_request, signature_base, signature_params

VECTORS = Path(__file__).resolve().parents[3] / "spec" / "vectors"


def _load(name: str) -> Dict[str, Any]:
    data: Dict[str, Any] = json.loads((VECTORS / name).read_text())
    return data


WEBHOOK = _load("webhook-signatures.json")
RETRY = _load("retry-backoff.json")
SIGNING_FILE = VECTORS / "request-signatures.json"
SIGNING: List[Dict[str, Any]] = json.loads(SIGNING_FILE.read_text())["cases"] if SIGNING_FILE.exists() else []


@pytest.mark.parametrize("case", WEBHOOK["cases"], ids=[c["name"] for c in WEBHOOK["cases"]])
def test_webhook_signature(case: Dict[str, Any]) -> None:
    now = float(case["now"])
    if case["expected"]["valid"]:
        body = webhooks.verify(case["payload"].encode(), case["headers"], case["verifying_secrets"], now=lambda: now)
        assert body == json.loads(case["payload"])
    else:
        with pytest.raises(webhooks.WebhookVerificationError) as info:
            webhooks.verify(case["payload"].encode(), case["headers"], case["verifying_secrets"], now=lambda: now)
        assert info.value.code == case["expected"]["error"]
        assert isinstance(info.value, EinvoiceError)
    header = case["headers"].get("webhook-signature", "")
    if case.get("sign_check", True) and header and all(p.startswith("v1,") for p in header.split(" ")):
        assert webhooks.sign(case["msg_id"], case["timestamp"], case["payload"], case["signing_secrets"]) == header
        if case["expected"]["valid"]:  # the test helper builds the three headers of that delivery
            headers = webhooks.sign_headers(
                case["payload"], case["signing_secrets"], msg_id=case["msg_id"], timestamp=case["timestamp"]
            )
            assert headers == {k: case["headers"][k] for k in ("webhook-id", "webhook-timestamp", "webhook-signature")}


@pytest.mark.parametrize("case", SIGNING, ids=[c["name"] for c in SIGNING])
def test_request_signature(case: Dict[str, Any]) -> None:
    if "components" in case:  # a known answer with explicit components (RFC 9421 appendix B.2.5)
        params = signature_params(case["components"], case["created"], case["key_id"], alg=None)
        base = signature_base(case["method"], case["url"], case["headers"], case["components"], params)
        assert base == case["expected"]["signature_base"]
        assert f"{case['label']}=:{hmac_signature(base, case['secret_base64'])}:" == case["expected"]["signature"]
        return
    body = case["body"].encode() if case.get("body") is not None else None
    key = SigningKey(key_id=case["key_id"], secret=case["secret_base64"], label=case.get("label", "sig1"))
    headers = sign_request(case["method"], case["url"], body, key, created=case["created"])
    exp = case["expected"]
    assert headers.get("content-digest") == exp.get("content_digest")
    assert headers["signature-input"] == exp["signature_input"]
    assert headers["signature"] == exp["signature"]


@pytest.mark.parametrize("case", RETRY["delays"], ids=[c["name"] for c in RETRY["delays"]])
def test_retry_delay(case: Dict[str, Any]) -> None:
    now = datetime.fromisoformat(case["now"].replace("Z", "+00:00")).timestamp()
    headers = httpx.Headers(case["response_headers"])
    for r in (0.0, 0.5, 0.999):
        ms = retry_delay_seconds(case["retry_index"], headers, r, now=now) * 1000
        assert case["expected"]["min_ms"] - 1e-6 <= ms <= case["expected"]["max_ms"] + 1e-6
    for pinned in case.get("with_random", []):
        assert backoff_seconds(case["retry_index"], pinned["random"]) * 1000 == pytest.approx(pinned["ms"])


@pytest.mark.parametrize(
    "case", RETRY["should_retry"], ids=[f"{c['status']}-{c['headers']}" for c in RETRY["should_retry"]]
)
def test_should_retry(case: Dict[str, Any]) -> None:
    assert should_retry_status(case["status"], httpx.Headers(case["headers"])) is case["retry"]


def test_defaults() -> None:
    assert DEFAULT_MAX_RETRIES == RETRY["max_retries_default"]
