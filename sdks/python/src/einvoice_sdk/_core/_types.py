"""Per-call options and small helpers shared by generated resources."""

from __future__ import annotations

from typing import Any, Mapping, Union
from urllib.parse import quote

import httpx
from typing_extensions import Literal, Required, TypedDict

Timeout = Union[float, httpx.Timeout]
"""Seconds for every phase of one attempt, or an ``httpx.Timeout`` (connect, read, write, pool)."""


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every method as keyword arguments."""

    timeout: Timeout
    """This call's per-attempt timeout: seconds, or an ``httpx.Timeout``."""
    max_retries: int
    """This call's retry budget (retries after the first attempt)."""
    extra_headers: Mapping[str, str]
    """Headers added to this call's request (they override the client's ``default_headers``)."""
    extra_query: Mapping[str, Any]
    """Query parameters added to this call's URL (for parameters this SDK version does not know yet)."""
    extra_body: Mapping[str, Any]
    """Members merged into this call's JSON (or form) body, on top of the typed body."""
    idempotency_key: str
    """Idempotency key for a POST (default: a UUID generated once per call and reused on every retry)."""
    as_gstin: str
    """Act for this GSTIN (its credential must be configured on the client)."""
    tenant: str
    """Act for this tenant on this call (``Einvoice-Tenant``: a ``ten_...`` id), instead of the client's ``tenant``."""


class AppInfo(TypedDict, total=False):
    """Who is calling: appended to the User-Agent as ``name/version (+url)`` (as Stripe's ``set_app_info``)."""

    name: Required[str]
    version: str
    url: str


class NotGiven:
    """The default of ``with_options`` parameters: "leave this option as it is" (``None`` may be a real value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

RAW_RESPONSE_OPTION = "_raw_response"
"""Internal option the ``with_raw_response`` wrappers add: the client returns an ``APIResponse``."""


def path_param(value: Union[str, int]) -> str:
    return quote(str(value), safe="")
