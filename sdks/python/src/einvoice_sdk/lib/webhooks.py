"""Standard Webhooks verification (HMAC-SHA256), with an injectable clock. Vectors: spec/vectors/webhook-signatures.json.

Pass the raw request body bytes exactly as received: a re-serialised body will not verify.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any, Callable, Mapping, Optional, Sequence, Union

from .._generated.types import WebhookEvent, parse_webhook_event

TOLERANCE_SECONDS = 300


class WebhookVerificationError(Exception):
    """The webhook could not be verified. ``reason`` is one of missing_headers, timestamp_too_old,
    timestamp_too_new, no_matching_signature."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _key(secret: str) -> bytes:
    return base64.b64decode(secret[len("whsec_") :] if secret.startswith("whsec_") else secret)


def sign(msg_id: str, timestamp: int, payload: Union[str, bytes], secret: str) -> str:
    """The ``webhook-signature`` value for one secret (for tests of your own receiver)."""
    body = payload.encode() if isinstance(payload, str) else payload
    content = f"{msg_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(_key(secret), content, hashlib.sha256).digest()).decode()


def verify(
    payload: Union[str, bytes],
    headers: Mapping[str, str],
    secrets: Union[str, Sequence[str]],
    *,
    now: Optional[Callable[[], float]] = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> Any:
    """Verifies ``payload`` (raw bytes) against its headers with one or more endpoint secrets (rotation);
    returns the decoded JSON. Raises WebhookVerificationError."""
    lower = {k.lower(): v for k, v in headers.items()}
    msg_id, ts, sigs = lower.get("webhook-id"), lower.get("webhook-timestamp"), lower.get("webhook-signature")
    if not msg_id or not ts or not sigs:
        raise WebhookVerificationError(
            "missing_headers", "webhook-id, webhook-timestamp and webhook-signature are required"
        )
    try:
        timestamp = int(ts)
    except ValueError:
        raise WebhookVerificationError("missing_headers", "webhook-timestamp is not a number") from None
    current = int((now or time.time)())
    if current - timestamp > tolerance:
        raise WebhookVerificationError("timestamp_too_old", "the webhook timestamp is too old")
    if timestamp - current > tolerance:
        raise WebhookVerificationError("timestamp_too_new", "the webhook timestamp is in the future")
    body = payload.encode() if isinstance(payload, str) else payload
    candidates = [s.split(",", 1)[1] for s in sigs.split(" ") if s.startswith("v1,")]
    for secret in [secrets] if isinstance(secrets, str) else secrets:
        expected = sign(msg_id, timestamp, body, secret).split(",", 1)[1]
        if any(hmac.compare_digest(expected, c) for c in candidates):
            return json.loads(body)
    raise WebhookVerificationError(
        "no_matching_signature",
        "no signature matches: check the secret and pass the raw request body bytes, not re-serialised JSON",
    )


def construct_event(
    payload: Union[str, bytes],
    headers: Mapping[str, str],
    secrets: Union[str, Sequence[str]],
    *,
    now: Optional[Callable[[], float]] = None,
) -> WebhookEvent:
    """verify() then decode into the typed event (UnknownWebhookEvent for event types this version lacks)."""
    return parse_webhook_event(verify(payload, headers, secrets, now=now))
