"""Runs spec/conformance/scenarios/*.json with the Python SDK against the HTTP contract server, then asks the
server's recorder what it saw. Mirrors sdks/typescript/test/support/conformance-runner.ts."""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import json
import logging
import re
import secrets
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import httpx

import einvoice_sdk
from einvoice_sdk import APIResponse, AsyncEinvoice, Einvoice, EinvoiceError, SigningKey

CONFORMANCE = Path(__file__).resolve().parents[3] / "spec" / "conformance"

# A secret that is no credential's signing key (32 zero bytes, base64): what `signing_key: "wrong"` signs with.
WRONG_SIGNING_SECRET = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


# Expectation keys this runner checks: an unknown one fails the scenario instead of passing unchecked.
KNOWN_EXPECT = {
    "outcome", "status", "error_class", "error_code", "attempts", "same_idempotency_key", "delays_ms",
    "token_requests", "status_requests", "replayed", "gstn_errors", "request_id", "gstn_error",
    "distinct_request_ids", "log", "user_agent_suffix", "api_version", "result",
}  # fmt: skip


class _Capture(logging.Handler):
    """Keeps every record of the SDK's `einvoice` logger, with its extra fields, as text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: List[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.getMessage()} {record.__dict__!r}")


@contextlib.contextmanager
def _capturing(level: Any) -> Any:
    """The SDK's logging at `level` ("info" | "debug" | None) for the scenario, captured."""
    capture = _Capture()
    if not level:
        yield capture
        return
    logger = logging.getLogger("einvoice")
    before = logger.level
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    logger.addHandler(capture)
    try:
        yield capture
    finally:
        logger.removeHandler(capture)
        logger.setLevel(before)


def load_scenarios() -> List[Dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted((CONFORMANCE / "scenarios").glob("*.json"))]


def _ist_today() -> str:
    d = datetime.now(timezone.utc) + timedelta(hours=5, minutes=30)
    return d.strftime("%d/%m/%Y")


def resolve(value: Any, gstin: str, saved: Dict[str, Any] | None = None) -> Any:
    """`{"$fixture": ...}` -> the filled fixture; `{"$ref": "name.field"}` -> that field of a saved step's JSON."""
    saved = saved if saved is not None else {}
    if isinstance(value, list):
        return [resolve(v, gstin, saved) for v in value]
    if isinstance(value, dict) and "$ref" in value:
        name, _, field = str(value["$ref"]).partition(".")
        if name not in saved:
            raise KeyError(f"no step saved {name}")
        return saved[name][field] if field else saved[name]
    if isinstance(value, dict) and "$fixture" in value:
        text = (CONFORMANCE / "fixtures" / f"{value['$fixture']}.json").read_text()
        text = (
            text.replace("{{gstin}}", gstin)
            .replace("{{doc_no}}", "CT/" + secrets.token_hex(5).upper())
            .replace("{{doc_date}}", _ist_today())
        )
        doc = json.loads(text)
        for pointer, v in (value.get("set") or {}).items():
            keys = pointer.split("/")[1:]
            parent = doc
            for k in keys[:-1]:
                parent = parent[k]
            parent[keys[-1]] = v
        return doc
    if isinstance(value, dict):
        return {k: resolve(v, gstin, saved) for k, v in value.items()}
    return value


def _all_calls(s: Dict[str, Any]) -> List[Dict[str, Any]]:
    return [s["call"], *(s.get("steps") or []), *(s.get("finally") or [])]


def _step_operations(s: Dict[str, Any]) -> set:
    """The operations of a scenario's steps (and clean-up) other than its call's: their requests are not attempts."""
    return {c["operation"] for c in _all_calls(s)[1:]} - {s["call"]["operation"]}


def _call_kwargs(call: Dict[str, Any], saved: Dict[str, Any]) -> Dict[str, Any]:
    """A call's, step's or clean-up call's `options` as the SDK's per-call options (`tenant` may be a `$ref`)."""
    opts = call.get("options") or {}
    kw: Dict[str, Any] = {}
    if "timeout_ms" in opts:
        kw["timeout"] = opts["timeout_ms"] / 1000
    if "max_retries" in opts:
        kw["max_retries"] = opts["max_retries"]
    if "tenant" in opts:
        kw["tenant"] = resolve(opts["tenant"], "", saved)
    return kw


