"""Einvoice-Version: the version this SDK was generated for on every request, and overrides per client and per call."""

from __future__ import annotations

import re
from typing import List

import httpx

from einvoice_sdk import API_VERSION, Einvoice


def _client(seen: List[httpx.Request], **kwargs: object) -> Einvoice:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "ok", "irps": []})

    return Einvoice(
        base_url="http://api.test",
        api_key="sk_test_versions",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **kwargs,  # type: ignore[arg-type]
    )


def test_sends_the_generated_version_and_takes_overrides() -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", API_VERSION)
    seen: List[httpx.Request] = []
    client = _client(seen)
    client.status.with_raw_response.get()
    client.status.with_raw_response.get(extra_headers={"Einvoice-Version": "2026-12-01"})
    client.with_options(api_version="2026-12-01").status.with_raw_response.get()
    _client(seen, api_version="2026-12-01").status.with_raw_response.get()
    client.status.with_raw_response.get()
    assert [r.headers.get_list("einvoice-version") for r in seen] == [
        [API_VERSION],
        ["2026-12-01"],
        ["2026-12-01"],
        ["2026-12-01"],
        [API_VERSION],
    ]
