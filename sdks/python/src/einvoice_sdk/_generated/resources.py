# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Sync resources: one class per resource, one method per operation."""

from __future__ import annotations

from typing import Iterator, Optional, Union

from typing_extensions import Unpack

from .._core._client import SyncAPIClient
from .._core._pagination import Page
from .._core._types import RequestOptions, path_param
from . import types as t


class OauthResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_token(
        self,
        token: t.TokenRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.TokenResponse:
        """Get an access token for one GSTIN

        `POST /v1/oauth/token` (operationId `createToken`).
        """
        return self._client._request(
            "POST",
            "/v1/oauth/token",
            auth="client_basic",
            form=token,
            options=options,
            cast_to=t.TokenResponse,
        )


class GstinsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.Gstin]:
        """List registered GSTINs

        `GET /v1/gstins` (operationId `listGstins`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/gstins",
            auth="account",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.Gstin,
        )

    def register(
        self,
        register_gstin: t.RegisterGstinRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.Gstin:
        """Register a GSTIN

        `POST /v1/gstins` (operationId `registerGstin`).
        """
        return self._client._request(
            "POST",
            "/v1/gstins",
            auth="account",
            body=register_gstin,
            idempotent=True,
            options=options,
            cast_to=t.Gstin,
        )

    def get(
        self,
        gstin: str,
        **options: Unpack[RequestOptions],
    ) -> t.Gstin:
        """Get a registered GSTIN

        `GET /v1/gstins/{gstin}` (operationId `getGstin`).
        """
        return self._client._request(
            "GET",
            f"/v1/gstins/{path_param(gstin)}",
            auth="account",
            options=options,
            cast_to=t.Gstin,
        )

    def delete(
        self,
        gstin: str,
        **options: Unpack[RequestOptions],
    ) -> t.DeletedGstin:
        """Delete a registered GSTIN

        `DELETE /v1/gstins/{gstin}` (operationId `deleteGstin`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/gstins/{path_param(gstin)}",
            auth="account",
            options=options,
            cast_to=t.DeletedGstin,
        )

    def update(
        self,
        gstin: str,
        update_gstin: t.UpdateGstinRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.Gstin:
        """Update a registered GSTIN

        `PATCH /v1/gstins/{gstin}` (operationId `updateGstin`).
        """
        return self._client._request(
            "PATCH",
            f"/v1/gstins/{path_param(gstin)}",
            auth="account",
            body=update_gstin,
            options=options,
            cast_to=t.Gstin,
        )


class CredentialsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        gstin: str,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.Credential]:
        """List the OAuth clients of a GSTIN

        `GET /v1/gstins/{gstin}/credentials` (operationId `listCredentials`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            f"/v1/gstins/{path_param(gstin)}/credentials",
            auth="account",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.Credential,
        )

    def create(
        self,
        gstin: str,
        create_credential: t.CreateCredentialRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.CredentialWithSecret:
        """Create an OAuth client for a GSTIN

        `POST /v1/gstins/{gstin}/credentials` (operationId `createCredential`).
        """
        return self._client._request(
            "POST",
            f"/v1/gstins/{path_param(gstin)}/credentials",
            auth="account",
            body=create_credential,
            idempotent=True,
            options=options,
            cast_to=t.CredentialWithSecret,
        )

    def revoke(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.Credential:
        """Revoke an OAuth client

        `DELETE /v1/credentials/{client_id}` (operationId `revokeCredential`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/credentials/{path_param(client_id)}",
            auth="account",
            options=options,
            cast_to=t.Credential,
        )

    def add_secret(
        self,
        client_id: str,
        add_secret: Optional[t.AddSecretRequestParam] = None,
        **options: Unpack[RequestOptions],
    ) -> t.NewSecret:
        """Add a second secret (rotation)

        `POST /v1/credentials/{client_id}/secrets` (operationId `addCredentialSecret`).
        """
        return self._client._request(
            "POST",
            f"/v1/credentials/{path_param(client_id)}/secrets",
            auth="account",
            body=add_secret,
            idempotent=True,
            options=options,
            cast_to=t.NewSecret,
        )

    def revoke_secret(
        self,
        client_id: str,
        secret_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.Credential:
        """Revoke one secret

        `DELETE /v1/credentials/{client_id}/secrets/{secret_id}` (operationId `revokeCredentialSecret`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/credentials/{path_param(client_id)}/secrets/{path_param(secret_id)}",
            auth="account",
            options=options,
            cast_to=t.Credential,
        )


class AuditEventsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        type: Optional[Union[t.AuditEventType, str]] = None,
        gstin: Optional[str] = None,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.AuditEvent]:
        """List security audit events

        `GET /v1/audit-events` (operationId `listAuditEvents`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/audit-events",
            auth="account",
            query={
                "type": type,
                "gstin": gstin,
                "from": from_,
                "to": to,
                "limit": limit,
                "starting_after": starting_after,
            },
            options=options,
            item_type=t.AuditEvent,
        )


class IrnResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def generate(
        self,
        invoice: t.InvoiceParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Generate an IRN for an invoice

        `POST /v1/irn` (operationId `generateIrn`, scope `irn:write`).
        """
        return self._client._request(
            "POST",
            "/v1/irn",
            auth="gstin",
            body=invoice,
            idempotent=True,
            prefer_wait=wait_seconds,
            options=options,
            cast_to=t.IrnDocument,
        )

    def bulk_generate(
        self,
        bulk_generate: t.BulkGenerateRequestParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.BulkGenerateResult:
        """Generate IRNs for up to 5,000 invoices

        `POST /v1/irn/bulk` (operationId `bulkGenerateIrn`, scope `irn:write`).
        """
        return self._client._request(
            "POST",
            "/v1/irn/bulk",
            auth="gstin",
            body=bulk_generate,
            idempotent=True,
            prefer_wait=wait_seconds,
            options=options,
            cast_to=t.BulkGenerateResult,
        )

    def get_by_document(
        self,
        *,
        doc_type: Union[t.DocType, str],
        doc_no: str,
        doc_date: str,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Find the IRN of a document

        `GET /v1/irn/by-document` (operationId `getIrnByDocument`, scope `read`).
        """
        return self._client._request(
            "GET",
            "/v1/irn/by-document",
            auth="gstin",
            query={"doc_type": doc_type, "doc_no": doc_no, "doc_date": doc_date},
            options=options,
            cast_to=t.IrnDocument,
        )

    def get(
        self,
        irn: str,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Get an IRN

        `GET /v1/irn/{irn}` (operationId `getIrn`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/irn/{path_param(irn)}",
            auth="gstin",
            options=options,
            cast_to=t.IrnDocument,
        )

    def cancel(
        self,
        irn: str,
        cancel_irn: t.CancelIrnRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Cancel an IRN

        `POST /v1/irn/{irn}/cancel` (operationId `cancelIrn`, scope `irn:write`).
        """
        return self._client._request(
            "POST",
            f"/v1/irn/{path_param(irn)}/cancel",
            auth="gstin",
            body=cancel_irn,
            idempotent=True,
            options=options,
            cast_to=t.IrnDocument,
        )


class NotesResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def generate(
        self,
        note: t.NoteRequestParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Generate a credit or debit note

        `POST /v1/notes` (operationId `generateNote`, scope `notes:write`).
        """
        return self._client._request(
            "POST",
            "/v1/notes",
            auth="gstin",
            body=note,
            idempotent=True,
            prefer_wait=wait_seconds,
            options=options,
            cast_to=t.IrnDocument,
        )


class EwbResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def generate(
        self,
        generate_ewb: t.GenerateEwbRequestParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Generate an e-way bill from an IRN

        `POST /v1/ewb` (operationId `generateEwb`, scope `ewb:write`).
        """
        return self._client._request(
            "POST",
            "/v1/ewb",
            auth="gstin",
            body=generate_ewb,
            idempotent=True,
            prefer_wait=wait_seconds,
            options=options,
            cast_to=t.EwayBill,
        )

    def get(
        self,
        ewb_no: str,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Get an e-way bill

        `GET /v1/ewb/{ewb_no}` (operationId `getEwb`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/ewb/{path_param(ewb_no)}",
            auth="gstin",
            options=options,
            cast_to=t.EwayBill,
        )

    def update_vehicle(
        self,
        ewb_no: str,
        update_ewb_vehicle: t.UpdateEwbVehicleRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Update Part-B (vehicle or transport document)

        `POST /v1/ewb/{ewb_no}/vehicle` (operationId `updateEwbVehicle`, scope `ewb:write`).
        """
        return self._client._request(
            "POST",
            f"/v1/ewb/{path_param(ewb_no)}/vehicle",
            auth="gstin",
            body=update_ewb_vehicle,
            idempotent=True,
            options=options,
            cast_to=t.EwayBill,
        )

    def extend(
        self,
        ewb_no: str,
        extend_ewb: t.ExtendEwbRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Extend an e-way bill's validity

        `POST /v1/ewb/{ewb_no}/extend` (operationId `extendEwb`, scope `ewb:write`).
        """
        return self._client._request(
            "POST",
            f"/v1/ewb/{path_param(ewb_no)}/extend",
            auth="gstin",
            body=extend_ewb,
            idempotent=True,
            options=options,
            cast_to=t.EwayBill,
        )

    def cancel(
        self,
        ewb_no: str,
        cancel_ewb: t.CancelEwbRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Cancel an e-way bill

        `POST /v1/ewb/{ewb_no}/cancel` (operationId `cancelEwb`, scope `ewb:write`).
        """
        return self._client._request(
            "POST",
            f"/v1/ewb/{path_param(ewb_no)}/cancel",
            auth="gstin",
            body=cancel_ewb,
            idempotent=True,
            options=options,
            cast_to=t.EwayBill,
        )


class DocumentsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        doc_type: Optional[Union[t.DocType, str]] = None,
        status: Optional[Union[t.DocumentStatus, str]] = None,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.DocumentSummary]:
        """List documents for reconciliation

        `GET /v1/documents` (operationId `listDocuments`, scope `read`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/documents",
            auth="gstin",
            query={
                "from": from_,
                "to": to,
                "doc_type": doc_type,
                "status": status,
                "limit": limit,
                "starting_after": starting_after,
            },
            options=options,
            item_type=t.DocumentSummary,
        )

    def export(
        self,
        *,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        doc_type: Optional[Union[t.DocType, str]] = None,
        status: Optional[Union[t.DocumentStatus, str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[t.DocumentSummary]:
        """Export documents as NDJSON

        `GET /v1/documents/export` (operationId `exportDocuments`, scope `read`).
        """
        return self._client._request_ndjson(
            "GET",
            "/v1/documents/export",
            auth="gstin",
            query={"from": from_, "to": to, "doc_type": doc_type, "status": status},
            options=options,
            item_type=t.DocumentSummary,
        )


class GstinDetailsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        gstin: str,
        **options: Unpack[RequestOptions],
    ) -> t.GstinDetails:
        """Look up a taxpayer's GSTIN

        `GET /v1/gstin-details/{gstin}` (operationId `getGstinDetails`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/gstin-details/{path_param(gstin)}",
            auth="gstin",
            options=options,
            cast_to=t.GstinDetails,
        )


class WebhookEndpointsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.WebhookEndpoint]:
        """List webhook endpoints

        `GET /v1/webhook-endpoints` (operationId `listWebhookEndpoints`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/webhook-endpoints",
            auth="account",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.WebhookEndpoint,
        )

    def create(
        self,
        create_webhook_endpoint: t.CreateWebhookEndpointRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.WebhookEndpointWithSecret:
        """Create a webhook endpoint

        `POST /v1/webhook-endpoints` (operationId `createWebhookEndpoint`).
        """
        return self._client._request(
            "POST",
            "/v1/webhook-endpoints",
            auth="account",
            body=create_webhook_endpoint,
            idempotent=True,
            options=options,
            cast_to=t.WebhookEndpointWithSecret,
        )

    def get(
        self,
        endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.WebhookEndpoint:
        """Get a webhook endpoint

        `GET /v1/webhook-endpoints/{endpoint_id}` (operationId `getWebhookEndpoint`).
        """
        return self._client._request(
            "GET",
            f"/v1/webhook-endpoints/{path_param(endpoint_id)}",
            auth="account",
            options=options,
            cast_to=t.WebhookEndpoint,
        )

    def delete(
        self,
        endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a webhook endpoint

        `DELETE /v1/webhook-endpoints/{endpoint_id}` (operationId `deleteWebhookEndpoint`).
        """
        self._client._request(
            "DELETE",
            f"/v1/webhook-endpoints/{path_param(endpoint_id)}",
            auth="account",
            options=options,
            cast_to=type(None),
        )

    def update(
        self,
        endpoint_id: str,
        update_webhook_endpoint: t.UpdateWebhookEndpointRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.WebhookEndpoint:
        """Update a webhook endpoint

        `PATCH /v1/webhook-endpoints/{endpoint_id}` (operationId `updateWebhookEndpoint`).
        """
        return self._client._request(
            "PATCH",
            f"/v1/webhook-endpoints/{path_param(endpoint_id)}",
            auth="account",
            body=update_webhook_endpoint,
            options=options,
            cast_to=t.WebhookEndpoint,
        )

    def rotate_secret(
        self,
        endpoint_id: str,
        rotate_webhook_secret: Optional[t.RotateWebhookSecretRequestParam] = None,
        **options: Unpack[RequestOptions],
    ) -> t.WebhookEndpointWithSecret:
        """Rotate an endpoint's signing secret

        `POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret` (operationId `rotateWebhookSecret`).
        """
        return self._client._request(
            "POST",
            f"/v1/webhook-endpoints/{path_param(endpoint_id)}/rotate-secret",
            auth="account",
            body=rotate_webhook_secret,
            idempotent=True,
            options=options,
            cast_to=t.WebhookEndpointWithSecret,
        )


class WebhookDeliveriesResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        endpoint_id: Optional[str] = None,
        status: Optional[Union[t.DeliveryStatus, str]] = None,
        event_type: Optional[Union[t.EventType, str]] = None,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.WebhookDelivery]:
        """List webhook deliveries

        `GET /v1/webhook-deliveries` (operationId `listWebhookDeliveries`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/webhook-deliveries",
            auth="account",
            query={
                "endpoint_id": endpoint_id,
                "status": status,
                "event_type": event_type,
                "limit": limit,
                "starting_after": starting_after,
            },
            options=options,
            item_type=t.WebhookDelivery,
        )

    def replay(
        self,
        delivery_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.WebhookDelivery:
        """Replay a delivery

        `POST /v1/webhook-deliveries/{delivery_id}/replay` (operationId `replayWebhookDelivery`).
        """
        return self._client._request(
            "POST",
            f"/v1/webhook-deliveries/{path_param(delivery_id)}/replay",
            auth="account",
            idempotent=True,
            options=options,
            cast_to=t.WebhookDelivery,
        )


class LogsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        irn: Optional[str] = None,
        gstin: Optional[str] = None,
        operation: Optional[str] = None,
        status: Optional[str] = None,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.RequestLog]:
        """List request logs

        `GET /v1/logs` (operationId `listRequestLogs`, scope `read`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/logs",
            auth="account_or_gstin",
            query={
                "irn": irn,
                "gstin": gstin,
                "operation": operation,
                "status": status,
                "from": from_,
                "to": to,
                "limit": limit,
                "starting_after": starting_after,
            },
            options=options,
            item_type=t.RequestLog,
        )

    def export(
        self,
        *,
        irn: Optional[str] = None,
        gstin: Optional[str] = None,
        operation: Optional[str] = None,
        status: Optional[str] = None,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[t.RequestLog]:
        """Export request logs as NDJSON

        `GET /v1/logs/export` (operationId `exportRequestLogs`, scope `read`).
        """
        return self._client._request_ndjson(
            "GET",
            "/v1/logs/export",
            auth="account_or_gstin",
            query={"irn": irn, "gstin": gstin, "operation": operation, "status": status, "from": from_, "to": to},
            options=options,
            item_type=t.RequestLog,
        )

    def get(
        self,
        log_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.RequestLog:
        """Get one request log

        `GET /v1/logs/{log_id}` (operationId `getRequestLog`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/logs/{path_param(log_id)}",
            auth="account_or_gstin",
            options=options,
            cast_to=t.RequestLog,
        )


class StatusResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> t.Status:
        """Health of every GSP and IRP

        `GET /v1/status` (operationId `getStatus`).
        """
        return self._client._request(
            "GET",
            "/v1/status",
            auth="none",
            options=options,
            cast_to=t.Status,
        )


class SandboxResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def set_faults(
        self,
        sandbox_faults: t.SandboxFaultsRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.SandboxFaults:
        """Rehearse a failure (sandbox only)

        `POST /v1/sandbox/faults` (operationId `setSandboxFaults`, scope `irn:write`).
        """
        return self._client._request(
            "POST",
            "/v1/sandbox/faults",
            auth="gstin",
            body=sandbox_faults,
            idempotent=True,
            options=options,
            cast_to=t.SandboxFaults,
        )


class GeneratedResources:
    """Attaches every resource to a client; the hand-written client subclasses this."""

    oauth: OauthResource
    gstins: GstinsResource
    credentials: CredentialsResource
    audit_events: AuditEventsResource
    irn: IrnResource
    notes: NotesResource
    ewb: EwbResource
    documents: DocumentsResource
    gstin_details: GstinDetailsResource
    webhook_endpoints: WebhookEndpointsResource
    webhook_deliveries: WebhookDeliveriesResource
    logs: LogsResource
    status: StatusResource
    sandbox: SandboxResource

    def _init_resources(self, client: SyncAPIClient) -> None:
        self.oauth = OauthResource(client)
        self.gstins = GstinsResource(client)
        self.credentials = CredentialsResource(client)
        self.audit_events = AuditEventsResource(client)
        self.irn = IrnResource(client)
        self.notes = NotesResource(client)
        self.ewb = EwbResource(client)
        self.documents = DocumentsResource(client)
        self.gstin_details = GstinDetailsResource(client)
        self.webhook_endpoints = WebhookEndpointsResource(client)
        self.webhook_deliveries = WebhookDeliveriesResource(client)
        self.logs = LogsResource(client)
        self.status = StatusResource(client)
        self.sandbox = SandboxResource(client)
