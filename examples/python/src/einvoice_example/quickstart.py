"""The walkthrough, one function per step: register a GSTIN, listen for webhooks, generate an IRN, read it
back, see a GSTN validation error, generate and cancel an e-way bill, cancel the IRN, and receive the
signed ``irn.generated`` webhook.

Configuration comes only from the environment:
  EINVOICE_API_KEY   the account's sk_test_ key (./scripts/start.sh prints it at its first start); required
  EINVOICE_BASE_URL  the server (default http://127.0.0.1:8080)
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Iterator

import einvoice_sdk
from einvoice_sdk import Einvoice, GstinCredential
from einvoice_sdk.types import IrnGeneratedEvent, WebhookEndpointWithSecret, WebhookEvent

from .invoice import SELLER_GSTIN, fresh_document_number, sample_invoice, today_in_india
from .webhook_receiver import WebhookReceiver, WebhookRefused

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
SCOPES = ["irn:write", "ewb:write", "notes:write", "read"]
WEBHOOK_WAIT_SECONDS = 30


class StepFailed(Exception):
    """A step did not do what it should; the message says what happened instead."""


def step(number: int, title: str) -> None:
    print(f"\n{number}. {title}")


def register_gstin(admin: Einvoice) -> GstinCredential:
    """Step 1: register the seller's GSTIN (once per account) and create an OAuth credential for it."""
    step(1, f"Register GSTIN {SELLER_GSTIN} and create an OAuth credential for it")
    try:
        # The sandbox IRP accepts any user name with the password "sandbox"; a wrong one is refused here
        # with 422 and NIC code 1019. "Already registered" is a final 409 that the SDK does not retry.
        admin.gstins.register({"gstin": SELLER_GSTIN, "irp_username": "demo", "irp_password": "sandbox"})
        print("   registered")
    except einvoice_sdk.ConflictError as error:
        if error.code != "gstin_exists":
            raise
        print("   already registered (409 gstin_exists), continuing")
    credential = admin.credentials.create(SELLER_GSTIN, {"name": "python-example", "scopes": SCOPES})
    print(f"   credential {credential.client_id}, scopes {' '.join(str(s) for s in credential.scopes)}")
    # The secret is shown only in this answer; a real integration stores it in its secret manager.
    return GstinCredential(credential.client_id, credential.client_secret)


@contextmanager
def registered_webhook(admin: Einvoice, url: str) -> Iterator[WebhookEndpointWithSecret]:
    """Step 2 (second half): a webhook endpoint for ``url`` that exists for the duration of the block."""
    endpoint = admin.webhook_endpoints.create(
        {"url": url, "events": ["irn.generated"], "description": "einvoice Python example"}
    )
    print(
        f"   endpoint {endpoint.id} for {', '.join(str(e) for e in endpoint.events)}, secret {endpoint.secret[:10]}..."
    )
    try:
        yield endpoint
    finally:
        admin.webhook_endpoints.delete(endpoint.id)
        print(f"   deleted webhook endpoint {endpoint.id}")


def generate_irn(client: Einvoice) -> str:
    """Step 3: an IRN for the sample invoice with a fresh number, dated today."""
    step(3, "Generate an IRN for an intra-state B2B invoice")
    doc_no, doc_date = fresh_document_number(), today_in_india()
    # wait_seconds: if the IRP is slow, let the server hold the answer up to 10 s before replying 202 "queued".
    doc = client.irn.generate(sample_invoice(doc_no, doc_date), wait_seconds=10)
    if doc.status != "generated" or not doc.irn:
        raise StepFailed(f"expected status generated with an IRN, got {doc.status} (gstn_errors: {doc.gstn_errors})")
    print(f"   invoice {doc_no} dated {doc_date}")
    print(f"   IRN    {doc.irn}")
    print(f"   AckNo  {doc.ack_no} at {doc.ack_dt} IST")
    return doc.irn


def read_back(client: Einvoice, irn: str) -> None:
    """Step 4: fetch the document by its IRN."""
    step(4, "Read the IRN back")
    doc = client.irn.get(irn)
    print(
        f"   status {doc.status}, {doc.doc_type} {doc.doc_no} of {doc.doc_date}, signed QR code {len(doc.signed_qr_code or '')} chars"
    )


def show_validation_error(client: Einvoice) -> None:
    """Step 5: an invoice whose totals do not add up is refused with 422 and the NIC error codes."""
    step(5, "Generate an invoice whose totals do not add up (TotInvVal 99999)")
    invoice = sample_invoice(fresh_document_number(), today_in_india())
    invoice["ValDtls"]["TotInvVal"] = 99999
    try:
        doc = client.irn.generate(invoice)
    except einvoice_sdk.UnprocessableEntityError as error:
        print(f"   refused: {error.status} {error.code}, request {error.request_id}")
        if not error.gstn_errors:
            raise StepFailed("the 422 carried no gstn_errors") from error
        for gstn_error in error.gstn_errors:
            print(f"   NIC {gstn_error.code}: {gstn_error.message}")
            if gstn_error.hint:
                print(f"            hint: {gstn_error.hint}")
        return
    raise StepFailed(f"an invoice with wrong totals was accepted (status {doc.status}, IRN {doc.irn})")


