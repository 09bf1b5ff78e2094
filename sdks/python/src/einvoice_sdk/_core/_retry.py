"""The retry policy every einvoice SDK shares (spec/conformance/README.md, spec/vectors/retry-backoff.json)."""

from __future__ import annotations

import email.utils
import time
from typing import Mapping, Optional

DEFAULT_MAX_RETRIES = 2
MAX_RETRY_AFTER_S = 60.0
_INITIAL_DELAY_S = 0.5
_MAX_DELAY_S = 8.0
_MAX_JITTER = 0.25


def should_retry_status(status: int, headers: Mapping[str, str]) -> bool:
    override = headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return status in (408, 409, 429) or status >= 500


def retry_after_seconds(headers: Mapping[str, str], now: Optional[float] = None) -> Optional[float]:
    """`retry-after-ms`, then `Retry-After` (seconds or HTTP date); None unless 0 < delay <= 60 s."""
    delay: Optional[float] = None
    ms = headers.get("retry-after-ms")
    if ms is not None and ms.strip():
        try:
            delay = float(ms) / 1000.0
        except ValueError:
            delay = None
    if delay is None:
        value = headers.get("retry-after")
        if value is not None and value.strip():
            try:
                delay = float(value)
            except ValueError:
                try:
                    parsed = email.utils.parsedate_to_datetime(value)
                    delay = parsed.timestamp() - (time.time() if now is None else now)
                except (TypeError, ValueError, IndexError):
                    delay = None
    if delay is not None and 0 < delay <= MAX_RETRY_AFTER_S:
        return delay
    return None


def backoff_seconds(retry_index: int, random: float) -> float:
    """min(0.5 * 2^n, 8) s minus up to 25 % jitter; `random` is U[0, 1)."""
    base: float = min(_INITIAL_DELAY_S * float(2**retry_index), _MAX_DELAY_S)
    return base * (1 - random * _MAX_JITTER)


def retry_delay_seconds(
    retry_index: int, headers: Optional[Mapping[str, str]], random: float, now: Optional[float] = None
) -> float:
    if headers is not None:
        ra = retry_after_seconds(headers, now)
        if ra is not None:
            return ra
    return backoff_seconds(retry_index, random)