# Operations made with the account key (the contract server's `api_key`).
ACCOUNT_KEY_OPERATIONS = {"createTenant", "registerGstin", "createCredential", "deleteGstin", "getUsage"}


def _step_client_kwargs(kw: Dict[str, Any], step: Dict[str, Any], saved: Dict[str, Any]) -> Dict[str, Any] | None:
    """`credential: {"$ref": name}` on a step: the client kwargs for a second client acting for the GSTIN of the
    credential a step saved as `name` (its client id and secret), with the scenario's default headers."""
    if not step.get("credential"):
        return None
    created = resolve(step["credential"], "", saved)
    return {
        **kw,
        "client_id": created["client_id"],
        "client_secret": created["client_secret"],
        "gstin": created["gstin"],
        "signing_key": None,
    }


def _client_kwargs(s: Dict[str, Any], info: Dict[str, Any], run: str) -> Dict[str, Any]:
    c = s.get("client") or {}
    # `credential` names one of the contract server's credentials (default: its default one).
    cred = info["credentials"][s["credential"]] if s.get("credential") else info
    kw: Dict[str, Any] = dict(
        base_url=info["url"],
        client_id=cred["client_id"],
        client_secret=cred["client_secret"],
        gstin=info["gstin"],
        default_headers={"x-contract-scenario": s["scenario"], "x-contract-run": run},
    )
    if any(c["operation"] in ACCOUNT_KEY_OPERATIONS for c in _all_calls(s)):
        kw["api_key"] = info["api_key"]
    if c.get("signing_key") == "credential":
        kw["signing_key"] = SigningKey(key_id=cred["signing_key"]["key_id"], secret=cred["signing_key"]["secret"])
    elif c.get("signing_key") == "wrong":
        kw["signing_key"] = SigningKey(key_id=cred["signing_key"]["key_id"], secret=WRONG_SIGNING_SECRET)
    if "max_retries" in c:
        kw["max_retries"] = c["max_retries"]
    if "timeout_ms" in c:
        kw["timeout"] = c["timeout_ms"] / 1000
    if "status_poll_interval_ms" in c:
        kw["status_poll_interval"] = c["status_poll_interval_ms"] / 1000
    if "app_info" in c:
        kw["app_info"] = c["app_info"]
    if "api_version" in c:
        kw["api_version"] = c["api_version"]
    return kw


# Each call returns its own raw response (APIResponse: status, Idempotent-Replayed), never shared client state.
SYNC_CALLS: Dict[str, Callable[[Einvoice, Dict[str, Any], Dict[str, Any]], Any]] = {
    "generateIrn": lambda c, a, o: c.irn.with_raw_response.generate(a["invoice"], **o),
    "getIrn": lambda c, a, o: c.irn.with_raw_response.get(a["irn"], **o),
    "listDocuments": lambda c, a, o: c.documents.with_raw_response.list(**a.get("params", {}), **o),
    "getStatus": lambda c, a, o: c.status.with_raw_response.get(**o),
    "getEwb": lambda c, a, o: c.ewb.with_raw_response.get(a["ewb_no"], **o),
    "cancelIrn": lambda c, a, o: c.irn.with_raw_response.cancel(a["irn"], a["body"], **o),
    "createTestClock": lambda c, a, o: c.test_clocks.with_raw_response.create(a["body"], **o),
    "advanceTestClock": lambda c, a, o: c.test_clocks.with_raw_response.advance(a["test_clock_id"], a["body"], **o),
    "deleteTestClock": lambda c, a, o: c.test_clocks.with_raw_response.delete(a["test_clock_id"], **o),
    "createTenant": lambda c, a, o: c.platforms.with_raw_response.create_tenant(a["body"], **o),
    "registerGstin": lambda c, a, o: c.gstins.with_raw_response.register(a["body"], **o),
    "createCredential": lambda c, a, o: c.credentials.with_raw_response.create(a["gstin"], a["body"], **o),
    "deleteGstin": lambda c, a, o: c.gstins.with_raw_response.delete(a["gstin"], **o),
    "getUsage": lambda c, a, o: c.usage.with_raw_response.get_usage(**a.get("params", {}), **o),
}