def generate_and_cancel_ewb(client: Einvoice, irn: str) -> None:
    """Step 6: an e-way bill for the goods of the IRN (by road), then its cancellation."""
    step(6, "Generate an e-way bill for the IRN, then cancel it")
    ewb = client.ewb.generate(
        {
            "Irn": irn,
            "Distance": 0,  # 0: the IRP computes the distance from the seller's and buyer's PIN codes
            "TransMode": "1",  # road
            "VehNo": "KA01AB1234",
            "VehType": "R",  # regular
        }
    )
    print(f"   EwbNo {ewb.ewb_no} ({ewb.status}), {ewb.distance_km} km, valid till {ewb.ewb_valid_till} IST")
    # Reason codes: 1 duplicate, 2 order cancelled, 3 data entry mistake, 4 others.
    cancelled = client.ewb.cancel(ewb.ewb_no, {"cancelRsnCode": "2", "cancelRmrk": "Order cancelled by the buyer"})
    if cancelled.status != "cancelled":
        raise StepFailed(f"e-way bill {ewb.ewb_no} is {cancelled.status} after cancelling it")
    print(f"   {cancelled.status} at {cancelled.cancelled_at}")


def cancel_irn(client: Einvoice, irn: str) -> None:
    """Step 7: cancel the IRN (allowed within 24 hours, and only once its e-way bill is cancelled)."""
    step(7, "Cancel the IRN")
    # Reason codes: 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others.
    doc = client.irn.cancel(irn, {"CnlRsn": "3", "CnlRem": "Order cancelled by the buyer"})
    if doc.status != "cancelled":
        raise StepFailed(f"IRN is {doc.status} after cancelling it")
    print(f"   status {doc.status}, CancelDate {doc.cancel_date} IST")


def await_irn_webhook(receiver: WebhookReceiver, irn: str) -> None:
    """Step 8: the signed irn.generated event for our IRN, verified by the receiver."""
    step(8, f"Wait up to {WEBHOOK_WAIT_SECONDS} s for the irn.generated webhook")

    def is_ours(event: WebhookEvent) -> bool:
        return isinstance(event, IrnGeneratedEvent) and event.data.irn == irn

    delivery = receiver.wait_for(is_ours, timeout=WEBHOOK_WAIT_SECONDS)
    if delivery is None:
        raise StepFailed(f"no verified irn.generated webhook for IRN {irn} within {WEBHOOK_WAIT_SECONDS} s")
    print(f"   {delivery.event.type} {delivery.event_id}: signature verified, answered 204")


def run(base_url: str, api_key: str) -> None:
    print(f"einvoice Python example against {base_url}")
    # Two clients: the account API key administers (GSTINs, credentials, webhooks); a GSTIN's OAuth
    # credential files documents. The SDK fetches the GSTIN's access token and refreshes it itself.
    with Einvoice(base_url=base_url, api_key=api_key) as admin:
        credential = register_gstin(admin)
        with Einvoice(
            base_url=base_url,
            client_id=credential.client_id,
            client_secret=credential.client_secret,
            gstin=SELLER_GSTIN,
        ) as client:
            step(2, "Start a local webhook receiver and register it")
            with WebhookReceiver() as receiver:
                print(f"   listening on {receiver.url}")
                with registered_webhook(admin, receiver.url) as endpoint:
                    receiver.start(endpoint.secret)
                    irn = generate_irn(client)
                    read_back(client, irn)
                    show_validation_error(client)
                    generate_and_cancel_ewb(client, irn)
                    cancel_irn(client, irn)
                    await_irn_webhook(receiver, irn)
            print("   receiver stopped")


def fail(message: str) -> int:
    sys.stdout.flush()  # keep the transcript (stdout) before the failure (stderr) when both go to one log
    print(f"\nFAILED: {message}", file=sys.stderr)
    return 1


def main() -> int:
    api_key = os.environ.get("EINVOICE_API_KEY")
    if not api_key:
        print(
            "EINVOICE_API_KEY is not set: use the sk_test_ key that ./scripts/start.sh printed at its first start.",
            file=sys.stderr,
        )
        return 2
    base_url = os.environ.get("EINVOICE_BASE_URL") or DEFAULT_BASE_URL
    try:
        run(base_url, api_key)
    except StepFailed as error:
        return fail(str(error))
    except WebhookRefused as error:
        return fail(f"the receiver refused a webhook delivery: {error}")
    except einvoice_sdk.APIConnectionError as error:
        return fail(f"no answer from {base_url} ({error}); is the server running?")
    except einvoice_sdk.EinvoiceError as error:
        request = f" (request {error.request_id})" if error.request_id else ""
        return fail(f"{error}{request}")
    print("\nDone: every step did what it should.")
    return 0
