"""RFC 9421 HTTP Message Signatures, HMAC-SHA256 (opt-in ``signing_key``); vectors in spec/vectors/request-signatures.json.

Covered components: "@method", "@target-uri", "content-digest" (RFC 9530 sha-256, only with a body) and
the ``created`` parameter.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Dict, List, Optional, Union
from urllib.parse import urlsplit


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    secret: Union[str, bytes]
    """Raw bytes, or a base64 string."""
    label: str = "sig1"


def content_digest(body: bytes) -> str:
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"


def signature_params(components: List[str], created: int, key_id: str, alg: Optional[str] = "hmac-sha256") -> str:
    comps = " ".join(f'"{c}"' for c in components)
    return f'({comps});created={created};keyid="{key_id}"' + (f';alg="{alg}"' if alg else "")


def signature_base(method: str, url: str, headers: Dict[str, str], components: List[str], params: str) -> str:
    """The RFC 9421 section 2.5 signature base."""
    parts = urlsplit(url)
    lower = {k.lower(): v for k, v in headers.items()}
    lines = []
    for c in components:
        if c == "@method":
            value = method.upper()
        elif c == "@target-uri":
            value = url
        elif c == "@authority":
            value = parts.netloc.lower()
        elif c == "@path":
            value = parts.path or "/"
        elif c == "@query":
            value = "?" + parts.query
        else:
            value = lower[c].strip()
        lines.append(f'"{c}": {value}')
    lines.append(f'"@signature-params": {params}')
    return "\n".join(lines)


def sign_request(
    method: str, url: str, body: Optional[bytes], key: SigningKey, created: Optional[int] = None
) -> Dict[str, str]:
    """Returns the headers to add: content-digest (with a body), signature-input and signature."""
    created = int(time.time()) if created is None else created
    out: Dict[str, str] = {}
    components = ["@method", "@target-uri"]
    if body is not None:
        out["content-digest"] = content_digest(body)
        components.append("content-digest")
    params = signature_params(components, created, key.key_id)
    base = signature_base(method, url, out, components, params)
    secret = base64.b64decode(key.secret) if isinstance(key.secret, str) else key.secret
    sig = base64.b64encode(hmac.new(secret, base.encode(), hashlib.sha256).digest()).decode()
    out["signature-input"] = f"{key.label}={params}"
    out["signature"] = f"{key.label}=:{sig}:"
    return out


def hmac_signature(base: str, secret: Union[str, bytes]) -> str:
    key = base64.b64decode(secret) if isinstance(secret, str) else secret
    return base64.b64encode(hmac.new(key, base.encode(), hashlib.sha256).digest()).decode()