ASYNC_CALLS: Dict[str, Callable[[AsyncEinvoice, Dict[str, Any], Dict[str, Any]], Any]] = {
    "generateIrn": lambda c, a, o: c.irn.with_raw_response.generate(a["invoice"], **o),
    "getIrn": lambda c, a, o: c.irn.with_raw_response.get(a["irn"], **o),
    "listDocuments": lambda c, a, o: c.documents.with_raw_response.list(**a.get("params", {}), **o),
    "getStatus": lambda c, a, o: c.status.with_raw_response.get(**o),
    "getEwb": lambda c, a, o: c.ewb.with_raw_response.get(a["ewb_no"], **o),
    "cancelIrn": lambda c, a, o: c.irn.with_raw_response.cancel(a["irn"], a["body"], **o),
    "createTestClock": lambda c, a, o: c.test_clocks.with_raw_response.create(a["body"], **o),
    "advanceTestClock": lambda c, a, o: c.test_clocks.with_raw_response.advance(a["test_clock_id"], a["body"], **o),
    "deleteTestClock": lambda c, a, o: c.test_clocks.with_raw_response.delete(a["test_clock_id"], **o),
    "createTenant": lambda c, a, o: c.platforms.with_raw_response.create_tenant(a["body"], **o),
    "registerGstin": lambda c, a, o: c.gstins.with_raw_response.register(a["body"], **o),
    "createCredential": lambda c, a, o: c.credentials.with_raw_response.create(a["gstin"], a["body"], **o),
    "deleteGstin": lambda c, a, o: c.gstins.with_raw_response.delete(a["gstin"], **o),
    "getUsage": lambda c, a, o: c.usage.with_raw_response.get_usage(**a.get("params", {}), **o),
}

Outcome = Tuple[bool, Any]  # (ok, (status, replayed, request id, the response) | exception)


def _outcome_from_response(resp: APIResponse[Any]) -> Tuple[int, bool, Any, APIResponse[Any]]:
    resp.parse()  # the value decodes
    return resp.status_code, resp.idempotent_replayed, resp.request_id, resp


def run_sync(s: Dict[str, Any], info: Dict[str, Any]) -> List[str]:
    run = str(uuid.uuid4())
    kw_client = _client_kwargs(s, info, run)
    client = Einvoice(**kw_client)
    unknown_ops = [c["operation"] for c in _all_calls(s) if c["operation"] not in SYNC_CALLS]
    if unknown_ops:
        return [f"the runner does not know operation {op}" for op in unknown_ops]
    call = SYNC_CALLS[s["call"]["operation"]]
    saved: Dict[str, Any] = {}

    def run_steps(steps: List[Dict[str, Any]]) -> None:
        for step in steps:
            args = resolve(step["args"], info["gstin"], saved)
            other = _step_client_kwargs(kw_client, step, saved)
            if other is None:
                resp = SYNC_CALLS[step["operation"]](client, args, _call_kwargs(step, saved))
            else:
                with Einvoice(**other) as step_client:
                    resp = SYNC_CALLS[step["operation"]](step_client, args, _call_kwargs(step, saved))
            if step.get("save_as"):
                saved[step["save_as"]] = resp.http_response.json()

    try:
        run_steps(s.get("steps") or [])
    except Exception as e:  # noqa: BLE001
        with contextlib.suppress(Exception):
            run_steps(s.get("finally") or [])
        client.close()
        return [f"a step failed: {type(e).__name__}: {e}"]
    args = resolve(s["call"]["args"], info["gstin"], saved)
    kw = _call_kwargs(s["call"], saved)

    def attempt() -> Outcome:
        try:
            return True, _outcome_from_response(call(client, args, kw))
        except Exception as e:  # noqa: BLE001
            return False, e

    n = s.get("concurrency", 1)
    with _capturing((s.get("client") or {}).get("log_level")) as logs:
        if n == 1:
            outcomes = [attempt()]
        else:
            with concurrent.futures.ThreadPoolExecutor(n) as pool:
                outcomes = list(pool.map(lambda _: attempt(), range(n)))
    run_steps(s.get("finally") or [])
    client.close()
    return evaluate(s, info, run, outcomes, logs.records, args, saved)


