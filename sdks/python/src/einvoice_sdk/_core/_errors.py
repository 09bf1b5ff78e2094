"""Error hierarchy (spec/conformance/README.md, "Errors"): one base, a configuration error, status subclasses, connection and
timeout errors.

Every error carries the HTTP status, the request id, the headers, the RFC 9457 problem body and the
GSTN (NIC) error codes.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

import httpx
from pydantic import ValidationError

from .._generated.types import GstnError

__all__ = [
    "EinvoiceError",
    "EinvoiceConfigError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APIConnectionTimeoutError",
    "APITimeoutError",
    "APIUserAbortError",
    "GstnError",
]


class EinvoiceError(Exception):
    """Base of every error the SDK raises."""

    status: Optional[int] = None
    request_id: Optional[str] = None
    headers: Optional[httpx.Headers] = None
    problem: Optional[Dict[str, Any]] = None
    gstn_errors: List[GstnError]
    """NIC's errors (``code``, ``message``, ``hint``, ``pointer``), empty when there are none."""
    code: Optional[str] = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.gstn_errors = []


class EinvoiceConfigError(EinvoiceError):
    """The client was built without the credential it needs or with an invalid option; raised by the
    constructors (and ``with_options``) before any request is sent. ``option`` names the option at fault
    (``"api_key"``, ``"client_secret"``, ``"base_url"`` ...); ``status`` is ``None``."""

    option: str

    def __init__(self, message: str, *, option: str) -> None:
        super().__init__(message)
        self.option = option


class APIError(EinvoiceError):
    """Any failure talking to the API (status or connection)."""


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    status: int
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status = response.status_code
        self.headers = response.headers
        self.problem = body if isinstance(body, dict) else None
        rid = response.headers.get("x-request-id")
        if rid is None and self.problem is not None and isinstance(self.problem.get("request_id"), str):
            rid = self.problem["request_id"]
        self.request_id = rid
        errs = self.problem.get("gstn_errors") if self.problem else None
        self.gstn_errors = [_gstn_error(e) for e in errs if isinstance(e, dict)] if isinstance(errs, list) else []
        # The problem's `code`; a token endpoint error carries RFC 6749's `error` (e.g. invalid_client) instead.
        code = self.problem.get("code") if self.problem else None
        if not isinstance(code, str) and self.problem:
            code = self.problem.get("error")
        self.code = code if isinstance(code, str) else None

    @property
    def status_code(self) -> int:
        return self.status


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class APIConnectionError(APIError):
    """No HTTP answer: DNS, refused or reset connection, TLS failure."""


class APIConnectionTimeoutError(APIConnectionError):
    """The attempt exceeded its timeout."""


APITimeoutError = APIConnectionTimeoutError


class APIUserAbortError(EinvoiceError):
    """The caller cancelled the call; never retried."""


def _gstn_error(raw: Mapping[str, Any]) -> GstnError:
    try:
        return GstnError.model_validate(raw)
    except ValidationError:  # a malformed entry still reaches the caller, with what it had
        return GstnError.model_validate(
            {**raw, "code": str(raw.get("code") or ""), "message": str(raw.get("message") or "")}
        )


_BY_STATUS: Mapping[int, type] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(response: httpx.Response, body: Any) -> APIStatusError:
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    title = body.get("title") if isinstance(body, dict) else None
    detail = body.get("detail") if isinstance(body, dict) else None
    message = f"{status} {title or response.reason_phrase or 'HTTP error'}" + (f": {detail}" if detail else "")
    err: APIStatusError = cls(message, response=response, body=body)
    if err.gstn_errors:
        err.message = message + " [" + "; ".join(f"{g.code}: {g.message}" for g in err.gstn_errors) + "]"
        err.args = (err.message,)
    return err
