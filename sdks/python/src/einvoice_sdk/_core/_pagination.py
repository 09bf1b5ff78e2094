"""Cursor pagination: a page is a list of items plus ``has_more``/``next_cursor``; iterating walks every page.

Async: ``client.documents.list(...)`` returns an ``AsyncPaginator``, which is both awaitable (the first
``AsyncPage``) and async-iterable (every item of every page), as openai-python's:
``async for d in client.documents.list()`` or ``page = await client.documents.list()``.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Awaitable, Callable, Generator, Generic, Iterator, List, Optional, TypeVar

_T = TypeVar("_T")


class Page(Generic[_T]):
    def __init__(
        self,
        data: List[_T],
        has_more: bool,
        next_cursor: Optional[str],
        fetch: Callable[[str], "Page[_T]"],
        request_id: Optional[str] = None,
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch
        self._request_id = request_id
        """The ``X-Request-Id`` of the request that returned this page."""

    def has_next_page(self) -> bool:
        return self.has_more and self.next_cursor is not None

    def get_next_page(self) -> "Page[_T]":
        if self.next_cursor is None or not self.has_more:
            raise RuntimeError("no next page; check has_next_page() first")
        return self._fetch(self.next_cursor)

    def iter_pages(self) -> Iterator["Page[_T]"]:
        page: Page[_T] = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"Page(items={len(self.data)}, has_more={self.has_more}, next_cursor={self.next_cursor!r})"


class AsyncPage(Generic[_T]):
    def __init__(
        self,
        data: List[_T],
        has_more: bool,
        next_cursor: Optional[str],
        fetch: Callable[[str], Awaitable["AsyncPage[_T]"]],
        request_id: Optional[str] = None,
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch
        self._request_id = request_id
        """The ``X-Request-Id`` of the request that returned this page."""

    def has_next_page(self) -> bool:
        return self.has_more and self.next_cursor is not None

    async def get_next_page(self) -> "AsyncPage[_T]":
        if self.next_cursor is None or not self.has_more:
            raise RuntimeError("no next page; check has_next_page() first")
        return await self._fetch(self.next_cursor)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[_T]"]:
        page: AsyncPage[_T] = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"AsyncPage(items={len(self.data)}, has_more={self.has_more}, next_cursor={self.next_cursor!r})"


class AsyncPaginator(Generic[_T]):
    """What an async list method returns. ``await`` it for the first page; ``async for`` over it for every item
    across pages. No request is sent until it is awaited or iterated; each ``await`` or ``async for`` fetches
    afresh."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[_T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[_T]]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPage[_T]:
        return await self._first_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._first_page()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return "<AsyncPaginator (await it for the first page, or async-iterate it for every item)>"
