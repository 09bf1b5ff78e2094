"""Per-call options and small helpers shared by generated resources."""

from __future__ import annotations

from typing import Mapping, Union
from urllib.parse import quote

from typing_extensions import TypedDict


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every method as keyword arguments."""

    timeout: float
    """This call's per-attempt timeout, seconds."""
    max_retries: int
    """This call's retry budget (retries after the first attempt)."""
    extra_headers: Mapping[str, str]
    idempotency_key: str
    """Idempotency key for a POST (default: a UUID generated once per call and reused on every retry)."""
    as_gstin: str
    """Act for this GSTIN (its credential must be configured on the client)."""


def path_param(value: Union[str, int]) -> str:
    return quote(str(value), safe="")
