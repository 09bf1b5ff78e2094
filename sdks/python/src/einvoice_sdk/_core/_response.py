"""Raw responses per call: ``client.irn.with_raw_response.generate(...)`` returns an ``APIResponse`` with the
status, headers, request id and ``Idempotent-Replayed`` of that call's final HTTP response, and ``parse()``
for the value the plain method returns. Nothing is kept on the client, so concurrent calls (threads,
``asyncio.gather``) each read their own response.
"""

from __future__ import annotations

import functools
from typing import Any, AsyncIterator, Awaitable, Callable, Generic, Mapping, Optional, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

from ._types import RAW_RESPONSE_OPTION

_T = TypeVar("_T")
_R = TypeVar("_R")
_P = ParamSpec("_P")

__all__ = [
    "APIResponse",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "async_stream_to_raw_response_wrapper",
]


class APIResponse(Generic[_T]):
    """The final HTTP response of one call (after retries) and its parsed value."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], _T], *, retries_taken: int = 0) -> None:
        self.http_response = http_response
        """The ``httpx.Response`` (its body is already read)."""
        self.retries_taken = retries_taken
        """How many retries the call took before this response (0: the first attempt answered)."""
        self._parse = parse
        self._parsed: Optional[_T] = None
        self._is_parsed = False

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> Optional[str]:
        """The server's ``X-Request-Id`` for this call (quote it to support)."""
        rid: Optional[str] = self.http_response.headers.get("x-request-id")
        return rid

    @property
    def idempotent_replayed(self) -> bool:
        """True when the server answered from an earlier request with the same idempotency key or document."""
        return bool(self.http_response.headers.get("idempotent-replayed") == "true")

    def parse(self) -> _T:
        """The value the method returns without ``with_raw_response`` (parsed once, then cached)."""
        if not self._is_parsed:
            self._parsed = self._parse()
            self._is_parsed = True
        return cast(_T, self._parsed)

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code}] {self.http_response.request.method} "
            f"{self.http_response.request.url.path} request_id={self.request_id!r}>"
        )


def _raw(kwargs: Mapping[str, Any]) -> Any:
    return {**kwargs, RAW_RESPONSE_OPTION: True}


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, APIResponse[_R]]:
    """The same method, returning ``APIResponse[R]`` instead of ``R``."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        return cast("APIResponse[_R]", cast(Any, func)(*args, **_raw(kwargs)))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[APIResponse[_R]]]:
    """The same coroutine method (or a method returning an awaitable paginator), awaiting ``APIResponse[R]``."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        return cast("APIResponse[_R]", await cast(Any, func)(*args, **_raw(kwargs)))

    return wrapped


def async_stream_to_raw_response_wrapper(
    func: Callable[_P, AsyncIterator[_R]],
) -> Callable[_P, Awaitable[APIResponse[AsyncIterator[_R]]]]:
    """For NDJSON exports: the request is made when awaited; ``parse()`` iterates the lines already read."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[AsyncIterator[_R]]:
        return cast("APIResponse[AsyncIterator[_R]]", await cast(Any, func)(*args, **_raw(kwargs)))

    return wrapped
