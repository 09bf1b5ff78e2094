"""Webhook verification errors are ``EinvoiceError``s with the cross-language ``code``; secrets are decoded
strictly; ``unwrap`` returns the typed event; ``sign_headers`` builds a delivery's three headers."""

from __future__ import annotations

import json

import pytest

from einvoice_sdk import EinvoiceError, WebhookVerificationError, webhooks
from einvoice_sdk.types import IrnGeneratedEvent, UnknownWebhookEvent

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
NOW = 1764063012
BODY = json.dumps(
    {
        "type": "irn.generated",
        "timestamp": "2026-11-25T09:30:12.000Z",
        "data": {
            "id": "doc_01",
            "object": "document",
            "status": "generated",
            "gstin": "29AAACP7879D1Z0",
            "doc_type": "INV",
            "doc_no": "INV/1",
            "doc_date": "25/11/2026",
            "Irn": "a" * 64,
            "AckNo": 1,
            "AckDt": "2026-11-25 09:30:00",
            "SignedInvoice": None,
            "SignedQRCode": None,
            "EwbNo": None,
            "EwbDt": None,
            "EwbValidTill": None,
            "created_at": "2026-11-25T09:30:00Z",
            "updated_at": "2026-11-25T09:30:00Z",
        },
    }
).encode()


def _code(payload: bytes, headers: dict, secret: object = SECRET, now: int = NOW) -> str:  # type: ignore[type-arg]
    with pytest.raises(WebhookVerificationError) as err:
        webhooks.unwrap(payload, headers, secret, now=lambda: now)  # type: ignore[arg-type]
    assert isinstance(err.value, EinvoiceError)
    return err.value.code


def test_unwrap_returns_the_typed_event() -> None:
    headers = webhooks.sign_headers(BODY, SECRET, timestamp=NOW)
    assert set(headers) == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert headers["webhook-id"].startswith("msg_") and headers["webhook-timestamp"] == str(NOW)
    event = webhooks.unwrap(BODY, headers, SECRET, now=lambda: NOW)
    assert isinstance(event, IrnGeneratedEvent) and event.data.irn == "a" * 64
    unknown = b'{"type":"irn.teleported","timestamp":"2026-11-25T09:30:12.000Z","data":{}}'
    event2 = webhooks.unwrap(unknown, webhooks.sign_headers(unknown, SECRET), SECRET)  # default clock: now
    assert isinstance(event2, UnknownWebhookEvent) and event2.type == "irn.teleported"


@pytest.mark.parametrize(
    "secret",
    ["whsec_not*valid", "whsec_", "", "whsec_abc def", "whsec_YWJj===", 42],
)
def test_malformed_secret_is_invalid_secret(secret: object) -> None:
    headers = webhooks.sign_headers(BODY, SECRET, timestamp=NOW)
    assert _code(BODY, headers, secret) == "invalid_secret"
    if isinstance(secret, str):
        with pytest.raises(WebhookVerificationError) as err:
            webhooks.sign_headers(BODY, secret)
        assert err.value.code == "invalid_secret"


def test_secret_without_prefix_and_without_padding_still_works() -> None:
    headers = webhooks.sign_headers(BODY, SECRET, timestamp=NOW)
    assert webhooks.verify(BODY, headers, SECRET[len("whsec_") :], now=lambda: NOW)["type"] == "irn.generated"
    rotated = "whsec_3Nq1gN8Wq2b9WmN0yYxkV7m5b1jv0k6hK3JbY2oQqVc"  # '=' left off
    headers = webhooks.sign_headers(BODY, [rotated, SECRET], timestamp=NOW)
    assert len(headers["webhook-signature"].split(" ")) == 2
    assert webhooks.verify(BODY, headers, rotated + "=", now=lambda: NOW)["type"] == "irn.generated"


def test_each_code() -> None:
    headers = webhooks.sign_headers(BODY, SECRET, timestamp=NOW)
    for missing in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        partial = {k: v for k, v in headers.items() if k != missing}
        assert _code(BODY, partial) == "missing_headers"
    assert _code(BODY, {**headers, "webhook-timestamp": "soon"}) == "invalid_timestamp"
    assert _code(BODY, headers, now=NOW + 301) == "timestamp_too_old"
    assert _code(BODY, headers, now=NOW - 301) == "timestamp_too_new"
    assert _code(BODY + b" ", headers) == "no_matching_signature"
    assert _code(BODY, headers, "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD") == "no_matching_signature"
    upper = {k.upper(): v for k, v in headers.items()}  # header names are case-insensitive
    assert webhooks.unwrap(BODY, upper, SECRET, now=lambda: NOW).type == "irn.generated"


def test_reason_is_a_deprecated_alias_and_construct_event_still_works() -> None:
    headers = webhooks.sign_headers(BODY, SECRET, timestamp=NOW)
    with pytest.raises(WebhookVerificationError) as err:
        webhooks.verify(BODY, headers, SECRET, now=lambda: NOW + 1000)
    with pytest.warns(DeprecationWarning):
        assert err.value.reason == "timestamp_too_old"
    assert webhooks.construct_event(BODY, headers, SECRET, now=lambda: NOW).type == "irn.generated"
