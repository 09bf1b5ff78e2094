"""End-to-end quickstart against the real reference server (sandbox mode, temp SQLite): the README flow."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import einvoice
from einvoice import AsyncEinvoice, Einvoice, GstinCredential

from .conformance_runner import resolve

GSTIN = "29AAACP7879D1Z0"


@pytest.fixture(scope="module")
def credential(reference_server: Dict[str, str]) -> GstinCredential:
    with Einvoice(base_url=reference_server["url"], api_key=reference_server["api_key"]) as admin:
        admin.gstins.register({"gstin": GSTIN, "irp_username": "api_user", "irp_password": "sandbox"})
        cred = admin.credentials.create(GSTIN, {"scopes": ["irn:write", "ewb:write", "notes:write", "read"]})
        assert [g.gstin for g in admin.gstins.list()] == [GSTIN]
        secret = (cred.model_extra or {}).get("client_secret") if not hasattr(cred, "client_secret") else cred.client_secret
        assert isinstance(secret, str)
        return GstinCredential(cred.client_id, secret)


def test_quickstart_sync(reference_server: Dict[str, str], credential: GstinCredential) -> None:
    invoice: Any = resolve({"$fixture": "invoice"}, GSTIN)
    with Einvoice(base_url=reference_server["url"], api_key=reference_server["api_key"], credentials={GSTIN: credential}) as client:
        doc = client.irn.generate(invoice, wait_seconds=10)
        assert doc.status == "generated" and doc.irn and len(doc.irn) == 64 and doc.ack_no
        assert client.last_response is not None and client.last_response.status_code == 201
        again = client.irn.generate(invoice)  # same document: resolved to the original IRN, not an error
        assert again.irn == doc.irn and client.last_response is not None and client.last_response.headers.get("idempotent-replayed") == "true"
        fetched = client.irn.get(doc.irn)
        assert fetched.signed_qr_code
        by_doc = client.irn.get_by_document(doc_type="INV", doc_no=invoice["DocDtls"]["No"], doc_date=invoice["DocDtls"]["Dt"])
        assert by_doc.irn == doc.irn
        assert any(d.irn == doc.irn for d in client.documents.list(limit=1))
        with pytest.raises(einvoice.NotFoundError) as err:
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
        page = await client.documents.list(limit=1)
        seen = [d.doc_no async for d in page]
        assert invoice["DocDtls"]["No"] in seen
        status = await client.status.get()
        assert status.status in ("operational", "degraded", "down")
