"""Schemathesis hooks for the einvoice server (run.sh loads them): the authentication fixture.

Each operation gets the credential its `security` names: `accountKey` the account API key run.sh exports,
`gstinOAuth` a bearer token, `clientBasic` (the token endpoint) HTTP Basic. The GSTIN and its OAuth client are
provisioned through the API on first use, and provisioned again when the fuzzer itself deleted the GSTIN or
revoked the client (both are operations it tests). Registered as a Schemathesis auth provider, so its negative
checks (no or broken authentication) still run against every operation.
"""

import base64
import os
import sys
import time
import uuid

import requests
import schemathesis

BASE = os.environ["EINVOICE_BASE_URL"]
API_KEY = os.environ["EINVOICE_API_KEY"]
GSTIN = "29AAACP7879D1Z0"  # the GSTIN of the spec's examples, so they reach real data
_state = {"basic": None, "token": None, "token_at": 0.0}


def _admin(method, path, body=None):
    return requests.request(
        method,
        f"{BASE}{path}",
        json=body,
        headers={
            "Authorization": f"Bearer {API_KEY}",
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=60,
    )


def _provision():
    """Registers the GSTIN (again, if the fuzzer deleted it) and creates a fresh OAuth client for it."""
    reg = _admin(
        "POST",
        "/v1/gstins",
        {"gstin": GSTIN, "irp_username": "api_user", "irp_password": "sandbox"},
    )
    if reg.status_code not in (201, 409):
        print(
            f"hooks.py: register {GSTIN}: {reg.status_code} {reg.text[:300]}",
            file=sys.stderr,
        )
        raise RuntimeError(f"register {GSTIN}: {reg.status_code} {reg.text}")
    cred = _admin(
        "POST",
        f"/v1/gstins/{GSTIN}/credentials",
        {
            "name": "schemathesis",
            "scopes": ["irn:write", "ewb:write", "notes:write", "read"],
            "plan": "custom",
            "rate_limit_rps": 10000,
        },
    )
    if cred.status_code != 201:
        print(
            f"hooks.py: credential: {cred.status_code} {cred.text[:300]}",
            file=sys.stderr,
        )
        raise RuntimeError(f"credential for {GSTIN}: {cred.status_code} {cred.text}")
    body = cred.json()
    pair = f"{body['client_id']}:{body['client_secret']}".encode()
    _state["basic"] = "Basic " + base64.b64encode(pair).decode()
    _state["token"] = None


def _basic():
    if _state["basic"] is None:
        _provision()
    return _state["basic"]


def _bearer():
    # Tokens live 15 minutes: a new one well before that, after a 401, and after re-provisioning.
    if _state["token"] is None or time.time() - _state["token_at"] > 600:
        for _attempt in range(5):
            res = requests.post(
                f"{BASE}/v1/oauth/token",
                data={"grant_type": "client_credentials"},
                headers={"Authorization": _basic()},
                timeout=60,
            )
            if res.status_code == 200:
                break
            if res.status_code in (401, 403):
                _provision()  # the fuzzer revoked the client, rotated its secrets away or deleted the GSTIN
            elif res.status_code == 429:
                time.sleep(1.0)
            else:
                print(
                    f"hooks.py: token request answered {res.status_code}: {res.text[:300]}",
                    file=sys.stderr,
                )
        else:
            raise RuntimeError(f"token: {res.status_code} {res.text[:300]}")
        _state["token"] = res.json()["access_token"]
        _state["token_at"] = time.time()
    return _state["token"]


def _scheme(case):
    security = case.operation.definition.raw.get("security")
    if security is None:
        security = case.operation.schema.raw_schema.get("security", [])
    for requirement in security:
        for name in requirement:
            return name
    return None


# Cached per security scheme, not once for the whole run (the default), since operations differ in what they need.
@schemathesis.auth(cache_by_key=lambda case, ctx: _scheme(case) or "public")
class EinvoiceAuth:
    def get(self, case, ctx):
        scheme = _scheme(case)
        if scheme == "accountKey":
            return f"Bearer {API_KEY}"
        if scheme == "gstinOAuth":
            return f"Bearer {_bearer()}"
        if scheme == "clientBasic":
            return _basic()
        return None

    def set(self, case, data, ctx):
        if data is not None:
            case.headers = dict(case.headers or {})
            case.headers["Authorization"] = data


@schemathesis.hook
def before_call(ctx, case, kwargs):
    # A real client sends a fresh Idempotency-Key per logical request. Generated keys repeat across operations
    # ("0", "A", ...), and the server rightly answers a key reused for another request with 422
    # idempotency_key_reused; that rule has its own tests over HTTP (server/test/e2e). Keys the generator made
    # invalid on purpose (negative tests) are left alone.
    for headers in (kwargs.get("headers"), case.headers):
        for name in list(headers or {}):
            value = str(headers[name])
            if (
                name.lower() == "idempotency-key"
                and 0 < len(value) <= 255
                and all(0x21 <= ord(c) <= 0x7E for c in value)
            ):
                headers[name] = str(uuid.uuid4())


@schemathesis.hook
def after_call(ctx, case, response):
    # setSandboxFaults is tested like any operation, but the failures it arms (timeouts, NIC errors, outages) are
    # for the caller's own rehearsal: disarm them at once, or they would land on the next operations under test.
    if (
        case.operation.definition.raw.get("operationId") == "setSandboxFaults"
        and response.status_code == 200
    ):
        requests.post(
            f"{BASE}/v1/sandbox/faults",
            json={"faults": []},
            headers={
                "Authorization": f"Bearer {_bearer()}",
                "Idempotency-Key": str(uuid.uuid4()),
            },
            timeout=60,
        )
    scheme = _scheme(case)
    if response.status_code == 401 and scheme == "gstinOAuth":
        _state["token"] = None
    if response.status_code == 401 and scheme == "clientBasic":
        _state["basic"] = None
