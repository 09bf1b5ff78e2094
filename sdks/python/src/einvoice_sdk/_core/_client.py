"""The request engine: auth (account key or per-GSTIN OAuth token), idempotency keys, timeouts, retries with
back-off, status-aware waiting, client-side throttling, RFC 9421 signing and error mapping.

``SyncAPIClient`` and ``AsyncAPIClient`` share the configuration and every decision; only the I/O differs.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import platform
import random as _random
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

from .._version import __version__
from ._errors import APIConnectionError, APIConnectionTimeoutError, EinvoiceConfigError, EinvoiceError, error_for
from ._pagination import AsyncPage, Page
from ._retry import DEFAULT_MAX_RETRIES, retry_delay_seconds, should_retry_status
from ._signing import SigningKey, sign_request
from ._tokens import GstinCredential, TokenCache
from ._types import RequestOptions

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
    timeout: float
    max_retries: int
    default_headers: Dict[str, str]
    signing_key: Optional[SigningKey]
    status_aware_backoff: bool
    status_poll_interval: float
    status_max_wait: float
    throttle: bool
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
    timeout: float,
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
    signing_key: Optional[SigningKey],
    status_aware_backoff: bool,
    status_poll_interval: float,
    status_max_wait: float,
    throttle: bool,
    client_name: str = "Einvoice",
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
    )


def validate_config(config: ClientConfig, client_name: str = "Einvoice") -> None:
    """Raises ``EinvoiceConfigError`` for an option no request can work with (also after ``with_options``)."""
    scheme = config.base_url.split("://", 1)[0].lower() if "://" in config.base_url else ""
    if scheme not in ("http", "https") or not config.base_url.split("://", 1)[1]:
        raise EinvoiceConfigError(
            f"{client_name}: base_url (or EINVOICE_BASE_URL) must be an http(s) URL such as {DEFAULT_BASE_URL}; got {config.base_url!r}",
            option="base_url",
        )
    if isinstance(config.timeout, bool) or not isinstance(config.timeout, (int, float)) or not config.timeout > 0:
        raise EinvoiceConfigError(
            f"{client_name}: timeout must be a positive number of seconds; got {config.timeout!r}", option="timeout"
        )
    if isinstance(config.max_retries, bool) or not isinstance(config.max_retries, int) or config.max_retries < 0:
        raise EinvoiceConfigError(
            f"{client_name}: max_retries must be an int >= 0; got {config.max_retries!r}", option="max_retries"
        )
    for g, cred in config.credentials.items():
        if not cred.client_id or not cred.client_secret:
            raise EinvoiceConfigError(
                f"{client_name}: the credential for GSTIN {g!r} needs both client_id and client_secret",
                option="credentials",
            )


@dataclass
class _Prepared:
    method: str
    url: str
    content: Optional[bytes]
    content_type: Optional[str]
    auth: Auth
    idempotency_key: Optional[str]
    prefer_wait: Optional[int]
    options: RequestOptions
    max_retries: int
    timeout: float
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
        q = {k: _query_value(v) for k, v in (query or {}).items() if v is not None}
        if q:
            url += "?" + urlencode(q)
        content: Optional[bytes] = None
        content_type: Optional[str] = None
        if form is not None:
            content = urlencode({k: v for k, v in dict(form).items() if v is not None}).encode()
            content_type = "application/x-www-form-urlencoded"
        elif body is not None:
            content = json.dumps(_jsonable(body), separators=(",", ":"), ensure_ascii=False).encode()
            content_type = "application/json"
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
            "user-agent": f"einvoice-python/{__version__} python/{platform.python_version()}",
            "x-einvoice-retry-count": str(attempt),
        }
        h.update(self._config.default_headers)
        h.update(p.options.get("extra_headers", {}))
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
    def _cast(cast_to: Type[_T], data: Any) -> _T:
        if cast_to is type(None):
            return cast_to()
        if isinstance(cast_to, type) and issubclass(cast_to, BaseModel):
            model: Any = cast_to.model_validate(data)
            return cast(_T, model)
        return cast(_T, data)


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
        self._config = config
        self._tokens = tokens or TokenCache()
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(follow_redirects=False)
        self._blocked_until = 0.0
        self._sleep: Callable[[float], None] = time.sleep
        self.last_response: Optional[httpx.Response] = None
        """The final HTTP response of the most recent call (raw-response access)."""

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
            resp, data = self._send(p, record=False)
            self._tokens.store(credential.client_id, str(data["access_token"]), float(data["expires_in"]))
            return str(data["access_token"])

    # ---- the loop ----------------------------------------------------------------------------------------
    def _send(self, p: _Prepared, record: bool = True) -> Tuple[httpx.Response, Any]:
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
            try:
                response = self._http.request(p.method, p.url, content=p.content, headers=headers, timeout=p.timeout)
            except httpx.TimeoutException as exc:
                error: EinvoiceError = APIConnectionTimeoutError(f"request timed out after {p.timeout} s")
                error.__cause__ = exc
            except httpx.TransportError as exc:
                error = APIConnectionError(f"connection error: {exc}")
                error.__cause__ = exc
            else:
                self._update_throttle(response.headers)
                body = _read_body(response)
                if record:
                    self.last_response = response
                if response.is_success:
                    return response, body
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
        try:
            headers = {"accept": "application/json", **self._config.default_headers}
            r = self._http.get(
                self._config.base_url + "/v1/status", headers=headers, timeout=min(self._config.timeout, 5.0)
            )
            return r.is_success and self._irp_down(r.json())
        except (httpx.HTTPError, ValueError):
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
        _, data = self._send(p)
        return self._cast(cast_to, data)

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

        def fetch(cursor: Optional[str]) -> Page[_T]:
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
            _, data = self._send(p)
            items: List[_T] = [self._cast(item_type, x) for x in (data or {}).get("data", [])]
            return Page(items, bool(data.get("has_more")), data.get("next_cursor"), fetch)

        return fetch(base_query.pop("starting_after", None))

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
        _, text = self._send(p)
        for line in str(text or "").splitlines():
            if line.strip():
                yield self._cast(item_type, json.loads(line))


class AsyncAPIClient(_Base):
    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: Optional[httpx.AsyncClient] = None,
        tokens: Optional[TokenCache] = None,
    ) -> None:
        self._config = config
        self._tokens = tokens or TokenCache()
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)
        self._blocked_until = 0.0
        self._sleep: Callable[[float], Any] = asyncio.sleep
        self.last_response: Optional[httpx.Response] = None

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
            _, data = await self._send(p, record=False)
            self._tokens.store(credential.client_id, str(data["access_token"]), float(data["expires_in"]))
            return str(data["access_token"])

    async def _send(self, p: _Prepared, record: bool = True) -> Tuple[httpx.Response, Any]:
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
            try:
                response = await self._http.request(
                    p.method, p.url, content=p.content, headers=headers, timeout=p.timeout
                )
            except httpx.TimeoutException as exc:
                error: EinvoiceError = APIConnectionTimeoutError(f"request timed out after {p.timeout} s")
                error.__cause__ = exc
            except httpx.TransportError as exc:
                error = APIConnectionError(f"connection error: {exc}")
                error.__cause__ = exc
            else:
                self._update_throttle(response.headers)
                body = _read_body(response)
                if record:
                    self.last_response = response
                if response.is_success:
                    return response, body
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
        try:
            headers = {"accept": "application/json", **self._config.default_headers}
            r = await self._http.get(
                self._config.base_url + "/v1/status", headers=headers, timeout=min(self._config.timeout, 5.0)
            )
            return r.is_success and self._irp_down(r.json())
        except (httpx.HTTPError, ValueError):
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
        _, data = await self._send(p)
        return self._cast(cast_to, data)

    async def _request_page(
        self,
        method: str,
        path: str,
        *,
        auth: Auth,
        item_type: Type[_T],
        options: RequestOptions,
        query: Optional[Mapping[str, Any]] = None,
        **_kw: Any,
    ) -> AsyncPage[_T]:
        base_query = dict(query or {})

        async def fetch(cursor: Optional[str]) -> AsyncPage[_T]:
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
            _, data = await self._send(p)
            items: List[_T] = [self._cast(item_type, x) for x in (data or {}).get("data", [])]
            return AsyncPage(items, bool(data.get("has_more")), data.get("next_cursor"), fetch)

        return await fetch(base_query.pop("starting_after", None))

    async def _request_ndjson(
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
        _, text = await self._send(p)
        for line in str(text or "").splitlines():
            if line.strip():
                yield self._cast(item_type, json.loads(line))


__all__ = ["SyncAPIClient", "AsyncAPIClient", "ClientConfig", "build_config", "replace", "DEFAULT_MAX_RETRIES"]
