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
    GstnError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._core._pagination import AsyncPage, AsyncPaginator, Page
from ._core._response import APIResponse
from ._core._signing import SigningKey
from ._core._tokens import GstinCredential
from ._core._types import NOT_GIVEN, AppInfo, NotGiven, RequestOptions, Timeout
from ._generated import API_VERSION
from ._version import __version__
from .lib import webhooks
from .lib.webhooks import WebhookVerificationError

__all__ = [
    "API_VERSION",
    "Einvoice",
    "AsyncEinvoice",
    "GstinCredential",
    "SigningKey",
    "RequestOptions",
    "AppInfo",
    "Timeout",
    "NotGiven",
    "NOT_GIVEN",
    "APIResponse",
    "Page",
    "AsyncPage",
    "AsyncPaginator",
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
    "GstnError",
    "WebhookVerificationError",
    "__version__",
]
