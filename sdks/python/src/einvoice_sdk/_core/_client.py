"""The request engine: auth (account key or per-GSTIN OAuth token), idempotency keys, timeouts, retries with
back-off, status-aware waiting, client-side throttling, RFC 9421 signing, error mapping, logging (one line per
attempt on the ``einvoice`` logger) and raw responses (``APIResponse``, per call, never on the client).

``SyncAPIClient`` and ``AsyncAPIClient`` share the configuration and every decision; only the I/O differs.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import platform
import random as _random
import re
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import (
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import urlencode

import httpx
from pydantic import BaseModel

from .._generated import API_VERSION
from .._version import __version__
from ._errors import APIConnectionError, APIConnectionTimeoutError, EinvoiceConfigError, EinvoiceError, error_for
from ._logging import logger, redact_body, redact_headers, setup_from_env
from ._models import EinvoiceModel
from ._pagination import AsyncPage, AsyncPaginator, Page
from ._response import APIResponse
from ._retry import DEFAULT_MAX_RETRIES, retry_delay_seconds, should_retry_status
from ._signing import SigningKey, sign_request
from ._tokens import GstinCredential, TokenCache
from ._types import RAW_RESPONSE_OPTION, AppInfo, RequestOptions, Timeout

_T = TypeVar("_T")

DEFAULT_BASE_URL = "https://api.einvoice.dev"
DEFAULT_TIMEOUT = 60.0
Auth = str  # "account" | "gstin" | "account_or_gstin" | "client_basic" | "none"
CredentialInput = Union[GstinCredential, Tuple[str, str]]


@dataclass
class ClientConfig:
    base_url: str
    api_key: Optional[str]
    credentials: Dict[str, GstinCredential]
    gstin: Optional[str]
    timeout: Timeout
    max_retries: int
    default_headers: Dict[str, str]
    signing_key: Optional[SigningKey]
    status_aware_backoff: bool
    status_poll_interval: float
    status_max_wait: float
    throttle: bool
    app_info: Optional[AppInfo] = None
    log_bodies: bool = False
    #: The dated API version sent in ``Einvoice-Version``; None: ``API_VERSION``, the one this SDK was generated for.
    api_version: Optional[str] = None
    #: The tenant account-key calls act for (``Einvoice-Tenant``); None: the account itself.
    tenant: Optional[str] = None
    random: Callable[[], float] = field(default=_random.random)


def build_config(
    *,
    base_url: Optional[str],
    api_key: Optional[str],
    client_id: Optional[str],
    client_secret: Optional[str],
    gstin: Optional[str],
    scope: Optional[str],
    credentials: Optional[Mapping[str, CredentialInput]],
    timeout: Timeout,
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
    signing_key: Optional[SigningKey],
    status_aware_backoff: bool,
    status_poll_interval: float,
    status_max_wait: float,
    throttle: bool,
    app_info: Optional[AppInfo] = None,
    log_bodies: bool = False,
    client_name: str = "Einvoice",
    api_version: Optional[str] = None,
    tenant: Optional[str] = None,
) -> ClientConfig:
    """The client's configuration, environment fallbacks applied; raises ``EinvoiceConfigError`` when the
    client would have no credential at all, half a GSTIN credential, or an invalid option."""
    creds: Dict[str, GstinCredential] = {}
    for g, c in (credentials or {}).items():
        creds[g] = c if isinstance(c, GstinCredential) else GstinCredential(c[0], c[1])
    gstin = gstin or os.environ.get("EINVOICE_GSTIN")
    explicit = bool(client_id or client_secret)
    client_id = client_id or os.environ.get("EINVOICE_CLIENT_ID")
    client_secret = client_secret or os.environ.get("EINVOICE_CLIENT_SECRET")
    if client_id and client_secret:
        creds[gstin or ""] = GstinCredential(client_id, client_secret, scope)
    api_key = api_key or os.environ.get("EINVOICE_API_KEY")
    # Half a credential is an error when it was passed, or when the client has nothing else to work with
    # (a stray EINVOICE_CLIENT_ID next to an api_key is ignored, as before).
    if bool(client_id) != bool(client_secret) and (explicit or (not api_key and not creds)):
        if client_id:
            raise EinvoiceConfigError(
                f"{client_name} got client_id but no client_secret: pass client_secret or set EINVOICE_CLIENT_SECRET",
                option="client_secret",
            )
        raise EinvoiceConfigError(
            f"{client_name} got client_secret but no client_id: pass client_id or set EINVOICE_CLIENT_ID",
            option="client_id",
        )
    if not api_key and not creds:
        raise EinvoiceConfigError(
            f"{client_name} needs a credential: pass api_key (or set EINVOICE_API_KEY) for the account API, or "
            "client_id and client_secret (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET) or credentials={gstin: GstinCredential(...)} "
            "to act for a GSTIN",
            option="api_key",
        )
    if gstin is None and len(creds) == 1:
        gstin = next(iter(creds))
    return ClientConfig(
        base_url=(base_url or os.environ.get("EINVOICE_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
        api_key=api_key,
        credentials=creds,
        gstin=gstin,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        signing_key=signing_key,
        status_aware_backoff=status_aware_backoff,
        status_poll_interval=status_poll_interval,
        status_max_wait=status_max_wait,
        throttle=throttle,
        app_info=cast(AppInfo, dict(app_info)) if app_info is not None else None,
        log_bodies=log_bodies,
        api_version=api_version,
        tenant=tenant,
    )


_TENANT_ID = re.compile(r"ten_[A-Za-z0-9]+")


def check_tenant(tenant: object, where: str) -> None:
    """Raises ``EinvoiceConfigError`` unless ``tenant`` is None or a tenant id (``ten_`` and letters or digits)."""
    if tenant is None or (isinstance(tenant, str) and _TENANT_ID.fullmatch(tenant)):
        return
    raise EinvoiceConfigError(
        f"{where} must be a tenant id such as 'ten_01JF3Q8Z5X' (ten_ and letters or digits); got {tenant!r}",
        option="tenant",
    )


def validate_config(config: ClientConfig, client_name: str = "Einvoice") -> None:
    """Raises ``EinvoiceConfigError`` for an option no request can work with (also after ``with_options``)."""
    scheme = config.base_url.split("://", 1)[0].lower() if "://" in config.base_url else ""
    if scheme not in ("http", "https") or not config.base_url.split("://", 1)[1]:
        raise EinvoiceConfigError(
            f"{client_name}: base_url (or EINVOICE_BASE_URL) must be an http(s) URL such as {DEFAULT_BASE_URL}; got {config.base_url!r}",
            option="base_url",
        )
    timeout_ok = isinstance(config.timeout, httpx.Timeout) or (
        isinstance(config.timeout, (int, float)) and not isinstance(config.timeout, bool) and config.timeout > 0
    )
    if not timeout_ok:
        raise EinvoiceConfigError(
            f"{client_name}: timeout must be a positive number of seconds or an httpx.Timeout; got {config.timeout!r}",
            option="timeout",
        )
    if isinstance(config.max_retries, bool) or not isinstance(config.max_retries, int) or config.max_retries < 0:
        raise EinvoiceConfigError(
            f"{client_name}: max_retries must be an int >= 0; got {config.max_retries!r}", option="max_retries"
        )
    info = config.app_info
    if info is not None and not (
        isinstance(info, Mapping)
        and isinstance(info.get("name"), str)
        and info.get("name")
        and all(isinstance(info.get(k, ""), str) for k in ("version", "url"))
        and not set(info) - {"name", "version", "url"}
    ):
        raise EinvoiceConfigError(
            f"{client_name}: app_info must be {{'name': str, 'version': str, 'url': str}} (name required); got {info!r}",
            option="app_info",
        )
    check_tenant(config.tenant, f"{client_name}: tenant")
    for g, cred in config.credentials.items():
        if not cred.client_id or not cred.client_secret:
            raise EinvoiceConfigError(
                f"{client_name}: the credential for GSTIN {g!r} needs both client_id and client_secret",
                option="credentials",
            )


@dataclass
class _Prepared:
    method: str
    path: str
    url: str
    content: Optional[bytes]
    content_type: Optional[str]
    auth: Auth
    idempotency_key: Optional[str]
    prefer_wait: Optional[int]
    options: RequestOptions
    max_retries: int
    timeout: Timeout
    credential: Optional[GstinCredential]


class _Base:
    _config: ClientConfig
    _tokens: TokenCache
    _blocked_until: float

    # ---- shared decisions -------------------------------------------------------------------------------
    def _credential(self, options: RequestOptions) -> Optional[GstinCredential]:
        gstin = options.get("as_gstin", self._config.gstin)
        creds = self._config.credentials
        if gstin is not None and gstin in creds:
            return creds[gstin]
        if gstin is not None and "" in creds:
            return creds[""]
        if gstin is None and len(creds) == 1:
            return next(iter(creds.values()))
        return None

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        query: Optional[Mapping[str, Any]],
        body: Any,
        form: Any,
        idempotent: bool,
        prefer_wait: Optional[int],
        options: RequestOptions,
    ) -> _Prepared:
        url = self._config.base_url + path
        merged_query = {**(query or {}), **options.get("extra_query", {})}
        q = {k: _query_value(v) for k, v in merged_query.items() if v is not None}
        if q:
            url += "?" + urlencode(q)
        extra_body = options.get("extra_body")
        content: Optional[bytes] = None
        content_type: Optional[str] = None
        if form is not None:
            fields = {**dict(form), **(extra_body or {})}
            content = urlencode({k: v for k, v in fields.items() if v is not None}).encode()
            content_type = "application/x-www-form-urlencoded"
        elif body is not None or extra_body:
            payload = _jsonable(body)
            if extra_body:
                if payload is not None and not isinstance(payload, dict):
                    raise TypeError("extra_body needs a JSON object body")
                payload = {**(payload or {}), **_jsonable(extra_body)}
            content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
            content_type = "application/json"
        check_tenant(options.get("tenant"), "the tenant= call option")
        key = options.get("idempotency_key") or (str(uuid.uuid4()) if idempotent and method == "POST" else None)
        credential = self._credential(options) if auth in ("gstin", "account_or_gstin", "client_basic") else None
        if auth == "gstin" and credential is None:
            raise EinvoiceConfigError(
                "this operation needs a GSTIN credential: pass client_id and client_secret (or set EINVOICE_CLIENT_ID and "
                "EINVOICE_CLIENT_SECRET) or credentials={gstin: GstinCredential(...)}",
                option="client_id",
            )
        if auth == "account" and not self._config.api_key:
            raise EinvoiceConfigError(
                "this operation needs the account API key: pass api_key or set EINVOICE_API_KEY", option="api_key"
            )
        return _Prepared(
            method=method,
            path=path,
            url=url,
            content=content,
            content_type=content_type,
            auth=auth,
            idempotency_key=key,
            prefer_wait=prefer_wait,
            options=options,
            max_retries=options.get("max_retries", self._config.max_retries),
            timeout=options.get("timeout", self._config.timeout),
            credential=credential,
        )

    def _headers(self, p: _Prepared, attempt: int, authorization: Optional[str]) -> Dict[str, str]:
        h: Dict[str, str] = {
            "accept": "application/json, application/problem+json",
            "user-agent": _user_agent(self._config.app_info),
            "x-einvoice-retry-count": str(attempt),
            "einvoice-version": self._config.api_version or API_VERSION,
        }
        if self._config.tenant:
            h["einvoice-tenant"] = self._config.tenant
        extra = {**self._config.default_headers, **p.options.get("extra_headers", {})}
        for name in ("einvoice-version", "einvoice-tenant"):
            if name in h and any(k.lower() == name for k in extra):
                del h[name]  # a version or tenant in the headers (per client or per call) wins, whatever its case
        h.update(self._config.default_headers)
        h.update(p.options.get("extra_headers", {}))
        tenant = p.options.get("tenant")
        if tenant:  # the call's tenant= wins over the client's and over raw headers, whatever their case
            h = {k: v for k, v in h.items() if k.lower() != "einvoice-tenant"}
            h["einvoice-tenant"] = tenant
        if p.content_type:
            h["content-type"] = p.content_type
        if p.idempotency_key:
            h["idempotency-key"] = p.idempotency_key
        if p.prefer_wait is not None:
            h["prefer"] = f"wait={p.prefer_wait}"
        if authorization:
            h["authorization"] = authorization
        if self._config.signing_key is not None:
            h.update(sign_request(p.method, p.url, p.content, self._config.signing_key))
        return h

    def _static_authorization(self, p: _Prepared) -> Optional[str]:
        if p.auth == "account" or (p.auth == "account_or_gstin" and self._config.api_key):
            return f"Bearer {self._config.api_key}"
        if p.auth == "client_basic" and p.credential is not None:
            raw = f"{p.credential.client_id}:{p.credential.client_secret}".encode()
            return "Basic " + base64.b64encode(raw).decode()
        return None

    def _uses_token(self, p: _Prepared) -> bool:
        return p.auth == "gstin" or (p.auth == "account_or_gstin" and not self._config.api_key)

    def _update_throttle(self, headers: httpx.Headers) -> None:
        remaining, reset = headers.get("x-ratelimit-remaining"), headers.get("x-ratelimit-reset")
        if remaining is None or reset is None:
            return
        try:
            if float(remaining) <= 0 and float(reset) > 0:
                self._blocked_until = max(self._blocked_until, time.monotonic() + min(float(reset), 60.0))
        except ValueError:
            pass

    def _throttle_wait(self) -> float:
        return max(0.0, self._blocked_until - time.monotonic()) if self._config.throttle else 0.0

    def _token_form(self, credential: GstinCredential) -> Dict[str, str]:
        form = {"grant_type": "client_credentials"}
        if credential.scope:
            form["scope"] = credential.scope
        return form

    @staticmethod
    def _irp_down(body: Any) -> bool:
        if not isinstance(body, dict):
            return False
        irps = body.get("irps") or []
        return body.get("status") == "down" or any(isinstance(i, dict) and i.get("status") == "down" for i in irps)

    @staticmethod
    def _cast(cast_to: Type[_T], data: Any, response: Optional[httpx.Response] = None) -> _T:
        if cast_to is type(None):
            return cast_to()
        if isinstance(cast_to, type) and issubclass(cast_to, BaseModel):
            model: Any = cast_to.model_validate(data)
            if response is not None and isinstance(model, EinvoiceModel):
                model._request_id = response.headers.get("x-request-id")
            return cast(_T, model)
        return cast(_T, data)

    @classmethod
    def _ndjson_items(cls, item_type: Type[_T], text: Any) -> Iterator[_T]:
        for line in str(text or "").splitlines():
            if line.strip():
                yield cls._cast(item_type, json.loads(line))

    def _status_timeout(self) -> Timeout:
        t = self._config.timeout
        return httpx.Timeout(5.0) if isinstance(t, httpx.Timeout) else min(t, 5.0)

    def _log_attempt(
        self,
        p: _Prepared,
        attempt: int,
        started: float,
        headers: Mapping[str, str],
        response: Optional[httpx.Response] = None,
        error: Optional[BaseException] = None,
    ) -> None:
        """One record per HTTP attempt: at ``info`` method, path, status, request id, attempt and latency; at
        ``debug`` the same record also holds the headers (and the bodies with ``log_bodies``), redacted. One
        record, not several, so a log line is an attempt in every SDK."""
        if not logger.isEnabledFor(logging.INFO):
            return
        ms = (time.monotonic() - started) * 1000
        if response is not None:
            fmt = "HTTP %s %s %d request_id=%s attempt=%d latency_ms=%.0f"
            args: List[Any] = [
                p.method,
                p.path,
                response.status_code,
                response.headers.get("x-request-id") or "-",
                attempt + 1,
                ms,
            ]
        else:
            fmt = "HTTP %s %s failed (%s) attempt=%d latency_ms=%.0f"
            args = [p.method, p.path, type(error).__name__, attempt + 1, ms]
        if not logger.isEnabledFor(logging.DEBUG):
            logger.info(fmt, *args)
            return
        fmt += " request_headers=%s"
        args.append(dict(redact_headers(headers)))
        if self._config.log_bodies and p.content:
            fmt += " request_body=%s"
            args.append(redact_body(p.content, p.content_type))
        if response is not None:
            fmt += " response_headers=%s"
            args.append(dict(redact_headers(response.headers)))
            if self._config.log_bodies and response.content:
                fmt += " response_body=%s"
                args.append(redact_body(response.content, response.headers.get("content-type")))
        logger.debug(fmt, *args)


def _user_agent(app_info: Optional[AppInfo]) -> str:
    ua = f"einvoice-python/{__version__} python/{platform.python_version()}"
    if app_info:
        ua += " " + app_info["name"] + (f"/{app_info['version']}" if app_info.get("version") else "")
        if app_info.get("url"):
            ua += f" (+{app_info['url']})"
    return ua


def _log_status_poll(started: float, response: Optional[httpx.Response], error: Optional[BaseException] = None) -> None:
    """The status polls made while an IRP is down are HTTP attempts too: one ``info`` line each."""
    if not logger.isEnabledFor(logging.INFO):
        return
    ms = (time.monotonic() - started) * 1000
    if response is not None:
        rid = response.headers.get("x-request-id") or "-"
        logger.info("HTTP GET /v1/status %d request_id=%s status_poll latency_ms=%.0f", response.status_code, rid, ms)
    else:
        logger.info("HTTP GET /v1/status failed (%s) status_poll latency_ms=%.0f", type(error).__name__, ms)


def _timeout_text(timeout: Timeout) -> str:
    return f"after {timeout} s" if not isinstance(timeout, httpx.Timeout) else f"({timeout!r})"


def _raw(options: RequestOptions) -> bool:
    return bool(cast(Mapping[str, Any], options).get(RAW_RESPONSE_OPTION))


def _query_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _jsonable(v: Any) -> Any:
    if isinstance(v, BaseModel):
        return v.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(v, Mapping):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return v


def _read_body(response: httpx.Response) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    ctype = response.headers.get("content-type", "")
    if "json" in ctype and "ndjson" not in ctype:
        try:
            return response.json()
        except ValueError:
            return response.text
    return response.text


class SyncAPIClient(_Base):
    def __init__(
        self, config: ClientConfig, *, http_client: Optional[httpx.Client] = None, tokens: Optional[TokenCache] = None
    ) -> None:
        setup_from_env()
        self._config = config
        self._tokens = tokens or TokenCache()
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(follow_redirects=False)
        self._blocked_until = 0.0
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    # ---- tokens ------------------------------------------------------------------------------------------
    def _token(self, credential: GstinCredential) -> str:
        cached = self._tokens.get(credential.client_id)
        if cached:
            return cached
        with self._tokens.lock(credential.client_id):
            cached = self._tokens.get(credential.client_id)
            if cached:
                return cached
            self._tokens.requests += 1
            p = self._prepare(
                "POST",
                "/v1/oauth/token",
                auth="client_basic",
                query=None,
                body=None,
                form=self._token_form(credential),
                idempotent=False,
                prefer_wait=None,
                options={},
            )
            p.credential = credential
            _, data, _ = self._send(p)
            self._tokens.store(credential.client_id, str(data["access_token"]), float(data["expires_in"]))
            return str(data["access_token"])

    # ---- the loop ----------------------------------------------------------------------------------------
    def _send(self, p: _Prepared) -> Tuple[httpx.Response, Any, int]:
        """The final response, its decoded body and how many retries it took; raises for a non-2xx answer."""
        retries = 0
        attempt = 0
        refreshed = False
        while True:
            wait = self._throttle_wait()
            if wait > 0:
                self._sleep(wait)
            token: Optional[str] = None
            authorization = self._static_authorization(p)
            if self._uses_token(p) and p.credential is not None:
                token = self._token(p.credential)
                authorization = f"Bearer {token}"
            headers = self._headers(p, attempt, authorization)
            started = time.monotonic()
            try:
                response = self._http.request(p.method, p.url, content=p.content, headers=headers, timeout=p.timeout)
            except httpx.TimeoutException as exc:
                error: EinvoiceError = APIConnectionTimeoutError(f"request timed out {_timeout_text(p.timeout)}")
                error.__cause__ = exc
                self._log_attempt(p, attempt, started, headers, error=error)
            except httpx.TransportError as exc:
                error = APIConnectionError(f"connection error: {exc}")
                error.__cause__ = exc
                self._log_attempt(p, attempt, started, headers, error=error)
            else:
                self._update_throttle(response.headers)
                body = _read_body(response)
                self._log_attempt(p, attempt, started, headers, response=response)
                if response.is_success:
                    return response, body, retries
                if response.status_code == 401 and token is not None and not refreshed and p.credential is not None:
                    refreshed = True
                    self._tokens.invalidate(p.credential.client_id, token)
                    attempt += 1
                    continue
                if retries < p.max_retries and should_retry_status(response.status_code, response.headers):
                    if response.status_code in (502, 503, 504):
                        self._wait_while_irp_down()
                    self._sleep(retry_delay_seconds(retries, response.headers, self._config.random()))
                    retries += 1
                    attempt += 1
                    continue
                raise error_for(response, body)
            if retries >= p.max_retries:
                raise error
            self._sleep(retry_delay_seconds(retries, None, self._config.random()))
            retries += 1
            attempt += 1

    def _wait_while_irp_down(self) -> None:
        if not self._config.status_aware_backoff:
            return
        deadline = time.monotonic() + self._config.status_max_wait
        while self._status_down() and time.monotonic() + self._config.status_poll_interval <= deadline:
            self._sleep(self._config.status_poll_interval)

    def _status_down(self) -> bool:
        started = time.monotonic()
        try:
            headers = {"accept": "application/json", **self._config.default_headers}
            r = self._http.get(self._config.base_url + "/v1/status", headers=headers, timeout=self._status_timeout())
            _log_status_poll(started, r)
            return r.is_success and self._irp_down(r.json())
        except (httpx.HTTPError, ValueError) as exc:
            _log_status_poll(started, None, exc)
            return False

    # ---- what generated resources call -------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        cast_to: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        form: Any = None,
        idempotent: bool = False,
        prefer_wait: Optional[int] = None,
    ) -> _T:
        p = self._prepare(
            method,
            path,
            auth=auth,
            query=query,
            body=body,
            form=form,
            idempotent=idempotent,
            prefer_wait=prefer_wait,
            options=options,
        )
        response, data, retries = self._send(p)
        if _raw(options):
            raw = APIResponse(response, lambda: self._cast(cast_to, data, response), retries_taken=retries)
            return cast(_T, raw)
        return self._cast(cast_to, data, response)

    def _request_page(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        item_type: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        **_kw: Any,
    ) -> Page[_T]:
        base_query = dict(query or {})
        first_cursor = base_query.pop("starting_after", None)

        def fetch_raw(cursor: Optional[str]) -> Tuple[httpx.Response, Page[_T], int]:
            q = dict(base_query)
            if cursor is not None:
                q["starting_after"] = cursor
            p = self._prepare(
                method,
                path,
                auth=auth,
                query=q,
                body=None,
                form=None,
                idempotent=False,
                prefer_wait=None,
                options=options,
            )
            response, data, retries = self._send(p)
            data = data or {}
            items: List[_T] = [self._cast(item_type, x) for x in data.get("data", [])]
            rid = response.headers.get("x-request-id")
            return response, Page(items, bool(data.get("has_more")), data.get("next_cursor"), fetch, rid), retries

        def fetch(cursor: Optional[str]) -> Page[_T]:
            return fetch_raw(cursor)[1]

        if _raw(options):
            response, page, retries = fetch_raw(first_cursor)
            return cast("Page[_T]", APIResponse(response, lambda: page, retries_taken=retries))
        return fetch(first_cursor)

    def _request_ndjson(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        item_type: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        **_kw: Any,
    ) -> Iterator[_T]:
        p = self._prepare(
            method,
            path,
            auth=auth,
            query=query,
            body=None,
            form=None,
            idempotent=False,
            prefer_wait=None,
            options=options,
        )
        if _raw(options):
            response, text, retries = self._send(p)
            raw = APIResponse(response, lambda: self._ndjson_items(item_type, text), retries_taken=retries)
            return cast(Iterator[_T], raw)
        return self._ndjson_lazy(p, item_type)

    def _ndjson_lazy(self, p: _Prepared, item_type: Type[_T]) -> Iterator[_T]:
        _, text, _ = self._send(p)  # sent when iteration starts
        yield from self._ndjson_items(item_type, text)


class AsyncAPIClient(_Base):
    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: Optional[httpx.AsyncClient] = None,
        tokens: Optional[TokenCache] = None,
    ) -> None:
        setup_from_env()
        self._config = config
        self._tokens = tokens or TokenCache()
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)
        self._blocked_until = 0.0
        self._sleep: Callable[[float], Any] = asyncio.sleep

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def _token(self, credential: GstinCredential) -> str:
        cached = self._tokens.get(credential.client_id)
        if cached:
            return cached
        async with self._tokens.alock(credential.client_id):
            cached = self._tokens.get(credential.client_id)
            if cached:
                return cached
            self._tokens.requests += 1
            p = self._prepare(
                "POST",
                "/v1/oauth/token",
                auth="client_basic",
                query=None,
                body=None,
                form=self._token_form(credential),
                idempotent=False,
                prefer_wait=None,
                options={},
            )
            p.credential = credential
            _, data, _ = await self._send(p)
            self._tokens.store(credential.client_id, str(data["access_token"]), float(data["expires_in"]))
            return str(data["access_token"])

    async def _send(self, p: _Prepared) -> Tuple[httpx.Response, Any, int]:
        retries = 0
        attempt = 0
        refreshed = False
        while True:
            wait = self._throttle_wait()
            if wait > 0:
                await self._sleep(wait)
            token: Optional[str] = None
            authorization = self._static_authorization(p)
            if self._uses_token(p) and p.credential is not None:
                token = await self._token(p.credential)
                authorization = f"Bearer {token}"
            headers = self._headers(p, attempt, authorization)
            started = time.monotonic()
            try:
                response = await self._http.request(
                    p.method, p.url, content=p.content, headers=headers, timeout=p.timeout
                )
            except httpx.TimeoutException as exc:
                error: EinvoiceError = APIConnectionTimeoutError(f"request timed out {_timeout_text(p.timeout)}")
                error.__cause__ = exc
                self._log_attempt(p, attempt, started, headers, error=error)
            except httpx.TransportError as exc:
                error = APIConnectionError(f"connection error: {exc}")
                error.__cause__ = exc
                self._log_attempt(p, attempt, started, headers, error=error)
            else:
                self._update_throttle(response.headers)
                body = _read_body(response)
                self._log_attempt(p, attempt, started, headers, response=response)
                if response.is_success:
                    return response, body, retries
                if response.status_code == 401 and token is not None and not refreshed and p.credential is not None:
                    refreshed = True
                    self._tokens.invalidate(p.credential.client_id, token)
                    attempt += 1
                    continue
                if retries < p.max_retries and should_retry_status(response.status_code, response.headers):
                    if response.status_code in (502, 503, 504):
                        await self._wait_while_irp_down()
                    await self._sleep(retry_delay_seconds(retries, response.headers, self._config.random()))
                    retries += 1
                    attempt += 1
                    continue
                raise error_for(response, body)
            if retries >= p.max_retries:
                raise error
            await self._sleep(retry_delay_seconds(retries, None, self._config.random()))
            retries += 1
            attempt += 1

    async def _wait_while_irp_down(self) -> None:
        if not self._config.status_aware_backoff:
            return
        deadline = time.monotonic() + self._config.status_max_wait
        while await self._status_down() and time.monotonic() + self._config.status_poll_interval <= deadline:
            await self._sleep(self._config.status_poll_interval)

    async def _status_down(self) -> bool:
        started = time.monotonic()
        try:
            headers = {"accept": "application/json", **self._config.default_headers}
            r = await self._http.get(
                self._config.base_url + "/v1/status", headers=headers, timeout=self._status_timeout()
            )
            _log_status_poll(started, r)
            return r.is_success and self._irp_down(r.json())
        except (httpx.HTTPError, ValueError) as exc:
            _log_status_poll(started, None, exc)
            return False

    async def _request(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        cast_to: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        form: Any = None,
        idempotent: bool = False,
        prefer_wait: Optional[int] = None,
    ) -> _T:
        p = self._prepare(
            method,
            path,
            auth=auth,
            query=query,
            body=body,
            form=form,
            idempotent=idempotent,
            prefer_wait=prefer_wait,
            options=options,
        )
        response, data, retries = await self._send(p)
        if _raw(options):
            raw = APIResponse(response, lambda: self._cast(cast_to, data, response), retries_taken=retries)
            return cast(_T, raw)
        return self._cast(cast_to, data, response)

    def _request_page(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        item_type: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        **_kw: Any,
    ) -> AsyncPaginator[_T]:
        """An ``AsyncPaginator``: awaitable for the first page and async-iterable over every item; nothing is
        sent before it is awaited or iterated."""
        base_query = dict(query or {})
        first_cursor = base_query.pop("starting_after", None)

        async def fetch_raw(cursor: Optional[str]) -> Tuple[httpx.Response, AsyncPage[_T], int]:
            q = dict(base_query)
            if cursor is not None:
                q["starting_after"] = cursor
            p = self._prepare(
                method,
                path,
                auth=auth,
                query=q,
                body=None,
                form=None,
                idempotent=False,
                prefer_wait=None,
                options=options,
            )
            response, data, retries = await self._send(p)
            data = data or {}
            items: List[_T] = [self._cast(item_type, x) for x in data.get("data", [])]
            rid = response.headers.get("x-request-id")
            page = AsyncPage(items, bool(data.get("has_more")), data.get("next_cursor"), fetch, rid)
            return response, page, retries

        async def fetch(cursor: Optional[str]) -> AsyncPage[_T]:
            return (await fetch_raw(cursor))[1]

        async def first_raw() -> APIResponse[AsyncPage[_T]]:
            response, page, retries = await fetch_raw(first_cursor)
            return APIResponse(response, lambda: page, retries_taken=retries)

        if _raw(options):
            return cast("AsyncPaginator[_T]", first_raw())  # awaited by the with_raw_response wrapper
        return AsyncPaginator(lambda: fetch(first_cursor))

    def _request_ndjson(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        item_type: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        **_kw: Any,
    ) -> AsyncIterator[_T]:
        p = self._prepare(
            method,
            path,
            auth=auth,
            query=query,
            body=None,
            form=None,
            idempotent=False,
            prefer_wait=None,
            options=options,
        )

        async def raw() -> APIResponse[AsyncIterator[_T]]:
            response, text, retries = await self._send(p)
            return APIResponse(response, lambda: _aiter(self._ndjson_items(item_type, text)), retries_taken=retries)

        if _raw(options):
            return cast(AsyncIterator[_T], raw())  # awaited by the with_raw_response wrapper
        return self._ndjson_lazy(p, item_type)

    async def _ndjson_lazy(self, p: _Prepared, item_type: Type[_T]) -> AsyncIterator[_T]:
        _, text, _ = await self._send(p)  # sent when iteration starts
        for item in self._ndjson_items(item_type, text):
            yield item


async def _aiter(items: Iterator[_T]) -> AsyncIterator[_T]:
    for item in items:
        yield item


__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "ClientConfig",
    "build_config",
    "replace",
    "DEFAULT_MAX_RETRIES",
]