async def run_async(s: Dict[str, Any], info: Dict[str, Any]) -> List[str]:
    run = str(uuid.uuid4())
    kw_client = _client_kwargs(s, info, run)
    client = AsyncEinvoice(**kw_client)
    unknown_ops = [c["operation"] for c in _all_calls(s) if c["operation"] not in ASYNC_CALLS]
    if unknown_ops:
        return [f"the runner does not know operation {op}" for op in unknown_ops]
    call = ASYNC_CALLS[s["call"]["operation"]]
    saved: Dict[str, Any] = {}

    async def run_steps(steps: List[Dict[str, Any]]) -> None:
        for step in steps:
            args = resolve(step["args"], info["gstin"], saved)
            other = _step_client_kwargs(kw_client, step, saved)
            if other is None:
                resp = await ASYNC_CALLS[step["operation"]](client, args, _call_kwargs(step, saved))
            else:
                step_client = AsyncEinvoice(**other)
                try:
                    resp = await ASYNC_CALLS[step["operation"]](step_client, args, _call_kwargs(step, saved))
                finally:
                    await step_client.close()
            if step.get("save_as"):
                saved[step["save_as"]] = resp.http_response.json()

    try:
        await run_steps(s.get("steps") or [])
    except Exception as e:  # noqa: BLE001
        with contextlib.suppress(Exception):
            await run_steps(s.get("finally") or [])
        await client.close()
        return [f"a step failed: {type(e).__name__}: {e}"]
    args = resolve(s["call"]["args"], info["gstin"], saved)
    kw = _call_kwargs(s["call"], saved)

    async def attempt() -> Outcome:
        try:
            return True, _outcome_from_response(await call(client, args, kw))
        except Exception as e:  # noqa: BLE001
            return False, e

    with _capturing((s.get("client") or {}).get("log_level")) as logs:
        outcomes = list(await asyncio.gather(*[attempt() for _ in range(s.get("concurrency", 1))]))
    await run_steps(s.get("finally") or [])
    await client.close()
    return evaluate(s, info, run, outcomes, logs.records, args, saved)


_MISSING = object()


def _at_pointer(doc: Any, pointer: str) -> Any:
    """The value a JSON pointer (RFC 6901) names in a parsed result; `_MISSING` when it leads nowhere."""
    for key in pointer.split("/")[1:]:
        key = key.replace("~1", "/").replace("~0", "~")
        if isinstance(doc, dict) and key in doc:
            doc = doc[key]
        elif isinstance(doc, list) and key.isdigit() and int(key) < len(doc):
            doc = doc[int(key)]
        else:
            return _MISSING
    return doc


