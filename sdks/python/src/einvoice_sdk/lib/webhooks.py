"""Standard Webhooks verification (HMAC-SHA256), with an injectable clock. Vectors: spec/vectors/webhook-signatures.json.

Pass the raw request body bytes exactly as received: a re-serialised body will not verify.

    event = webhooks.unwrap(raw_body, request.headers, "whsec_...")   # the typed event, or WebhookVerificationError

``sign_headers(...)`` builds the three headers of a delivery, for tests of your own receiver.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
import uuid
import warnings
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Union

from typing_extensions import Literal

from .._core._errors import EinvoiceError
from .._generated.types import WebhookEvent, parse_webhook_event

__all__ = [
    "TOLERANCE_SECONDS",
    "SECRET_PREFIX",
    "WebhookVerificationError",
    "WebhookErrorCode",
    "unwrap",
    "verify",
    "sign",
    "sign_headers",
    "construct_event",
]

TOLERANCE_SECONDS = 300
SECRET_PREFIX = "whsec_"
_BASE64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")

WebhookErrorCode = Literal[
    "invalid_secret",
    "missing_headers",
    "invalid_timestamp",
    "timestamp_too_old",
    "timestamp_too_new",
    "no_matching_signature",
]


class WebhookVerificationError(EinvoiceError):
    """The webhook could not be verified (answer 400 and do not process it). ``code`` is one of
    ``invalid_secret`` (the secret you passed is not ``whsec_`` + base64), ``missing_headers``,
    ``invalid_timestamp``, ``timestamp_too_old``, ``timestamp_too_new``, ``no_matching_signature``; the same
    codes in every SDK and in ``spec/vectors/webhook-signatures.json``."""

    code: WebhookErrorCode

    def __init__(self, code: WebhookErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code

    @property
    def reason(self) -> str:
        """Deprecated alias of ``code`` (0.1.x)."""
        warnings.warn("WebhookVerificationError.reason is deprecated: use .code", DeprecationWarning, stacklevel=2)
        return self.code


def _key(secret: str) -> bytes:
    """The HMAC key of ``whsec_<base64>`` (the prefix may be left out, as in the reference libraries). Strict:
    a character outside base64 is an error, never silently skipped into a different key."""
    if not isinstance(secret, str):
        raise WebhookVerificationError("invalid_secret", "the webhook secret must be a str such as 'whsec_...'")
    b64 = secret[len(SECRET_PREFIX) :] if secret.startswith(SECRET_PREFIX) else secret
    if not _BASE64.match(b64):
        raise WebhookVerificationError(
            "invalid_secret", "invalid webhook secret: expected 'whsec_' followed by base64 (copy it whole)"
        )
    try:
        key = base64.b64decode(b64 + "=" * (-len(b64) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("invalid_secret", "invalid webhook secret: not valid base64") from None
    if not key:
        raise WebhookVerificationError("invalid_secret", "invalid webhook secret: empty key")
    return key


def _keys(secrets: Union[str, Sequence[str]]) -> List[bytes]:
    if isinstance(secrets, str):
        return [_key(secrets)]
    if not isinstance(secrets, (list, tuple)) or not secrets:
        raise WebhookVerificationError(
            "invalid_secret", "pass a webhook secret 'whsec_...' or a non-empty list of them"
        )
    return [_key(s) for s in secrets]


def _bytes(payload: Union[str, bytes]) -> bytes:
    return payload.encode() if isinstance(payload, str) else payload


def sign(msg_id: str, timestamp: int, payload: Union[str, bytes], secret: Union[str, Sequence[str]]) -> str:
    """The ``webhook-signature`` value: one ``v1,<base64>`` per secret, space-separated (for tests)."""
    content = f"{msg_id}.{timestamp}.".encode() + _bytes(payload)
    return " ".join(
        "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode() for key in _keys(secret)
    )


def sign_headers(
    payload: Union[str, bytes],
    secret: Union[str, Sequence[str]],
    *,
    msg_id: Optional[str] = None,
    timestamp: Optional[int] = None,
) -> Dict[str, str]:
    """The three headers of a delivery of ``payload`` (``webhook-id``, ``webhook-timestamp``,
    ``webhook-signature``), for tests of your own receiver: ``unwrap(payload, sign_headers(payload, secret),
    secret)`` returns the event. ``msg_id`` defaults to a new ``msg_...`` id, ``timestamp`` to now."""
    mid = msg_id or f"msg_{uuid.uuid4().hex}"
    ts = int(time.time()) if timestamp is None else int(timestamp)
    return {"webhook-id": mid, "webhook-timestamp": str(ts), "webhook-signature": sign(mid, ts, payload, secret)}


def verify(
    payload: Union[str, bytes],
    headers: Mapping[str, str],
    secrets: Union[str, Sequence[str]],
    *,
    now: Optional[Callable[[], float]] = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> Any:
    """Verifies ``payload`` (raw bytes) against its headers with one or more endpoint secrets (rotation);
    returns the decoded JSON. Raises ``WebhookVerificationError``."""
    keys = _keys(secrets)
    lower = {k.lower(): v for k, v in headers.items()}
    msg_id, ts, sigs = lower.get("webhook-id"), lower.get("webhook-timestamp"), lower.get("webhook-signature")
    missing = [
        name
        for name, value in (("webhook-id", msg_id), ("webhook-timestamp", ts), ("webhook-signature", sigs))
        if not value
    ]
    if missing or msg_id is None or ts is None or sigs is None:
        raise WebhookVerificationError("missing_headers", f"missing webhook header(s): {', '.join(missing)}")
    try:
        timestamp = int(ts)
    except ValueError:
        raise WebhookVerificationError(
            "invalid_timestamp", f"webhook-timestamp is not a number of seconds: {ts!r}"
        ) from None
    current = int((now or time.time)())
    if current - timestamp > tolerance:
        raise WebhookVerificationError(
            "timestamp_too_old", f"the webhook timestamp is {current - timestamp} s old (tolerance {tolerance} s)"
        )
    if timestamp - current > tolerance:
        raise WebhookVerificationError(
            "timestamp_too_new", f"the webhook timestamp is {timestamp - current} s in the future"
        )
    body = _bytes(payload)
    content = f"{msg_id}.{timestamp}.".encode() + body
    candidates = [s.split(",", 1)[1] for s in sigs.split(" ") if s.startswith("v1,")]
    for key in keys:
        expected = base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()
        if any(hmac.compare_digest(expected, c) for c in candidates):
            return json.loads(body)
    raise WebhookVerificationError(
        "no_matching_signature",
        "no signature matches: check the secret and pass the raw request body bytes, not re-serialised JSON",
    )


def unwrap(
    payload: Union[str, bytes],
    headers: Mapping[str, str],
    secrets: Union[str, Sequence[str]],
    *,
    now: Optional[Callable[[], float]] = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> WebhookEvent:
    """``verify()`` then decode into the typed event (the spec's webhook union; ``UnknownWebhookEvent`` for an
    event type this SDK version does not know). Raises ``WebhookVerificationError``."""
    return parse_webhook_event(verify(payload, headers, secrets, now=now, tolerance=tolerance))


def construct_event(
    payload: Union[str, bytes],
    headers: Mapping[str, str],
    secrets: Union[str, Sequence[str]],
    *,
    now: Optional[Callable[[], float]] = None,
) -> WebhookEvent:
    """The name of ``unwrap`` in 0.1.x; kept as an alias."""
    return unwrap(payload, headers, secrets, now=now)
