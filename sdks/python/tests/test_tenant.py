"""Einvoice-Tenant: a platform acts for one of its tenants per client (``tenant=``, ``with_options``) or per call
(``tenant=``, which wins); nothing is sent without one, and a malformed id never leaves the process."""

from __future__ import annotations

from typing import Any, List, Optional

import httpx
import pytest

from einvoice_sdk import AsyncEinvoice, Einvoice, EinvoiceConfigError

PAGE = {"object": "list", "data": [], "has_more": False, "next_cursor": None}


def _handler(seen: List[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=PAGE)

    return handler


def _client(seen: List[httpx.Request], **kwargs: Any) -> Einvoice:
    return Einvoice(
        base_url="http://api.test",
        api_key="sk_test_platform",
        http_client=httpx.Client(transport=httpx.MockTransport(_handler(seen))),
        **kwargs,
    )


def _tenants(seen: List[httpx.Request]) -> List[Optional[str]]:
    """The Einvoice-Tenant of each request (a repeated header would show as a comma-joined value)."""
    return [r.headers.get("einvoice-tenant") for r in seen]


def test_no_tenant_unless_one_is_set() -> None:
    seen: List[httpx.Request] = []
    _client(seen).gstins.list()
    assert _tenants(seen) == [None]


def test_client_tenant_and_the_call_option_wins() -> None:
    seen: List[httpx.Request] = []
    client = _client(seen, tenant="ten_01JF3Q8Z5XACME")
    client.gstins.list()
    client.gstins.list(tenant="ten_01JF3Q8Z5XOTHER")
    client.webhook_endpoints.with_raw_response.create(
        {"url": "https://example.com/hook", "enabled_events": ["*"]}, tenant="ten_01JF3Q8Z5XOTHER"
    )
    client.gstins.list()
    client.with_options(tenant="ten_01JF3Q8Z5XCOPY").gstins.list()
    client.with_options(tenant=None).gstins.list()
    assert seen[2].method == "POST"
    assert _tenants(seen) == [
        "ten_01JF3Q8Z5XACME",
        "ten_01JF3Q8Z5XOTHER",
        "ten_01JF3Q8Z5XOTHER",
        "ten_01JF3Q8Z5XACME",
        "ten_01JF3Q8Z5XCOPY",
        None,
    ]


def test_the_call_option_beats_raw_headers_whatever_their_case() -> None:
    seen: List[httpx.Request] = []
    client = _client(seen, default_headers={"EINVOICE-TENANT": "ten_fromheaders"})
    client.gstins.list(tenant="ten_fromoption")
    client.gstins.list()
    assert _tenants(seen) == ["ten_fromoption", "ten_fromheaders"]


@pytest.mark.parametrize("bad", ["acme", "ten_", "ten_a-b", " ten_abc", "TEN_abc", "ten_abc\n", ""])
def test_a_malformed_tenant_is_refused_before_sending(bad: str) -> None:
    seen: List[httpx.Request] = []
    with pytest.raises(EinvoiceConfigError) as client_error:
        _client(seen, tenant=bad)
    assert client_error.value.option == "tenant"
    client = _client(seen, tenant="ten_ok1")
    with pytest.raises(EinvoiceConfigError) as copy_error:
        client.with_options(tenant=bad)
    assert copy_error.value.option == "tenant"
    with pytest.raises(EinvoiceConfigError) as call_error:
        client.gstins.list(tenant=bad)
    assert call_error.value.option == "tenant" and repr(bad) in str(call_error.value)
    assert seen == []


async def test_async_client_sends_the_tenant_too() -> None:
    seen: List[httpx.Request] = []
    client = AsyncEinvoice(
        base_url="http://api.test",
        api_key="sk_test_platform",
        tenant="ten_01JF3Q8Z5XACME",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(_handler(seen))),
    )
    await client.gstins.list()
    await client.gstins.list(tenant="ten_01JF3Q8Z5XOTHER")
    with pytest.raises(EinvoiceConfigError):
        await client.gstins.list(tenant="nope")
    await client.close()
    assert _tenants(seen) == ["ten_01JF3Q8Z5XACME", "ten_01JF3Q8Z5XOTHER"]