def evaluate(
    s: Dict[str, Any],
    info: Dict[str, Any],
    run: str,
    outcomes: List[Outcome],
    logs: List[str],
    args: Dict[str, Any],
    saved: Dict[str, Any],
) -> List[str]:
    recorded = httpx.get(f"{info['url']}/__contract/requests", params={"run": run}).json()
    # Attempts: the requests of the scenario's call, not the token, status or steps' requests.
    not_attempts = {"createToken", "getStatus", *_step_operations(s)}
    attempts = [r for r in recorded if r["operationId"] not in not_attempts]
    e = s["expect"]
    failures: List[str] = []
    unknown = sorted(set(e) - KNOWN_EXPECT)
    if unknown:
        return [f"the runner does not check {', '.join(unknown)}"]

    def check(what: str, actual: Any, expected: Any) -> None:
        if expected is not None and actual != expected:
            failures.append(f"{what}: expected {expected!r}, got {actual!r}")

    for r in recorded:
        if r.get("violation"):
            failures.append(f"contract violation: {r['violation']}")
    ok, first = outcomes[0]
    if e["outcome"] == "result":
        for o_ok, o in outcomes:
            if not o_ok:
                failures.append(f"expected a result, got {type(o).__name__}: {o}")
        if ok:
            check("status", first[0], e.get("status"))
            check("replayed", first[1], e.get("replayed"))
            for pointer, value in (e.get("result") or {}).items():
                got = _at_pointer(first[3].http_response.json(), pointer)
                check(f"result {pointer}", got, resolve(value, info["gstin"], saved))
    elif ok:
        failures.append(f"expected {e.get('error_class')}, got a result with status {first[0]}")
    else:
        err = first
        check("error class", type(err).__name__, e.get("error_class"))
        if not isinstance(err, EinvoiceError):
            failures.append(f"the error is not an EinvoiceError: {err!r}")
        else:
            check("error status", err.status, e.get("status"))
            check("error code", err.code, e.get("error_code"))
            if e.get("gstn_errors") and not err.gstn_errors:
                failures.append("expected gstn_errors on the error")
            if e.get("request_id") and not err.request_id:
                failures.append("expected a request id on the error")
            if e.get("gstn_error"):
                g = e["gstn_error"]
                if not err.gstn_errors:
                    failures.append("expected a typed GSTN error")
                else:
                    first_error = err.gstn_errors[0]  # typed: attributes, not keys
                    check("gstn error code", first_error.code, g.get("code"))
                    check("gstn error pointer", first_error.pointer, g.get("pointer"))
                    if g.get("message") and not first_error.message:
                        failures.append("expected a message on the GSTN error")
                    if g.get("hint") and not first_error.hint:
                        failures.append("expected a hint on the GSTN error")
    if e.get("distinct_request_ids"):
        ids = [o[2] if o_ok else None for o_ok, o in outcomes]
        sent = {r.get("requestId") for r in recorded}
        if None in ids or len(set(ids)) != len(ids) or not set(ids) <= sent:
            failures.append(f"expected distinct request ids sent in this run on every raw response, got {ids}")
    if "user_agent_suffix" in e:
        for r in recorded:
            if not str(r.get("userAgent") or "").endswith(e["user_agent_suffix"]):
                failures.append(f"User-Agent {r.get('userAgent')!r} does not end with {e['user_agent_suffix']!r}")
    if "api_version" in e:
        for r in recorded:
            if r.get("apiVersion") != e["api_version"] or r.get("answeredApiVersion") != e["api_version"]:
                failures.append(
                    f"{r.get('operationId')}: sent Einvoice-Version {r.get('apiVersion')!r}, answered in "
                    f"{r.get('answeredApiVersion')!r}, expected {e['api_version']!r}"
                )
    if e.get("log"):
        cred = info["credentials"][s["credential"]] if s.get("credential") else info
        if e["log"].get("one_record_per_request") and len(logs) != len(recorded):
            failures.append(f"expected {len(recorded)} log records (one per request), got {len(logs)}")
        if e["log"].get("redacted"):
            text = "\n".join(logs)
            basic = base64.b64encode(f"{cred['client_id']}:{cred['client_secret']}".encode()).decode()
            if cred["client_secret"] in text or basic in text:
                failures.append("a log record holds the client secret")
            if re.search(r"Bearer [A-Za-z0-9._~+/-]{8,}", text):
                failures.append("a log record holds a bearer token")
            doc_no = ((args.get("invoice") or {}).get("DocDtls") or {}).get("No")
            if doc_no and doc_no in text:
                failures.append("a log record holds the invoice (its document number)")
    check("attempts", len(attempts), e.get("attempts"))
    check("token requests", len([r for r in recorded if r["operationId"] == "createToken"]), e.get("token_requests"))
    check("status requests", len([r for r in recorded if r["operationId"] == "getStatus"]), e.get("status_requests"))
    if e.get("same_idempotency_key"):
        keys = {a["idempotencyKey"] for a in attempts}
        if len(keys) != 1 or None in keys:
            failures.append(f"expected one Idempotency-Key on every attempt, saw {sorted(map(str, keys))}")
    for i, bound in enumerate(e.get("delays_ms") or []):
        if i + 1 >= len(attempts):
            failures.append(f"delay {i}: attempts {i} and {i + 1} were not both seen")
            continue
        gap = attempts[i + 1]["at"] - attempts[i]["at"]
        if not (bound["min"] <= gap <= bound["max"]):
            failures.append(f"delay before attempt {i + 1}: {gap} ms, expected {bound['min']}-{bound['max']} ms")
    return failures


_ = einvoice_sdk
