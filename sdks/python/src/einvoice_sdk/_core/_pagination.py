"""Cursor pagination: a page is a list of items plus ``has_more``/``next_cursor``; iterating walks every page."""

from __future__ import annotations

from typing import AsyncIterator, Awaitable, Callable, Generic, Iterator, List, Optional, TypeVar

_T = TypeVar("_T")


class Page(Generic[_T]):
    def __init__(
        self, data: List[_T], has_more: bool, next_cursor: Optional[str], fetch: Callable[[str], "Page[_T]"]
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch

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
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch

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
