"""Raw responses per call (``with_raw_response``), request ids on models, async pagination without ``await``,
typed ``gstn_errors``, per-call extras, ``httpx.Timeout`` and ``app_info``: no server, an httpx mock transport."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List

import httpx
import pytest

import einvoice_sdk
from einvoice_sdk import APIResponse, AsyncEinvoice, AsyncPaginator, Einvoice, GstnError
from einvoice_sdk.types import DocumentSummary, IrnDocument

GSTIN = "29AAACP7879D1Z0"
IRN = "a" * 64
DOC: Dict[str, Any] = {
    "id": "doc_01",
    "object": "document",
    "status": "generated",
    "gstin": GSTIN,
    "doc_type": "INV",
    "doc_no": "INV/1",
    "doc_date": "25/11/2026",
    "Irn": IRN,
    "AckNo": 1,
    "AckDt": "2026-11-25 09:30:00",
    "SignedInvoice": None,
    "SignedQRCode": None,
    "EwbNo": None,
    "EwbDt": None,
    "EwbValidTill": None,
    "created_at": "2026-11-25T09:30:00Z",
    "updated_at": "2026-11-25T09:30:00Z",
}
SUMMARY = {
    k: DOC[k]
    for k in ("id", "object", "status", "doc_type", "doc_no", "doc_date", "Irn", "AckNo", "AckDt", "EwbNo")
    if k in DOC
} | {"created_at": DOC["created_at"], "updated_at": DOC["updated_at"]}
STATUS = {"status": "operational", "updated_at": "2026-11-25T09:30:00Z", "gsps": [], "irps": [], "unresolved": 0}
TOKEN = {"access_token": "at_1", "token_type": "Bearer", "expires_in": 900, "scope": "irn:write read"}


def _json(status: int, body: Any, rid: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"x-request-id": rid, **headers})


def _route(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/v1/oauth/token":
        return _json(200, TOKEN, "req_token")
    if path == "/v1/irn" and request.method == "POST":
        return _json(200, DOC, "req_generate", **{"idempotent-replayed": "true"})
    if path == f"/v1/irn/{IRN}":
        return _json(200, DOC, "req_get")
    if path == "/v1/status":
        return _json(200, STATUS, "req_status")
    if path == "/v1/documents":
        after = request.url.params.get("starting_after")
        if after is None:
            return _json(200, {"object": "list", "data": [SUMMARY], "has_more": True, "next_cursor": "c1"}, "req_p1")
        return _json(
            200, {"object": "list", "data": [SUMMARY, SUMMARY], "has_more": False, "next_cursor": None}, "req_p2"
        )
    if path == "/v1/documents/export":
        lines = "\n".join(json.dumps(SUMMARY) for _ in range(3)) + "\n"
        return httpx.Response(
            200, text=lines, headers={"content-type": "application/x-ndjson", "x-request-id": "req_x"}
        )
    return _json(404, {"type": "about:blank", "title": "Not Found", "status": 404, "request_id": "req_404"}, "req_404")


def _sync(**kw: Any) -> Einvoice:
    return Einvoice(
        base_url="http://api.test",
        client_id="cli",
        client_secret="cs",
        http_client=httpx.Client(transport=httpx.MockTransport(_route)),
        **kw,
    )


def test_with_raw_response_sync() -> None:
    with _sync() as client:
        raw = client.irn.with_raw_response.generate({"Version": "1.1"})
        assert isinstance(raw, APIResponse)
        assert (raw.status_code, raw.request_id, raw.idempotent_replayed) == (200, "req_generate", True)
        assert raw.headers["x-request-id"] == "req_generate" and raw.http_response.status_code == 200
        doc = raw.parse()
        assert isinstance(doc, IrnDocument) and doc.irn == IRN and doc._request_id == "req_generate"
        assert raw.parse() is doc  # parsed once
        plain = client.irn.get(IRN)
        assert plain._request_id == "req_get"
        page_raw = client.documents.with_raw_response.list(limit=1)
        assert page_raw.request_id == "req_p1" and [d.doc_no for d in page_raw.parse()] == ["INV/1"] * 3
        export = client.documents.with_raw_response.export()
        assert export.request_id == "req_x" and len(list(export.parse())) == 3
        assert not hasattr(client, "last_response")


async def test_gather_over_three_calls_each_reads_its_own_response() -> None:
    delays = {"/v1/irn": 0.05, f"/v1/irn/{IRN}": 0.0, "/v1/status": 0.02}  # they finish in another order

    async def route(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(delays.get(request.url.path, 0))
        return _route(request)

    async with AsyncEinvoice(
        base_url="http://api.test",
        client_id="cli",
        client_secret="cs",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(route)),
    ) as client:
        generated, got, status = await asyncio.gather(
            client.irn.with_raw_response.generate({"Version": "1.1"}),
            client.irn.with_raw_response.get(IRN),
            client.status.with_raw_response.get(),
        )
        assert (generated.request_id, generated.idempotent_replayed) == ("req_generate", True)
        assert (got.request_id, got.idempotent_replayed) == ("req_get", False)
        assert status.request_id == "req_status" and status.parse().status == "operational"
        assert generated.parse()._request_id == "req_generate" and got.parse()._request_id == "req_get"
        # Plain calls carry their own request id as well.
        a, b = await asyncio.gather(client.irn.get(IRN), client.status.get())
        assert (a._request_id, b._request_id) == ("req_get", "req_status")


async def test_async_pagination_without_await() -> None:
    async with AsyncEinvoice(
        base_url="http://api.test",
        client_id="cli",
        client_secret="cs",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(_route)),
    ) as client:
        paginator = client.documents.list(limit=1)
        assert isinstance(paginator, AsyncPaginator)
        seen: List[DocumentSummary] = [d async for d in client.documents.list(limit=1)]
        assert len(seen) == 3
        first = await client.documents.list(limit=1)  # awaitable: the first page
        assert len(first.data) == 1 and first.has_next_page() and first._request_id == "req_p1"
        assert len([d async for d in await client.documents.list()]) == 3  # the 0.1 spelling still works
        raw = await client.documents.with_raw_response.list()
        assert raw.request_id == "req_p1" and len(raw.parse().data) == 1
        export = await client.documents.with_raw_response.export()
        assert export.request_id == "req_x" and len([d async for d in export.parse()]) == 3
        assert len([d async for d in client.documents.export()]) == 3


def test_gstn_errors_are_typed() -> None:
    problem = {
        "type": "https://einvoice.dev/problems/validation",
        "title": "Invalid invoice",
        "status": 422,
        "request_id": "req_422",
        "code": "validation_failed",
        "gstn_errors": [
            {"code": "2172", "message": "Total mismatch", "hint": "Fix TotInvVal", "pointer": "/ValDtls/TotInvVal"},
            {"code": "2150", "message": "Duplicate"},
        ],
    }
    transport = httpx.MockTransport(
        lambda r: _json(200, TOKEN, "t") if r.url.path == "/v1/oauth/token" else _json(422, problem, "req_422")
    )
    with Einvoice(
        base_url="http://api.test", client_id="c", client_secret="s", http_client=httpx.Client(transport=transport)
    ) as client:
        with pytest.raises(einvoice_sdk.UnprocessableEntityError) as err:
            client.irn.get(IRN)
    first, second = err.value.gstn_errors
    assert isinstance(first, GstnError) and (first.code, first.message, first.hint, first.pointer) == (
        "2172",
        "Total mismatch",
        "Fix TotInvVal",
        "/ValDtls/TotInvVal",
    )
    assert (second.code, second.hint, second.pointer) == ("2150", None, None)
    assert "2172: Total mismatch" in str(err.value)


def test_per_call_extras_timeout_and_app_info() -> None:
    seen: List[httpx.Request] = []

    def route(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _route(request)

    http = httpx.Client(transport=httpx.MockTransport(route))
    with Einvoice(
        base_url="http://api.test",
        client_id="cli",
        client_secret="cs",
        http_client=http,
        timeout=httpx.Timeout(12.0, connect=3.0),
        app_info={"name": "AcmeERP", "version": "4.2", "url": "https://acme.example"},
    ) as client:
        client.irn.generate(
            {"Version": "1.1"},
            extra_headers={"x-trace": "t1"},
            extra_query={"beta": "1"},
            extra_body={"x_new_member": True},
        )
        req = seen[-1]
        assert req.headers["x-trace"] == "t1" and req.url.params["beta"] == "1"
        assert json.loads(req.content) == {"Version": "1.1", "x_new_member": True}
        assert req.extensions["timeout"] == {"connect": 3.0, "read": 12.0, "write": 12.0, "pool": 12.0}
        assert req.headers["user-agent"].endswith(" AcmeERP/4.2 (+https://acme.example)")
        assert req.headers["user-agent"].startswith("einvoice-python/")

        fast = client.with_options(timeout=2.5, max_retries=0, app_info={"name": "AcmeERP"})
        assert fast.config.timeout == 2.5 and fast.config.max_retries == 0 and client.config.max_retries == 2
        fast.irn.get(IRN, timeout=httpx.Timeout(1.0))
        assert seen[-1].extensions["timeout"]["read"] == 1.0
        assert seen[-1].headers["user-agent"].endswith(" AcmeERP")
        assert fast.tokens is client.tokens and fast.config.gstin == client.config.gstin
