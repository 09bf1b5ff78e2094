"""einvoice_sdk: Python SDK for the einvoice GST e-invoice API (IRNs, e-way bills, notes, webhooks)."""

from . import types
from ._client import AsyncEinvoice, Einvoice
from ._core._errors import (
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    APIStatusError,
    APITimeoutError,
    APIUserAbortError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EinvoiceConfigError,
    EinvoiceError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._core._pagination import AsyncPage, Page
from ._core._signing import SigningKey
from ._core._tokens import GstinCredential
from ._core._types import RequestOptions
from ._version import __version__
from .lib import webhooks

__all__ = [
    "Einvoice",
    "AsyncEinvoice",
    "GstinCredential",
    "SigningKey",
    "RequestOptions",
    "Page",
    "AsyncPage",
    "types",
    "webhooks",
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
    "__version__",
]
