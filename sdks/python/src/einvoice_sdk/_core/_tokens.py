"""OAuth client-credentials tokens, cached per GSTIN credential, refreshed before expiry, single flight."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Callable, Dict, Optional, Tuple


@dataclass(frozen=True)
class GstinCredential:
    """A GSTIN credential (OAuth client) from ``credentials.create``."""

    client_id: str
    client_secret: str
    scope: Optional[str] = None


@dataclass
class _Cached:
    token: str
    refresh_at: float
    expires_at: float


def refresh_at(issued: float, expires_in: float) -> Tuple[float, float]:
    """Refresh 60 s before expiry, or half-way through a token shorter than two minutes."""
    skew = min(60.0, expires_in / 2)
    return issued + expires_in - skew, issued + expires_in


class TokenCache:
    """One cache per client family (shared by ``with_options`` copies), keyed by client id."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tokens: Dict[str, _Cached] = {}
        self._locks: Dict[str, threading.Lock] = {}
        self._alocks: Dict[str, asyncio.Lock] = {}
        self._guard = threading.Lock()
        self.requests = 0
        """How many token requests were made (observability and tests)."""

    def get(self, client_id: str) -> Optional[str]:
        c = self._tokens.get(client_id)
        if c is not None and self._clock() < c.refresh_at:
            return c.token
        return None

    def store(self, client_id: str, token: str, expires_in: float) -> None:
        r, e = refresh_at(self._clock(), expires_in)
        self._tokens[client_id] = _Cached(token, r, e)

    def invalidate(self, client_id: str, token: str) -> None:
        c = self._tokens.get(client_id)
        if c is not None and c.token == token:
            del self._tokens[client_id]

    def lock(self, client_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(client_id, threading.Lock())

    def alock(self, client_id: str) -> asyncio.Lock:
        with self._guard:
            return self._alocks.setdefault(client_id, asyncio.Lock())
