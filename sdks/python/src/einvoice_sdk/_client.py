"""The public clients. ``Einvoice`` (sync) and ``AsyncEinvoice`` (async) have the same surface: every resource
(generated in ``_generated``, each with ``with_raw_response``) plus ``with_options``, ``for_gstin`` and
context-manager support.

Both constructors (and ``with_options``) raise ``EinvoiceConfigError`` when the client would have no credential
(neither ``api_key`` nor a GSTIN credential, environment fallbacks included) or an option is invalid.

One client can act for many GSTINs: give ``credentials={gstin: GstinCredential(...)}`` and pick one per call
(``gstin=``) or per copy (``client.for_gstin(gstin)``); each credential's token is cached separately.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Dict, Mapping, Optional, TypeVar, Union

import httpx

from ._core._client import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientConfig,
    CredentialInput,
    SyncAPIClient,
    build_config,
    validate_config,
)
from ._core._retry import DEFAULT_MAX_RETRIES
from ._core._signing import SigningKey
from ._core._tokens import TokenCache
from ._core._types import NOT_GIVEN, AppInfo, NotGiven, Timeout
from ._generated.async_resources import AsyncGeneratedResources
from ._generated.resources import GeneratedResources

__all__ = ["Einvoice", "AsyncEinvoice"]


def _config(**kw: Any) -> ClientConfig:
    return build_config(**kw)


def _changed(config: ClientConfig, changes: Dict[str, Any]) -> ClientConfig:
    """``config`` with the options that were given (not ``NOT_GIVEN``) replaced."""
    given = {k: v for k, v in changes.items() if not isinstance(v, NotGiven)}
    if "default_headers" in given:
        given["default_headers"] = dict(given["default_headers"] or {})
    if "app_info" in given and given["app_info"] is not None:
        given["app_info"] = dict(given["app_info"])
    return replace(config, **given)


_C = TypeVar("_C", bound="_Copies")


class _Copies:
    """``with_options`` and ``for_gstin``, the same for ``Einvoice`` and ``AsyncEinvoice``: a copy with some options
    changed that shares the connection pool and the token cache. Each client says how to build its copy."""

    @property
    def config(self) -> ClientConfig:
        raise NotImplementedError

    def _copy_with(self: _C, config: ClientConfig) -> _C:
        raise NotImplementedError

    def with_options(
        self: _C,
        *,
        base_url: Union[str, NotGiven] = NOT_GIVEN,
        api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        gstin: Union[Optional[str], NotGiven] = NOT_GIVEN,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        signing_key: Union[Optional[SigningKey], NotGiven] = NOT_GIVEN,
        status_aware_backoff: Union[bool, NotGiven] = NOT_GIVEN,
        status_poll_interval: Union[float, NotGiven] = NOT_GIVEN,
        status_max_wait: Union[float, NotGiven] = NOT_GIVEN,
        throttle: Union[bool, NotGiven] = NOT_GIVEN,
        app_info: Union[Optional[AppInfo], NotGiven] = NOT_GIVEN,
        log_bodies: Union[bool, NotGiven] = NOT_GIVEN,
        api_version: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tenant: Union[Optional[str], NotGiven] = NOT_GIVEN,
    ) -> _C:
        """A copy with the given options changed (the others kept); it shares the connection pool and the token
        cache. ``default_headers`` replaces the client's default headers. Raises ``EinvoiceConfigError`` for an
        invalid option, as the constructor does."""
        cfg = _changed(
            self.config,
            dict(
                base_url=base_url.rstrip("/") if isinstance(base_url, str) else base_url,
                api_key=api_key,
                gstin=gstin,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                signing_key=signing_key,
                status_aware_backoff=status_aware_backoff,
                status_poll_interval=status_poll_interval,
                status_max_wait=status_max_wait,
                throttle=throttle,
                app_info=app_info,
                log_bodies=log_bodies,
                api_version=api_version,
                tenant=tenant,
            ),
        )
        return self._copy_with(cfg)

    def for_gstin(self: _C, gstin: str) -> _C:
        """A copy acting for ``gstin`` (its credential must be in ``credentials``)."""
        return self.with_options(gstin=gstin)


class Einvoice(_Copies, GeneratedResources):
    """Synchronous client.

    ``timeout`` is per attempt: seconds, or an ``httpx.Timeout``. ``app_info={"name": ..., "version": ...,
    "url": ...}`` appends ``name/version (+url)`` to the User-Agent. ``log_bodies=True`` lets the ``einvoice``
    logger write request and response bodies at DEBUG (secret members redacted); by default it never does.
    Every method also has a ``with_raw_response`` twin returning the call's ``APIResponse``."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        gstin: Optional[str] = None,
        scope: Optional[str] = None,
        credentials: Optional[Mapping[str, CredentialInput]] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        signing_key: Optional[SigningKey] = None,
        status_aware_backoff: bool = True,
        status_poll_interval: float = 2.0,
        status_max_wait: float = 30.0,
        throttle: bool = True,
        app_info: Optional[AppInfo] = None,
        log_bodies: bool = False,
        api_version: Optional[str] = None,
        tenant: Optional[str] = None,
        http_client: Optional[httpx.Client] = None,
        _config_override: Optional[ClientConfig] = None,
        _tokens: Optional[TokenCache] = None,
    ) -> None:
        config = _config_override or _config(
            base_url=base_url,
            api_key=api_key,
            client_id=client_id,
            client_secret=client_secret,
            gstin=gstin,
            scope=scope,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            signing_key=signing_key,
            status_aware_backoff=status_aware_backoff,
            status_poll_interval=status_poll_interval,
            status_max_wait=status_max_wait,
            throttle=throttle,
            app_info=app_info,
            log_bodies=log_bodies,
            api_version=api_version,
            tenant=tenant,
            client_name="Einvoice",
        )
        validate_config(config, "Einvoice")
        self._client = SyncAPIClient(config, http_client=http_client, tokens=_tokens)
        self._init_resources(self._client)

    @property
    def config(self) -> ClientConfig:
        return self._client._config

    @property
    def tokens(self) -> TokenCache:
        """The per-GSTIN token cache (shared with ``with_options`` copies)."""
        return self._client._tokens

    def _copy_with(self, config: ClientConfig) -> "Einvoice":
        copy = Einvoice(_config_override=config, http_client=self._client._http, _tokens=self.tokens)
        copy._client._owns_http = False
        return copy

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Einvoice":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncEinvoice(_Copies, AsyncGeneratedResources):
    """Asynchronous client with the same surface as ``Einvoice``."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        gstin: Optional[str] = None,
        scope: Optional[str] = None,
        credentials: Optional[Mapping[str, CredentialInput]] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        signing_key: Optional[SigningKey] = None,
        status_aware_backoff: bool = True,
        status_poll_interval: float = 2.0,
        status_max_wait: float = 30.0,
        throttle: bool = True,
        app_info: Optional[AppInfo] = None,
        log_bodies: bool = False,
        api_version: Optional[str] = None,
        tenant: Optional[str] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _config_override: Optional[ClientConfig] = None,
        _tokens: Optional[TokenCache] = None,
    ) -> None:
        config = _config_override or _config(
            base_url=base_url,
            api_key=api_key,
            client_id=client_id,
            client_secret=client_secret,
            gstin=gstin,
            scope=scope,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            signing_key=signing_key,
            status_aware_backoff=status_aware_backoff,
            status_poll_interval=status_poll_interval,
            status_max_wait=status_max_wait,
            throttle=throttle,
            app_info=app_info,
            log_bodies=log_bodies,
            api_version=api_version,
            tenant=tenant,
            client_name="AsyncEinvoice",
        )
        validate_config(config, "AsyncEinvoice")
        self._client = AsyncAPIClient(config, http_client=http_client, tokens=_tokens)
        self._init_resources(self._client)

    @property
    def config(self) -> ClientConfig:
        return self._client._config

    @property
    def tokens(self) -> TokenCache:
        return self._client._tokens

    def _copy_with(self, config: ClientConfig) -> "AsyncEinvoice":
        copy = AsyncEinvoice(_config_override=config, http_client=self._client._http, _tokens=self.tokens)
        copy._client._owns_http = False
        return copy

    async def close(self) -> None:
        await self._client.close()

    async def __aenter__(self) -> "AsyncEinvoice":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
