"""Constructing a client without the credential it needs, or with an invalid option, raises
``einvoice_sdk.EinvoiceConfigError`` from the constructor, before any request (no network here)."""

from __future__ import annotations

from typing import Any, Callable, Dict, List

import httpx
import pytest

import einvoice_sdk
from einvoice_sdk import AsyncEinvoice, Einvoice, EinvoiceConfigError, EinvoiceError

ENV = ("EINVOICE_API_KEY", "EINVOICE_CLIENT_ID", "EINVOICE_CLIENT_SECRET", "EINVOICE_BASE_URL", "EINVOICE_GSTIN")
CLIENTS: List[Callable[..., Any]] = [Einvoice, AsyncEinvoice]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def test_exported_in_the_hierarchy() -> None:
    assert "EinvoiceConfigError" in einvoice_sdk.__all__
    assert issubclass(EinvoiceConfigError, EinvoiceError)
    assert not issubclass(EinvoiceConfigError, einvoice_sdk.APIError)


@pytest.mark.parametrize("cls", CLIENTS)
def test_no_credential_at_all(cls: Callable[..., Any]) -> None:
    with pytest.raises(EinvoiceConfigError) as err:
        cls(base_url="http://api.test")
    name = cls.__name__
    assert str(err.value) == (
        f"{name} needs a credential: pass api_key (or set EINVOICE_API_KEY) for the account API, or client_id and "
        "client_secret (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET) or credentials={gstin: GstinCredential(...)} to act for a GSTIN"
    )
    assert err.value.option == "api_key" and err.value.status is None and err.value.gstn_errors == []


@pytest.mark.parametrize("cls", CLIENTS)
def test_half_a_gstin_credential(cls: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EinvoiceConfigError) as err:
        cls(base_url="http://api.test", client_id="cli_test_1")
    assert err.value.option == "client_secret"
    assert (
        str(err.value)
        == f"{cls.__name__} got client_id but no client_secret: pass client_secret or set EINVOICE_CLIENT_SECRET"
    )
    monkeypatch.setenv("EINVOICE_CLIENT_SECRET", "cs_test_1")
    with pytest.raises(EinvoiceConfigError) as err:
        cls(base_url="http://api.test")
    assert err.value.option == "client_id" and "EINVOICE_CLIENT_ID" in str(err.value)
    # A stray environment half next to an API key is ignored, as before.
    assert cls(base_url="http://api.test", api_key="sk_test_1").config.credentials == {}


@pytest.mark.parametrize("cls", CLIENTS)
def test_environment_fallbacks_satisfy_the_constructor(
    cls: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EINVOICE_API_KEY", "sk_test_env")
    assert cls(base_url="http://api.test").config.api_key == "sk_test_env"
    monkeypatch.delenv("EINVOICE_API_KEY")
    monkeypatch.setenv("EINVOICE_CLIENT_ID", "cli_env")
    monkeypatch.setenv("EINVOICE_CLIENT_SECRET", "cs_env")
    assert cls(base_url="http://api.test").config.credentials[""].client_id == "cli_env"


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "options, option, message",
    [
        (
            {"base_url": "api.einvoice.dev"},
            "base_url",
            "base_url (or EINVOICE_BASE_URL) must be an http(s) URL such as https://api.einvoice.dev; got 'api.einvoice.dev'",
        ),
        ({"base_url": "ftp://api.test"}, "base_url", "must be an http(s) URL"),
        ({"max_retries": -1}, "max_retries", "max_retries must be an int >= 0; got -1"),
        ({"timeout": 0}, "timeout", "timeout must be a positive number of seconds or an httpx.Timeout; got 0"),
        ({"timeout": "5"}, "timeout", "got '5'"),
        ({"app_info": {"version": "1.0"}}, "app_info", "app_info must be {'name': str, 'version': str, 'url': str}"),
        ({"app_info": {"name": "erp", "homepage": "x"}}, "app_info", "(name required)"),
        ({"timeout": -2.5}, "timeout", "got -2.5"),
        (
            {"credentials": {"29AAACP7879D1Z0": ("cli_a", "")}},
            "credentials",
            "the credential for GSTIN '29AAACP7879D1Z0' needs both client_id and client_secret",
        ),
    ],
)
def test_invalid_options(cls: Callable[..., Any], options: Dict[str, Any], option: str, message: str) -> None:
    kwargs: Dict[str, Any] = {"base_url": "http://api.test", "api_key": "sk_test_1", **options}
    with pytest.raises(EinvoiceConfigError) as err:
        cls(**kwargs)
    assert err.value.option == option
    assert message in str(err.value)


def test_with_options_is_checked_too() -> None:
    with Einvoice(base_url="http://api.test", api_key="sk_test_1") as client:
        with pytest.raises(EinvoiceConfigError) as err:
            client.with_options(max_retries=-1)
        assert err.value.option == "max_retries"


def test_missing_credential_for_an_operation_is_a_config_error_without_a_request() -> None:
    sent: List[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))
    with Einvoice(
        base_url="http://api.test", client_id="cli", client_secret="cs", http_client=httpx.Client(transport=transport)
    ) as client:
        with pytest.raises(EinvoiceConfigError) as err:
            client.gstins.get("29AAACP7879D1Z0")
    assert err.value.option == "api_key" and "EINVOICE_API_KEY" in str(err.value)
    assert sent == []
