"""Old clients given a newer server's response: an unknown field or enum value must not fail (sync and async)."""

from __future__ import annotations

import json
from typing import Any, Dict

import httpx

from einvoice_sdk import AsyncEinvoice, Einvoice, webhooks
from einvoice_sdk.types import IrnDocument, UnknownWebhookEvent, parse_webhook_event

DOC: Dict[str, Any] = {
    "id": "doc_01",
    "object": "document",
    "status": "archived_forever",
    "gstin": "29AAACP7879D1Z0",
    "doc_type": "XYZ",
    "doc_no": "INV/1",
    "doc_date": "25/11/2026",
    "Irn": None,
    "AckNo": None,
    "AckDt": None,
    "SignedInvoice": None,
    "SignedQRCode": None,
    "EwbNo": None,
    "EwbDt": None,
    "EwbValidTill": None,
    "created_at": "2026-11-25T09:30:00Z",
    "updated_at": "2026-11-25T09:30:00Z",
    "brand_new_field": {"nested": [1, 2]},
}


def _transport() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth/token":
            return httpx.Response(
                200, json={"access_token": "at", "token_type": "Bearer", "expires_in": 900, "scope": "read"}
            )
        return httpx.Response(200, json=DOC, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def test_model_keeps_unknown_field_and_enum() -> None:
    doc = IrnDocument.model_validate(DOC)
    assert doc.status == "archived_forever"
    assert doc.doc_type == "XYZ"
    assert doc.model_extra == {"brand_new_field": {"nested": [1, 2]}}


def test_sync_client_does_not_fail() -> None:
    with Einvoice(
        base_url="http://x", client_id="c", client_secret="s", http_client=httpx.Client(transport=_transport())
    ) as c:
        doc = c.irn.get("a" * 64)
        assert doc.status == "archived_forever" and doc.model_extra is not None and "brand_new_field" in doc.model_extra


async def test_async_client_does_not_fail() -> None:
    async with AsyncEinvoice(
        base_url="http://x", client_id="c", client_secret="s", http_client=httpx.AsyncClient(transport=_transport())
    ) as c:
        doc = await c.irn.get("a" * 64)
        assert doc.doc_type == "XYZ"


def test_unknown_webhook_event_type() -> None:
    event = parse_webhook_event({"type": "irn.teleported", "timestamp": "2026-11-25T09:30:00Z", "data": {"x": 1}})
    assert isinstance(event, UnknownWebhookEvent) and event.type == "irn.teleported"
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = json.dumps({"type": "irn.generated", "timestamp": "2026-11-25T09:30:00Z", "data": DOC})
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": "1764063012",
        "webhook-signature": webhooks.sign("msg_1", 1764063012, body, secret),
    }
    known = webhooks.construct_event(body.encode(), headers, secret, now=lambda: 1764063012)
    assert known.type == "irn.generated"
