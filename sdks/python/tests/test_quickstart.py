"""End-to-end quickstart against the real reference server (sandbox mode, temp SQLite): the README flow."""

from __future__ import annotations

import time
from typing import Any, Dict, List

import httpx
import pytest

import einvoice_sdk
from einvoice_sdk import AsyncEinvoice, Einvoice, GstinCredential

from .conformance_runner import resolve

GSTIN = "29AAACP7879D1Z0"
LIFECYCLE_GSTIN = "29AABCL4444L1Z7"  # a taxpayer the sandbox IRP knows


@pytest.fixture(scope="module")
def credential(reference_server: Dict[str, str]) -> GstinCredential:
    with Einvoice(base_url=reference_server["url"], api_key=reference_server["api_key"]) as admin:
        admin.gstins.register({"gstin": GSTIN, "irp_username": "api_user", "irp_password": "sandbox"})
        cred = admin.credentials.create(GSTIN, {"scopes": ["irn:write", "ewb:write", "notes:write", "read"]})
        assert [g.gstin for g in admin.gstins.list()] == [GSTIN]
        secret = (
            (cred.model_extra or {}).get("client_secret") if not hasattr(cred, "client_secret") else cred.client_secret
        )
        assert isinstance(secret, str)
        return GstinCredential(cred.client_id, secret)


def test_quickstart_sync(reference_server: Dict[str, str], credential: GstinCredential) -> None:
    invoice: Any = resolve({"$fixture": "invoice"}, GSTIN)
    with Einvoice(
        base_url=reference_server["url"], api_key=reference_server["api_key"], credentials={GSTIN: credential}
    ) as client:
        raw = client.irn.with_raw_response.generate(invoice, wait_seconds=10)
        assert raw.status_code == 201 and raw.request_id and not raw.idempotent_replayed
        doc = raw.parse()
        assert doc.status == "generated" and doc.irn and len(doc.irn) == 64 and doc.ack_no
        assert doc._request_id == raw.request_id
        # same document: resolved to the original IRN, not an error
        again = client.irn.with_raw_response.generate(invoice)
        assert again.parse().irn == doc.irn and again.idempotent_replayed
        fetched = client.irn.get(doc.irn)
        assert fetched.signed_qr_code
        by_doc = client.irn.get_by_document(
            doc_type="INV", doc_no=invoice["DocDtls"]["No"], doc_date=invoice["DocDtls"]["Dt"]
        )
        assert by_doc.irn == doc.irn
        assert any(d.irn == doc.irn for d in client.documents.list(limit=1))
        with pytest.raises(einvoice_sdk.NotFoundError) as err:
            client.irn.get("0" * 64)
        assert err.value.status == 404 and err.value.request_id
        cancelled = client.irn.cancel(doc.irn, {"CnlRsn": "2", "CnlRem": "Wrong buyer address"})
        assert cancelled.status == "cancelled"
        assert client.tokens.requests == 1


async def test_quickstart_async(reference_server: Dict[str, str], credential: GstinCredential) -> None:
    invoice: Any = resolve({"$fixture": "invoice"}, GSTIN)
    async with AsyncEinvoice(base_url=reference_server["url"], credentials={GSTIN: credential}) as client:
        doc = await client.irn.generate(invoice)
        assert doc.irn
        seen = [d.doc_no async for d in client.documents.list(limit=1)]  # no await: an AsyncPaginator
        assert invoice["DocDtls"]["No"] in seen
        status = await client.status.get()
        assert status.status in ("operational", "degraded", "down")


def test_gstin_lifecycle(reference_server: Dict[str, str]) -> None:
    """A wrong IRP password is refused once with NIC 1019; update; a second registration is a final 409; delete."""
    attempts: List[httpx.Request] = []  # every HTTP attempt the SDK makes (retries included)
    http = httpx.Client(event_hooks={"request": [attempts.append]})
    with Einvoice(base_url=reference_server["url"], api_key=reference_server["api_key"], http_client=http) as admin:
        # (a) wrong IRP password: 422 irp_credentials_rejected with NIC 1019, not retried, nothing stored.
        with pytest.raises(einvoice_sdk.UnprocessableEntityError) as rejected:
            admin.gstins.register({"gstin": LIFECYCLE_GSTIN, "irp_username": "api_user", "irp_password": "not-sandbox"})
        assert rejected.value.status == 422 and rejected.value.code == "irp_credentials_rejected"
        assert [g.code for g in rejected.value.gstn_errors] == ["1019"]
        assert len(attempts) == 1
        with pytest.raises(einvoice_sdk.NotFoundError):
            admin.gstins.get(LIFECYCLE_GSTIN)

        # (b) the right password registers it; update changes the description.
        registered = admin.gstins.register(
            {"gstin": LIFECYCLE_GSTIN, "irp_username": "api_user", "irp_password": "sandbox"}
        )
        assert registered.gstin == LIFECYCLE_GSTIN
        updated = admin.gstins.update(LIFECYCLE_GSTIN, {"description": "Bengaluru warehouse"})
        assert (updated.gstin, updated.description, updated.irp_username) == (
            LIFECYCLE_GSTIN,
            "Bengaluru warehouse",
            "api_user",
        )
        assert admin.gstins.get(LIFECYCLE_GSTIN).description == "Bengaluru warehouse"

        # (c) a second registration is a final 409 (x-should-retry: false): one attempt, no back-off.
        attempts.clear()
        started = time.monotonic()
        with pytest.raises(einvoice_sdk.ConflictError) as conflict:
            admin.gstins.register({"gstin": LIFECYCLE_GSTIN, "irp_username": "api_user", "irp_password": "sandbox"})
        elapsed = time.monotonic() - started
        assert conflict.value.code == "gstin_exists"
        assert conflict.value.headers is not None and conflict.value.headers.get("x-should-retry") == "false"
        assert len(attempts) == 1 and elapsed < 0.3

        # (d) delete: deleted is true and the GSTIN is gone.
        deleted = admin.gstins.delete(LIFECYCLE_GSTIN)
        assert (deleted.gstin, deleted.deleted) == (LIFECYCLE_GSTIN, True)
        with pytest.raises(einvoice_sdk.NotFoundError):
            admin.gstins.get(LIFECYCLE_GSTIN)
    http.close()
