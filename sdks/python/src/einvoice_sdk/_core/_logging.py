"""Logging through the standard library: the logger is ``logging.getLogger("einvoice")``.

``info``: one line per HTTP attempt (method, path without query, status, request id, attempt, latency in ms).
``debug``: adds the request and response headers. Bodies only with the client's ``log_bodies=True``. Never
logged: ``Authorization``, ``Signature*``, cookies, API keys, client secrets, tokens, passwords, webhook
secrets (header values and body members are replaced by ``[redacted]``).

``EINVOICE_LOG=info`` or ``EINVOICE_LOG=debug`` sets the level and, when the logger has no handler of its
own, adds one writing to stderr; without it the SDK only emits records, and your logging configuration
decides (``logging.getLogger("einvoice").setLevel(logging.INFO)``).
"""

from __future__ import annotations

import json
import logging
import os
import re
from typing import Any, Mapping, Optional
from urllib.parse import parse_qsl, urlencode

logger = logging.getLogger("einvoice")

REDACTED = "[redacted]"
_SECRET_HEADERS = {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
_SECRET_KEYS = {
    "access_token",
    "refresh_token",
    "id_token",
    "token",
    "api_key",
    "client_secret",
    "secret",
    "secrets",
    "signing_key",
    "password",
    "irp_password",
}
_SECRET_VALUE = re.compile(r"\b(sk|cs|whsec)_[A-Za-z0-9_+/=\-]{4,}")


def setup_from_env() -> None:
    """Applies ``EINVOICE_LOG`` (``debug`` or ``info``); called when a client is built."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("EINVOICE_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def _secret_key(key: str) -> bool:
    k = key.lower()
    return k in _SECRET_KEYS or k.endswith(("_secret", "_password", "_token"))


def redact_headers(headers: Mapping[str, str]) -> Mapping[str, str]:
    return {
        k: REDACTED if k.lower() in _SECRET_HEADERS or k.lower().startswith("signature") else v
        for k, v in headers.items()
    }


def _redact(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: REDACTED if _secret_key(str(k)) else _redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v) for v in value]
    if isinstance(value, str):
        return _SECRET_VALUE.sub(REDACTED, value)
    return value


def redact_body(content: Optional[bytes], content_type: Optional[str]) -> str:
    """A body for the log, with secret members replaced (JSON and form bodies; anything else by pattern)."""
    if not content:
        return ""
    text = content.decode("utf-8", errors="replace")
    ctype = (content_type or "").lower()
    if "x-www-form-urlencoded" in ctype:
        return urlencode([(k, REDACTED if _secret_key(k) else _redact(v)) for k, v in parse_qsl(text)])
    if "json" in ctype:
        try:
            if "ndjson" in ctype:
                return "\n".join(json.dumps(_redact(json.loads(line))) for line in text.splitlines() if line.strip())
            return json.dumps(_redact(json.loads(text)), ensure_ascii=False)
        except ValueError:
            pass
    return str(_redact(text))
