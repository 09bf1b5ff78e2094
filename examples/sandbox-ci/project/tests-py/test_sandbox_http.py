"""The Python SDK over HTTP against the sandbox CLI that ci.sh started: the happy path and the failures our ERP
integration must survive, each provoked for one call with the x-sandbox-fault header."""

import json
import re
import time
from urllib.request import urlopen

import pytest
from einvoice_sdk import UnprocessableEntityError

IRN = re.compile(r"^[0-9a-f]{64}$")


def fault(fault_id):
    return {"x-sandbox-fault": fault_id}


def test_generates_an_irn(client, invoice):
    raw = client.irn.with_raw_response.generate(invoice)  # the call's own HTTP response, then its value
    assert raw.status_code == 201
    doc = raw.parse()
    assert doc.status == "generated"
    assert doc.doc_no == invoice["DocDtls"]["No"]
    assert IRN.match(doc.irn)


def test_nic_validation_error_carries_its_gstn_code(client, invoice):
    with pytest.raises(UnprocessableEntityError) as refused:
        client.irn.generate(invoice, extra_headers=fault("nic-2189"))
    assert refused.value.status == 422
    assert [g.code for g in refused.value.gstn_errors] == ["2189"]


def test_repeated_document_2150_answers_the_original_irn(client, invoice):
    raw = client.irn.with_raw_response.generate(invoice, extra_headers=fault("duplicate-2150-replay"))
    assert raw.status_code == 200
    assert raw.idempotent_replayed
    assert IRN.match(raw.parse().irn)


def test_429_is_retried_with_the_same_idempotency_key(client, invoice, base_url):
    since = time.time() * 1000
    raw = client.irn.with_raw_response.generate(invoice, extra_headers=fault("rate-limit-429"))
    assert raw.status_code == 201 and raw.retries_taken == 1
    with urlopen(f"{base_url}/__sandbox/requests", timeout=30) as res:  # what the sandbox saw, oldest first
        seen = json.load(res)["data"]
    attempts = [
        r for r in seen if r["scenario"] == "rate-limit-429" and r["path"] == "/v1/irn" and r["at"] >= since - 1000
    ]
    assert [r["status"] for r in attempts] == [429, 201]
    assert attempts[0]["idempotencyKey"]
    assert attempts[1]["idempotencyKey"] == attempts[0]["idempotencyKey"]


def test_gsp_outage_queues_then_a_verified_webhook_arrives(client, invoice, receiver):
    raw = client.irn.with_raw_response.generate(invoice, extra_headers=fault("gsp-outage"))
    assert raw.status_code == 202
    doc = raw.parse()
    assert doc.status == "queued"
    verified, error, event = receiver.wait_for(lambda e: e["type"] == "irn.generated" and e["data"]["id"] == doc.id)
    assert error is None
    assert verified
    assert event["data"]["status"] == "generated"
    assert IRN.match(event["data"]["Irn"])
