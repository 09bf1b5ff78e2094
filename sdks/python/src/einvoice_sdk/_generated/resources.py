# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Sync resources: one class per resource, one method per operation."""

from __future__ import annotations

import warnings
from functools import cached_property
from typing import Any, Iterator, Optional, Union

from typing_extensions import Unpack

from .._core._client import SyncAPIClient
from .._core._pagination import Page
from .._core._response import to_raw_response_wrapper
from .._core._types import RequestOptions, path_param
from . import types as t


class OauthResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OauthResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return OauthResourceWithRawResponse(self)

    def create_token(
        self,
        token: t.TokenRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.TokenResponse:
        """Get an access token for one GSTIN.

        OAuth 2.0 client credentials grant (RFC 6749 §4.4). Authenticate the client with HTTP Basic
        (`client_id:client_secret`, preferred) or with `client_id` and `client_secret` form fields; never in
        the query string. The token acts for the credential's GSTIN only, carries the requested `scope`
        (space-separated, a subset of the credential's scopes; all of them when omitted) and lives
        `expires_in` seconds. No refresh token is issued: request a new token shortly before expiry (the
        SDKs do this for you). Errors are RFC 6749 §5.2 token errors: `application/json` with `error` and
        `error_description`, plus the problem members (`type`, `title`, `status`, `detail`, `request_id`)
        every other error carries. Each parameter may appear once (§3.2): a repeated one is
        `invalid_request`. A token request may be signed like any other (RFC 9421, see `SigningKey`); a
        signature that is sent is verified once the client is authenticated, and a client created with
        `require_signatures` must sign it. A missing or failing signature is 401 `invalid_client`, a
        signature that cannot be read 400 `invalid_request`; both carry `Accept-Signature` (RFC 9421 §5.1)
        naming what to sign.

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


class OauthResourceWithRawResponse:
    """`OauthResource` whose methods return `APIResponse[...]` (`client.oauth.with_raw_response`)."""

    def __init__(self, resource: OauthResource) -> None:
        self.create_token = to_raw_response_wrapper(resource.create_token)


class GstinsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GstinsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return GstinsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.Gstin]:
        """List registered GSTINs.

        Lists the account's GSTINs, newest first, with cursor pagination (pass `next_cursor` as
        `starting_after`).

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
        """Register a GSTIN.

        Registers a GSTIN under the account with the IRP API user the taxpayer created on the e-invoice
        portal. The IRP password is encrypted at rest and never returned. The environment (sandbox or
        production) is the account key's. In the sandbox any GSTIN with a valid check digit is accepted; in
        production the GSTIN must be active on the IRP.

        The user name and password are checked against the IRP before anything is stored: wrong ones are
        refused at once with 422 `irp_credentials_rejected` and NIC's code in `gstn_errors` (1019 Incorrect
        Password, 1017 Invalid user name), not accepted now and failed at the first document. A pair too
        long for NIC's login block (more than 66 characters together) is 422 `irp_login_too_long` without
        asking the IRP. The sandbox IRP accepts any user name with the password `sandbox`. When no IRP can
        be asked (outage), 503: retry later. A GSTIN deleted earlier (`deleteGstin`) can be registered
        again; its documents become readable again.

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
        """Get a registered GSTIN.

        Returns one GSTIN of the account. A GSTIN registered under another account answers 404, never its
        data.

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
        """Delete a registered GSTIN.

        Removes the GSTIN from the account: every OAuth credential of it is revoked at once (their access
        tokens stop working), its IRP password is erased, and it no longer appears in `listGstins`. Its
        documents, e-way bills and request logs stay in the archive (GST law keeps them for years); register
        the GSTIN again and a new credential reads them. Audit-logged as `gstin.deleted`. Deleting a GSTIN
        that is not registered (or already deleted) answers 404.

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
        """Update a registered GSTIN.

        Changes the IRP user (`irp_username`, `irp_password`), the description or the large-taxpayer flag of
        a GSTIN of the account; members left out keep their values. A new user name or password is checked
        against the IRP first, exactly as at registration: wrong ones answer 422 `irp_credentials_rejected`
        with NIC's code and leave the stored credentials unchanged. Credentials and documents of the GSTIN
        are untouched. Audit-logged as `gstin.updated` (the password itself is never logged).

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

    def list_gsp_routes(
        self,
        gstin: str,
        **options: Unpack[RequestOptions],
    ) -> t.GspRouteUserList:
        """List a GSTIN's API users per GSP route.

        The API users this GSTIN has of its own on GSP routes (NIC creates e-invoice API users per GSP, and
        the e-way bill system has its own). A route without an entry uses the GSTIN's registered IRP user.
        When a route refused an entry's login on a document's call, `status` is `refused` with the reason:
        that route is unusable for the GSTIN (calls fail over to the other routes; no document is rejected
        for it) until the users are replaced with `putGstinGspRoute`. Passwords are never returned.

        `GET /v1/gstins/{gstin}/gsp-routes` (operationId `listGstinGspRoutes`).
        """
        return self._client._request(
            "GET",
            f"/v1/gstins/{path_param(gstin)}/gsp-routes",
            auth="account",
            options=options,
            cast_to=t.GspRouteUserList,
        )

    def set_gsp_route(
        self,
        gstin: str,
        route: str,
        put_gsp_route_user: t.PutGspRouteUserRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.GspRouteUser:
        """Set a GSTIN's API users on one GSP route.

        Sets the e-invoice API user this GSTIN uses on one GSP route (created on the e-invoice portal for
        that GSP) and, optionally, its e-way bill system user (both `ewb_username` and `ewb_password`, or
        neither: then the e-invoice user is used there too). The e-invoice user is checked on that route
        first, as at registration: a refusal answers 422 `irp_credentials_rejected` with NIC's code and
        nothing is stored. Passwords are encrypted at rest and never returned. Replaces an earlier entry and
        clears a recorded refusal. Audit-logged as `gstin.updated` (with the route's name, never the
        passwords).

        `PUT /v1/gstins/{gstin}/gsp-routes/{route}` (operationId `putGstinGspRoute`).
        """
        return self._client._request(
            "PUT",
            f"/v1/gstins/{path_param(gstin)}/gsp-routes/{path_param(route)}",
            auth="account",
            body=put_gsp_route_user,
            options=options,
            cast_to=t.GspRouteUser,
        )

    def delete_gsp_route(
        self,
        gstin: str,
        route: str,
        **options: Unpack[RequestOptions],
    ) -> t.DeletedGspRouteUser:
        """Remove a GSTIN's API users from one GSP route.

        The route uses the GSTIN's registered IRP user again; the stored passwords are erased. 404 when the
        GSTIN has no entry for the route.

        `DELETE /v1/gstins/{gstin}/gsp-routes/{route}` (operationId `deleteGstinGspRoute`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/gstins/{path_param(gstin)}/gsp-routes/{path_param(route)}",
            auth="account",
            options=options,
            cast_to=t.DeletedGspRouteUser,
        )


class GstinsResourceWithRawResponse:
    """`GstinsResource` whose methods return `APIResponse[...]` (`client.gstins.with_raw_response`)."""

    def __init__(self, resource: GstinsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.register = to_raw_response_wrapper(resource.register)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.list_gsp_routes = to_raw_response_wrapper(resource.list_gsp_routes)
        self.set_gsp_route = to_raw_response_wrapper(resource.set_gsp_route)
        self.delete_gsp_route = to_raw_response_wrapper(resource.delete_gsp_route)


class CredentialsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return CredentialsResourceWithRawResponse(self)

    def list(
        self,
        gstin: str,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.Credential]:
        """List the OAuth clients of a GSTIN.

        Lists credentials with their secrets' ids and prefixes (never the secrets themselves), revoked ones
        included.

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
        """Create an OAuth client for a GSTIN.

        Creates an OAuth client (`client_id` + `client_secret`) that can obtain tokens for this GSTIN only,
        limited to the given scopes: `irn:write` (generate and cancel IRNs, bulk), `ewb:write` (e-way
        bills), `notes:write` (credit and debit notes), `read` (every GET on documents, logs and GSTIN
        details). **The secret is returned once, in this response only**: einvoice stores a hash and the
        first characters (`prefix`) for display. The plan sets the rate limit: `developer` 10 requests/s,
        `standard` 100 requests/s, `custom` a rate agreed with us.

        With `require_signatures: true` every request of this client must carry a valid RFC 9421 signature
        made with the returned `signing_key`: its token requests and every call with its tokens. Unsigned
        ones are refused with 401 (`invalid_client` on the token endpoint, `invalid_signature` elsewhere),
        so stripping the signature does not bypass it. The setting is fixed at creation: to start requiring
        signatures for an existing integration, create a new credential with `require_signatures: true`,
        configure the client with its secret and signing key, then revoke the old credential
        (`revokeCredential`).

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

    def get(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.Credential:
        """Get an OAuth client.

        One credential as `listCredentials` shows it: its secrets' ids and prefixes, never the secrets
        themselves; revoked credentials too. This is where `createCredential`'s `Location` points. A client
        of another account is 404, like one that does not exist.

        `GET /v1/credentials/{client_id}` (operationId `getCredential`).
        """
        return self._client._request(
            "GET",
            f"/v1/credentials/{path_param(client_id)}",
            auth="account",
            options=options,
            cast_to=t.Credential,
        )

    def revoke(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.Credential:
        """Revoke an OAuth client.

        Revokes the client and every secret it has. Takes effect immediately: tokens already issued to it
        stop working on their next use, and new token requests get `invalid_client`. Cannot be undone.

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
        """Add a second secret (rotation).

        Adds a new secret to the client so you can rotate without downtime: deploy the new secret, then
        revoke the old one with `revokeCredentialSecret`. At most two secrets are active at a time; a third
        answers 409. The secret is returned once, in this response only.

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
        """Revoke one secret.

        Revokes one secret of the client, effective immediately; tokens obtained with it stop working.
        Revoking the last active secret is refused (409): revoke the credential instead.

        `DELETE /v1/credentials/{client_id}/secrets/{secret_id}` (operationId `revokeCredentialSecret`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/credentials/{path_param(client_id)}/secrets/{path_param(secret_id)}",
            auth="account",
            options=options,
            cast_to=t.Credential,
        )


class CredentialsResourceWithRawResponse:
    """`CredentialsResource` whose methods return `APIResponse[...]` (`client.credentials.with_raw_response`)."""

    def __init__(self, resource: CredentialsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.revoke = to_raw_response_wrapper(resource.revoke)
        self.add_secret = to_raw_response_wrapper(resource.add_secret)
        self.revoke_secret = to_raw_response_wrapper(resource.revoke_secret)


class AuditEventsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuditEventsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return AuditEventsResourceWithRawResponse(self)

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
        """List security audit events.

        The account's immutable audit trail, newest first: credential and secret creation, rotation and
        revocation, GSTIN registration, failed client authentication and authorisation failures (wrong
        scope, another GSTIN's document). Entries cannot be changed or deleted through any API.

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


class AuditEventsResourceWithRawResponse:
    """`AuditEventsResource` whose methods return `APIResponse[...]` (`client.audit_events.with_raw_response`)."""

    def __init__(self, resource: AuditEventsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class IrnResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> IrnResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return IrnResourceWithRawResponse(self)

    def generate(
        self,
        invoice: t.InvoiceParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Generate an IRN for an invoice.

        Registers an invoice (`DocDtls.Typ` `INV`; use `generateNote` for `CRN`/`DBN`) with the IRP and
        returns the IRN, acknowledgement, signed invoice and signed QR code. The body is the NIC INV-01 v1.1
        JSON. `SellerDtls.Gstin` must be the token's GSTIN (403 otherwise).

        - The invoice is checked against the schema and the IRP's business rules **before** any upstream
          call; a refusal is a 422 with the NIC code the IRP would have given (`gstn_errors`).
        - Send an `Idempotency-Key` and retry freely. Without one, a repeated document still never yields a
          second IRN: the IRP's duplicate answer (2150) is resolved to the original IRN and returned with
          `Idempotent-Replayed: true`; if the original's content differs, 409 with a diff.
        - If `EwbDtls` is present an e-way bill is generated too; if that part fails the IRN still succeeds
          and `info` carries `EWBERR` with the NIC codes.
        - `Prefer: wait=N` (default 30 s) bounds the whole answer: when the IRP has not answered within N
          seconds (no GSP reachable, or an attempt still in flight), you get 202 with the document `queued`;
          the attempt goes on in the background and fires `irn.generated` or `irn.failed`. Poll
          `getIrnByDocument` or wait for the webhook. A retry with the same `Idempotency-Key` reports where
          it stands (never a second submission) and, once it is final, replays that outcome: a document that
          ended `failed` answers 422 `document_failed` under that key (correct it if needed and submit again
          with a new key).
        - When the outcome is unknown (the IRP's answer was lost, the server crashed mid-call, or the IRP
          answered 2150 without returning the original) the document stays `pending` and the reconciler asks
          the IRP until it knows: it records the IRN (`irn.generated`), or `failed` only when the IRP does
          not hold the document and refuses it (`irn.failed`), and completes the request's `Idempotency-Key`
          with that outcome. `getStatus` counts what is `unresolved`.

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
        """Generate IRNs for up to 5,000 invoices.

        Creates a bulk job: the documents are stored once, then validated and relayed concurrently, each on
        its own. When every record has an outcome within the wait (`Prefer: wait=N`, default 30 s), the
        answer is `200` with one result per document **in request order**: the IRN document on success, NIC
        codes on failure. The call succeeds even when some records fail; check each `results[i].status`.

        When the job cannot finish within the wait, the answer is `202` with the job (`object: bulk_job`,
        its progress, `Location: /v1/irn/bulk/{id}`) and the records go on in the background. The job is
        durable: if the server restarts, it resumes the records without an outcome by itself; nothing needs
        to be resubmitted. Follow it with `getBulkJob` and `listBulkJobResults`, or wait for
        `bulk.completed`.

        A resubmission with the same `Idempotency-Key` answers the same job as it stands then (`200` once it
        is completed, `202` before; `Idempotent-Replayed: true`), never a new job; the same key with another
        body is `422`. Each record is also idempotent through its document's identity (GSTIN, type, number,
        financial year): a record whose document already has an IRN comes back `replayed`, and a new job
        (new key) with the same documents only relays the ones without an IRN. Webhooks fire per record and
        once per job as `bulk.completed`. More than 5,000 documents, or a body over 50 MB, is refused with
        413.

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
        """Find the IRN of a document.

        Looks a document up by type, number and date (NIC's Get IRN by document details). Answers from
        einvoice's archive, so it works long after NIC's ~2-day window; document numbers match
        case-insensitively, as the IRP does. 404 when the GSTIN never registered that document here.

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
        """Get an IRN.

        Returns the document with its signed invoice and signed QR code. Served from einvoice's permanent
        archive (NIC keeps them only ~2 days). An IRN of another GSTIN answers 404.

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
        """Cancel an IRN.

        Cancels an IRN (NIC Cancel IRN). Allowed within 24 hours of `AckDt` (see `cancellable_until`; later
        gives 2270) and only once every e-way bill of the invoice is cancelled (2230 otherwise). Reasons:
        `1` duplicate, `2` data entry mistake, `3` order cancelled, `4` others. Cancelling does not free the
        document number: issue a new number or a credit note. Cancelling an already cancelled IRN returns it
        unchanged (200), it is not an error.

        If the IRP's answer is lost (503), the cancellation may still have taken effect: the reconciler asks
        the IRP and, if it did, records it and sends `irn.cancelled`; retrying with the same
        `Idempotency-Key` is safe either way.

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


class IrnResourceWithRawResponse:
    """`IrnResource` whose methods return `APIResponse[...]` (`client.irn.with_raw_response`)."""

    def __init__(self, resource: IrnResource) -> None:
        self.generate = to_raw_response_wrapper(resource.generate)
        self.bulk_generate = to_raw_response_wrapper(resource.bulk_generate)
        self.get_by_document = to_raw_response_wrapper(resource.get_by_document)
        self.get = to_raw_response_wrapper(resource.get)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class BulkJobsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BulkJobsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return BulkJobsResourceWithRawResponse(self)

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> t.BulkJob:
        """Get a bulk job.

        A bulk job's status and progress: how many records have each outcome so far and how many are still
        `pending`. `queued`: no server is running it at this moment (it is due again shortly); `running`: a
        server is relaying its records (after a restart, the first server to claim it resumes it);
        `completed`: every record has an outcome and `bulk.completed` was sent. The per-record results are
        listed by `listBulkJobResults`. A job of another GSTIN or account answers 404.

        `GET /v1/irn/bulk/{id}` (operationId `getBulkJob`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/irn/bulk/{path_param(id)}",
            auth="gstin",
            options=options,
            cast_to=t.BulkJob,
        )

    def list_results(
        self,
        id: str,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.BulkJobRecordResult]:
        """List a bulk job's per-record results.

        One entry per document of the job, in request order (by `index`), with its outcome so far: `pending`
        (not relayed yet, or in flight), `generated`, `replayed` (the document already had an IRN), `queued`
        (no GSP reachable: the outage queue finishes it and sends `irn.generated` or `irn.failed`) or
        `failed` (with the problem and NIC codes). An entry's `document` is as it was when the record got
        its outcome. Cursor pagination: pass `next_cursor` as `starting_after` until `has_more` is false.

        `GET /v1/irn/bulk/{id}/results` (operationId `listBulkJobResults`, scope `read`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            f"/v1/irn/bulk/{path_param(id)}/results",
            auth="gstin",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.BulkJobRecordResult,
        )


class BulkJobsResourceWithRawResponse:
    """`BulkJobsResource` whose methods return `APIResponse[...]` (`client.bulk_jobs.with_raw_response`)."""

    def __init__(self, resource: BulkJobsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.list_results = to_raw_response_wrapper(resource.list_results)


class NotesResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return NotesResourceWithRawResponse(self)

    def generate(
        self,
        note: t.NoteRequestParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.IrnDocument:
        """Generate a credit or debit note.

        Registers a credit note (`CRN`) or debit note (`DBN`) and returns its IRN. The body is the INV-01
        JSON with `DocDtls.Typ` `CRN` or `DBN` and `RefDtls.PrecDocDtls` naming the original invoice
        (required here, even where an IRP would accept it missing, so your returns reconcile). Amounts stay
        positive. Notes cannot carry an e-way bill (`EwbDtls` is refused with 2252/4010). Same idempotency,
        duplicate and queueing behaviour as `generateIrn`.

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


class NotesResourceWithRawResponse:
    """`NotesResource` whose methods return `APIResponse[...]` (`client.notes.with_raw_response`)."""

    def __init__(self, resource: NotesResource) -> None:
        self.generate = to_raw_response_wrapper(resource.generate)


class EwbResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EwbResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return EwbResourceWithRawResponse(self)

    def generate(
        self,
        generate_ewb: t.GenerateEwbRequestParam,
        *,
        wait_seconds: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Generate an e-way bill from an IRN.

        NIC's Generate E-way Bill by IRN. Goods only (a services-only invoice gives 4009; notes give 4010).
        `Distance` 0 lets the IRP compute it from the PINs (reported in `Remarks`); a distance above 110 %
        of the PIN-to-PIN distance gives 4013. Road (`TransMode` 1) needs `VehNo` and `VehType`; rail, air
        and ship need `TransDocNo` and `TransDocDt`. With only `TransId` you get Part-A: `EwbValidTill`
        stays null until a vehicle is added with `updateEwbVehicle`. Validity: one day per 200 km (20 km for
        over-dimensional cargo, `VehType` `O`), each day ending 23:59 IST.

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
        ewb_no: int,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Get an e-way bill.

        Returns the e-way bill with its current validity and vehicle history, from einvoice's archive. An
        e-way bill of another GSTIN answers 404.

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
        ewb_no: int,
        update_ewb_vehicle: t.UpdateEwbVehicleRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Update Part-B (vehicle or transport document).

        NIC `VEHEWB`. Adds or changes the vehicle (road) or transport document (rail, air, ship). The first
        Part-B entry of a Part-A e-way bill starts its validity. Reasons: `1` breakdown, `2` transshipment,
        `3` others (explain in `reasonRem`), `4` first time.

        If the IRP's answer is lost (503), the change may still have taken effect. einvoice never sends it
        blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's GetEwayBill) and
        answers with the change if it is there; with no retry, the reconciler asks and records it, with one
        `ewb.vehicle_updated` webhook. `unresolved` in `GET /v1/status` counts such changes until they are
        settled. While an attempt of the same kind of change to this e-way bill may still be reaching the
        IRP (up to a second after a lost answer), another answers 409 `ewb-change-in-flight`: retry shortly.

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
        ewb_no: int,
        extend_ewb: t.ExtendEwbRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Extend an e-way bill's validity.

        NIC `EXTENDVALIDITY`. Allowed from 8 hours before to 8 hours after expiry (382 otherwise), up to 360
        days after generation (821). Reasons: `1` natural calamity, `2` law and order, `4` transshipment,
        `5` accident, `99` others. Give the remaining distance; the new validity is computed from it like a
        new e-way bill.

        If the IRP's answer is lost (503), the change may still have taken effect. einvoice never sends it
        blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's GetEwayBill) and
        answers with the change if it is there; with no retry, the reconciler asks and records it, with one
        `ewb.extended` webhook. `unresolved` in `GET /v1/status` counts such changes until they are settled.
        While an attempt of the same kind of change to this e-way bill may still be reaching the IRP (up to
        a second after a lost answer), another answers 409 `ewb-change-in-flight`: retry shortly.

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
        ewb_no: int,
        cancel_ewb: t.CancelEwbRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.EwayBill:
        """Cancel an e-way bill.

        NIC `CANEWB`. Allowed within 24 hours of generation (315/728 otherwise) and before the recipient
        verifies it. Reasons (note they differ from IRN cancel reasons): `1` duplicate, `2` order cancelled,
        `3` data entry mistake, `4` others. Cancel the e-way bill before cancelling its IRN.

        If the IRP's answer is lost (503), the change may still have taken effect. einvoice never sends it
        blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's GetEwayBill) and
        answers with the change if it is there; with no retry, the reconciler asks and records it, with one
        `ewb.cancelled` webhook. `unresolved` in `GET /v1/status` counts such changes until they are
        settled. While an attempt of the same kind of change to this e-way bill may still be reaching the
        IRP (up to a second after a lost answer), another answers 409 `ewb-change-in-flight`: retry shortly.

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


class EwbResourceWithRawResponse:
    """`EwbResource` whose methods return `APIResponse[...]` (`client.ewb.with_raw_response`)."""

    def __init__(self, resource: EwbResource) -> None:
        self.generate = to_raw_response_wrapper(resource.generate)
        self.get = to_raw_response_wrapper(resource.get)
        self.update_vehicle = to_raw_response_wrapper(resource.update_vehicle)
        self.extend = to_raw_response_wrapper(resource.extend)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class DocumentsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DocumentsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return DocumentsResourceWithRawResponse(self)

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
        """List documents for reconciliation.

        Everything the token's GSTIN registered through einvoice (invoices, credit and debit notes, their
        e-way bill numbers), newest first, filtered by document date period, type and status. Cursor
        pagination: pass `next_cursor` as `starting_after` until `has_more` is false (the SDKs iterate for
        you). Use `exportDocuments` for whole periods.

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
        """Export documents as NDJSON.

        Streams every matching document as newline-delimited JSON (one `DocumentSummary` per line, oldest
        first), for loading into a spreadsheet or warehouse. Same filters as `listDocuments`, no pagination.

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


class DocumentsResourceWithRawResponse:
    """`DocumentsResource` whose methods return `APIResponse[...]` (`client.documents.with_raw_response`)."""

    def __init__(self, resource: DocumentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.export = to_raw_response_wrapper(resource.export)


class TaxpayersResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TaxpayersResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return TaxpayersResourceWithRawResponse(self)

    def get(
        self,
        gstin: str,
        **options: Unpack[RequestOptions],
    ) -> t.GstinDetails:
        """Look up a taxpayer's GSTIN.

        NIC's Get GSTIN Details: legal and trade name, address, taxpayer type, status and block status of
        any GSTIN, as the IRP knows it. Use it to fill `BuyerDtls` and to catch a cancelled buyer (3029)
        before you invoice. Answers 422 with NIC code 3028 for a GSTIN the IRP does not know.

        `GET /v1/taxpayers/{gstin}` (operationId `getTaxpayer`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/taxpayers/{path_param(gstin)}",
            auth="gstin",
            options=options,
            cast_to=t.GstinDetails,
        )


class TaxpayersResourceWithRawResponse:
    """`TaxpayersResource` whose methods return `APIResponse[...]` (`client.taxpayers.with_raw_response`)."""

    def __init__(self, resource: TaxpayersResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class GstinDetailsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GstinDetailsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return GstinDetailsResourceWithRawResponse(self)

    def get(
        self,
        gstin: str,
        **options: Unpack[RequestOptions],
    ) -> t.GstinDetails:
        """Look up a taxpayer's GSTIN (deprecated).

        Deprecated (sunset 2027-03-05): use `getTaxpayer` (`GET /v1/taxpayers/{gstin}`), which answers the
        same body. This path was too easy to confuse with `GET /v1/gstins/{gstin}` (a GSTIN registered with
        einvoice). Until the sunset it works unchanged and every answer carries `Deprecation`, `Sunset` and
        `Link: <guide>; rel="deprecation"`.

        `GET /v1/gstin-details/{gstin}` (operationId `getGstinDetails`, scope `read`).

        .. deprecated:: the spec marks this operation deprecated (see above for its replacement).
        """
        warnings.warn(
            "getGstinDetails is deprecated; see the method's docstring for its replacement.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client._request(
            "GET",
            f"/v1/gstin-details/{path_param(gstin)}",
            auth="gstin",
            options=options,
            cast_to=t.GstinDetails,
        )


class GstinDetailsResourceWithRawResponse:
    """`GstinDetailsResource` whose methods return `APIResponse[...]` (`client.gstin_details.with_raw_response`)."""

    def __init__(self, resource: GstinDetailsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class WebhookEndpointsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookEndpointsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return WebhookEndpointsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.WebhookEndpoint]:
        """List webhook endpoints.

        Lists the account's webhook endpoints, newest first. Secrets are never listed.

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
        """Create a webhook endpoint.

        Registers an HTTPS URL to receive events, signed per the Standard Webhooks specification
        (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The signing secret (`whsec_...`) is in
        this response and in `rotateWebhookSecret` only. Filter by event types (`["*"]` for all) and
        optionally by GSTINs. URLs that resolve to loopback, private or link-local addresses are refused,
        and redirects are never followed.

        Each attempt has 10 seconds to be answered (connecting included). Endpoints are served
        independently: a slow or stalled endpoint holds at most a few deliveries in flight of its own and
        never delays another endpoint's. An endpoint whose attempts have all failed for 5 days (no success
        in between) is disabled automatically: `status: disabled`, `disabled_reason: failing`, a
        `webhook_endpoint.disabled` event to the account's other endpoints and an audit event. Its pending
        deliveries wait; re-enable it with `updateWebhookEndpoint` (`enabled: true`).

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
        """Get a webhook endpoint.

        Returns one endpoint of the account (without its secret).

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
        """Delete a webhook endpoint.

        Deletes the endpoint; its pending deliveries are dropped and its delivery log is kept for 30 days.

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
        """Update a webhook endpoint.

        Changes the URL, event filter, GSTIN filter, description or `enabled` flag. Omitted fields are left
        as they are. Disabling stops new deliveries; pending ones wait until it is enabled again. `enabled:
        true` re-enables an endpoint that was disabled, by you or automatically after failing
        (`disabled_reason: failing`), and restarts its failure clock.

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
        """Rotate an endpoint's signing secret.

        Issues a new `whsec_` secret. During the grace period (default 24 h, at most 7 days) every delivery
        carries two signatures, one per secret, in `webhook-signature`, so receivers can switch without
        dropping events.

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


class WebhookEndpointsResourceWithRawResponse:
    """`WebhookEndpointsResource` whose methods return `APIResponse[...]` (`client.webhook_endpoints.with_raw_response`)."""

    def __init__(self, resource: WebhookEndpointsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.rotate_secret = to_raw_response_wrapper(resource.rotate_secret)


class WebhookDeliveriesResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookDeliveriesResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return WebhookDeliveriesResourceWithRawResponse(self)

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
        """List webhook deliveries.

        Deliveries with their per-attempt log (status code, latency, response excerpt), newest first.
        `status=dead` is the dead-letter queue: deliveries whose whole retry schedule failed (immediately, 5
        s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, with jitter). Replay them with `replayWebhookDelivery`.

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
        """Replay a delivery.

        Delivers the event again now, with the **same** `webhook-id` (so receivers de-duplicate) and a fresh
        timestamp and signature. Works for any delivery; typical use is draining the dead-letter queue once
        the receiver is fixed. The delivery goes back to `pending` and follows the retry schedule.

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


class WebhookDeliveriesResourceWithRawResponse:
    """`WebhookDeliveriesResource` whose methods return `APIResponse[...]` (`client.webhook_deliveries.with_raw_response`)."""

    def __init__(self, resource: WebhookDeliveriesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replay = to_raw_response_wrapper(resource.replay)


class LogsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LogsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return LogsResourceWithRawResponse(self)

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
    ) -> Page[t.RequestLogSummary]:
        """List request logs.

        Every API call, newest first, with status, latency breakdown (auth, validation, queue, upstream,
        storage, total) and the upstream retry chain (each attempt's GSP, status, NIC code and latency).
        With the account key you see every GSTIN of the account; with a GSTIN token (`read`) only that
        GSTIN's calls. Pages carry summaries (no bodies), so a 100-row page stays light; `getRequestLog` and
        `exportRequestLogs` return the redacted request and response bodies. Payloads are redacted:
        authorization headers, client secrets, IRP passwords and tokens are never stored.

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
            item_type=t.RequestLogSummary,
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
        """Export request logs as NDJSON.

        Streams every matching request log as newline-delimited JSON, oldest first. Same filters and
        visibility as `listRequestLogs`, no pagination.

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
        """Get one request log.

        One call with its redacted request and response bodies, latency breakdown and upstream retry chain.

        `GET /v1/logs/{log_id}` (operationId `getRequestLog`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/logs/{path_param(log_id)}",
            auth="account_or_gstin",
            options=options,
            cast_to=t.RequestLog,
        )


class LogsResourceWithRawResponse:
    """`LogsResource` whose methods return `APIResponse[...]` (`client.logs.with_raw_response`)."""

    def __init__(self, resource: LogsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.export = to_raw_response_wrapper(resource.export)
        self.get = to_raw_response_wrapper(resource.get)


class UsageResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsageResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return UsageResourceWithRawResponse(self)

    def get_usage(
        self,
        *,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        granularity: Optional[Union[t.GetUsageGranularity, str]] = None,
        **options: Unpack[RequestOptions],
    ) -> t.Usage:
        """Get the account's usage.

        What the account used, per IST calendar day or month, to bill from: IRNs generated (`generateIrn`),
        e-way bills generated (`generateEwb`), cancellations (`cancelIrn`, `cancelEwb`), notes
        (`generateNote`), bulk records (the documents each `bulkGenerateIrn` job accepted, not the calls),
        reconciliation reads (`getIrn`, `getIrnByDocument`, `getEwb`, `listDocuments`, `exportDocuments`)
        and every other authenticated call. Counted from the request log, the source of truth: successful
        answers (2xx) only, and a replay (`Idempotent-Replayed: true`) is not counted again. Every period of
        the range is listed, zeros included, oldest first. A range spans at most 366 days with
        `granularity=day` and 1830 with `month`. In the sandbox, `irns_generated + notes + bulk_records` of
        the current month is what the monthly IRN quota (100 by default) counts.

        `GET /v1/usage` (operationId `getUsage`).
        """
        return self._client._request(
            "GET",
            "/v1/usage",
            auth="account",
            query={"from": from_, "to": to, "granularity": granularity},
            options=options,
            cast_to=t.Usage,
        )

    def export_usage(
        self,
        *,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        granularity: Optional[Union[t.ExportUsageGranularity, str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Export the account's usage as NDJSON.

        The periods of `getUsage` (same parameters, same counting) as newline-delimited JSON, one
        `UsagePeriod` per line, oldest first.

        `GET /v1/usage/export` (operationId `exportUsage`).
        """
        return self._client._request_ndjson(
            "GET",
            "/v1/usage/export",
            auth="account",
            query={"from": from_, "to": to, "granularity": granularity},
            options=options,
            item_type=Any,
        )


class UsageResourceWithRawResponse:
    """`UsageResource` whose methods return `APIResponse[...]` (`client.usage.with_raw_response`)."""

    def __init__(self, resource: UsageResource) -> None:
        self.get_usage = to_raw_response_wrapper(resource.get_usage)
        self.export_usage = to_raw_response_wrapper(resource.export_usage)


class StatusResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StatusResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return StatusResourceWithRawResponse(self)

    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> t.Status:
        """Health of every GSP and IRP.

        Public, no authentication. The health of each GSP route and each IRP (NIC1, NIC2) as einvoice sees
        it: circuit-breaker state, recent latency and error rate. The SDKs read it to back off while an IRP
        is `down` instead of spending retries. Cached for 5 seconds.

        A route's circuit opens after consecutive failures; once its probe is due it reads `half_open`
        (whether or not a call has come since) and its status is at worst `degraded`, since only a call can
        probe it. A successful probe closes the circuit, and the route is `operational` again at once: its
        failures before that no longer count (`last_error_at` still says when the last one was).

        `GET /v1/status` (operationId `getStatus`).
        """
        return self._client._request(
            "GET",
            "/v1/status",
            auth="none",
            options=options,
            cast_to=t.Status,
        )


class StatusResourceWithRawResponse:
    """`StatusResource` whose methods return `APIResponse[...]` (`client.status.with_raw_response`)."""

    def __init__(self, resource: StatusResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class SandboxResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SandboxResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return SandboxResourceWithRawResponse(self)

    def set_faults(
        self,
        sandbox_faults: t.SandboxFaultsRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.SandboxFaults:
        """Rehearse a failure (sandbox only).

        Makes the next `count` requests of the token's GSTIN meet a failure, so you can rehearse how your
        integration handles it: `duplicate` (NIC answers 2150 for the next generate), `irn_expired` (NIC
        answers 2283 on reads), `timeout_after_commit` (the IRP registers the IRN but the answer never
        arrives; einvoice reconciles), `gsp_outage` (every GSP is down; documents queue), or `nic_error`
        with a NIC `code`. Replaces the GSTIN's pending faults; `count` 0 clears them. Production
        credentials get 403.

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


class SandboxResourceWithRawResponse:
    """`SandboxResource` whose methods return `APIResponse[...]` (`client.sandbox.with_raw_response`)."""

    def __init__(self, resource: SandboxResource) -> None:
        self.set_faults = to_raw_response_wrapper(resource.set_faults)


class TestClocksResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TestClocksResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return TestClocksResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.TestClock]:
        """List test clocks (sandbox only).

        The account's test clocks, newest first (with a GSTIN token: the clocks the GSTIN follows), a page
        at a time: pass `next_cursor` as `starting_after` for the next page. Production credentials get 403
        `sandbox_only`.

        `GET /v1/test_clocks` (operationId `listTestClocks`, scope `read`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/test_clocks",
            auth="account_or_gstin",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.TestClock,
        )

    def create(
        self,
        create_test_clock: t.CreateTestClockRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.TestClock:
        """Create a test clock (sandbox only).

        Creates a clock frozen at `frozen_time` (default: now) and attaches GSTINs to it. From then on
        everything time-dependent for those GSTINs follows the clock instead of the wall clock, here and at
        the sandbox IRP: the IRN cancellation window and `cancellable_until`, e-way bill validity, the
        extension window and its codes, the 24-hour e-way bill cancellation limit and the IRP's 2-day
        retrieval window. The clock stays frozen until you advance it (`advanceTestClock`); it never moves
        backwards.

        Our own time follows it too, for GSTIN access tokens: a token issued while its GSTIN is on a clock
        expires TTL after the clock's instant at issue, so advancing past that answers 401 `invalid_token`
        (fetch a new token; drive the clock with the account API key, which does not expire), and an
        `Idempotency-Key` used with such a token is retained on the clock (24 hours by default), so a replay
        after advancing past that is a new request. Retries follow it as well: advancing by Δ brings the
        next attempt of the GSTIN's queued documents and of its pending webhook deliveries Δ closer, so a
        retry the clock passes is made at once.

        With a GSTIN access token the clock is attached to the token's GSTIN (`gstins` may name only it).
        With the account API key, name the account's sandbox GSTINs in `gstins`, or set `whole_account:
        true` so every sandbox GSTIN without a clock of its own follows it. A GSTIN follows at most one
        clock (409 `gstin_has_test_clock`); an account has at most one whole-account clock. Production
        credentials get 403 `sandbox_only`.

        `POST /v1/test_clocks` (operationId `createTestClock`, scope `irn:write`).
        """
        return self._client._request(
            "POST",
            "/v1/test_clocks",
            auth="account_or_gstin",
            body=create_test_clock,
            idempotent=True,
            options=options,
            cast_to=t.TestClock,
        )

    def get(
        self,
        test_clock_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.TestClock:
        """Retrieve a test clock (sandbox only).

        One test clock. Production credentials get 403 `sandbox_only`.

        `GET /v1/test_clocks/{test_clock_id}` (operationId `getTestClock`, scope `read`).
        """
        return self._client._request(
            "GET",
            f"/v1/test_clocks/{path_param(test_clock_id)}",
            auth="account_or_gstin",
            options=options,
            cast_to=t.TestClock,
        )

    def delete(
        self,
        test_clock_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.DeletedTestClock:
        """Delete a test clock (sandbox only).

        Deletes the clock; its GSTINs follow the wall clock again. Documents made under the clock keep the
        times they were given (an IRN acknowledged at the clock's time stays so). Production credentials get
        403 `sandbox_only`.

        `DELETE /v1/test_clocks/{test_clock_id}` (operationId `deleteTestClock`, scope `irn:write`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/test_clocks/{path_param(test_clock_id)}",
            auth="account_or_gstin",
            options=options,
            cast_to=t.DeletedTestClock,
        )

    def advance(
        self,
        test_clock_id: str,
        advance_test_clock: t.AdvanceTestClockRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.TestClock:
        """Advance a test clock (sandbox only).

        Moves the clock forward, to `frozen_time` or by `advance_by_seconds` (exactly one of them). A time
        that is not later than the clock's is 422 `test_clock_backwards`. The clock is `ready` again when
        this answers. Production credentials get 403 `sandbox_only`.

        `POST /v1/test_clocks/{test_clock_id}/advance` (operationId `advanceTestClock`, scope `irn:write`).
        """
        return self._client._request(
            "POST",
            f"/v1/test_clocks/{path_param(test_clock_id)}/advance",
            auth="account_or_gstin",
            body=advance_test_clock,
            idempotent=True,
            options=options,
            cast_to=t.TestClock,
        )


class TestClocksResourceWithRawResponse:
    """`TestClocksResource` whose methods return `APIResponse[...]` (`client.test_clocks.with_raw_response`)."""

    def __init__(self, resource: TestClocksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.advance = to_raw_response_wrapper(resource.advance)


class OnboardingResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OnboardingResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return OnboardingResourceWithRawResponse(self)

    def list_onboarding_links(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.OnboardingLink]:
        """List onboarding links.

        The account's onboarding links, newest first, a page at a time (pass `next_cursor` as
        `starting_after`). Never with their `url`.

        `GET /v1/onboarding-links` (operationId `listOnboardingLinks`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/onboarding-links",
            auth="account",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.OnboardingLink,
        )

    def create_onboarding_link(
        self,
        create_onboarding_link: t.CreateOnboardingLinkRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.OnboardingLink:
        """Create a hosted onboarding link.

        Creates a one-time, expiring link (`url`, served by this server) for a GSTIN, for a platform to send
        to the business that owns it. The business opens it, sees the GSTIN and your account's name, and
        enters its IRP API user name and password there. They are checked against the IRP exactly as
        `registerGstin` checks them: a GSTIN not yet registered under the account is then registered, a
        registered one gets the new IRP user (as `updateGstin` would set it). You never see the password:
        follow the link's `status` (`pending`, `connected`, `failed` after 5 refused attempts, `expired`,
        `revoked`) and, after a refusal, `failure` with NIC's code (1019 Incorrect Password, 1017 Invalid
        user name).

        The token in `url` is 32 random bytes, shown only in this answer (only a hash is stored), usable
        once, until `expires_at` (`expires_in_seconds`, 300 to 604800, default 86400). Unknown, expired,
        revoked and used tokens all get the same page. Creating a link for a GSTIN revokes its older pending
        links (audit events `onboarding_link.created` and `onboarding_link.revoked`).

        `POST /v1/onboarding-links` (operationId `createOnboardingLink`).
        """
        return self._client._request(
            "POST",
            "/v1/onboarding-links",
            auth="account",
            body=create_onboarding_link,
            idempotent=True,
            options=options,
            cast_to=t.OnboardingLink,
        )

    def get_onboarding_link(
        self,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.OnboardingLink:
        """Retrieve an onboarding link.

        One onboarding link of the account (without its `url`). Another account's link answers 404.

        `GET /v1/onboarding-links/{link_id}` (operationId `getOnboardingLink`).
        """
        return self._client._request(
            "GET",
            f"/v1/onboarding-links/{path_param(link_id)}",
            auth="account",
            options=options,
            cast_to=t.OnboardingLink,
        )

    def revoke_onboarding_link(
        self,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.OnboardingLink:
        """Revoke an onboarding link.

        Revokes a pending link: its page answers like an unknown link from now on. Revoking a revoked link
        answers it again; a connected, failed or expired link is 409 `onboarding_link_not_pending`.
        Audit-logged as `onboarding_link.revoked`. To onboard the GSTIN again, create a new link.

        `POST /v1/onboarding-links/{link_id}/revoke` (operationId `revokeOnboardingLink`).
        """
        return self._client._request(
            "POST",
            f"/v1/onboarding-links/{path_param(link_id)}/revoke",
            auth="account",
            idempotent=True,
            options=options,
            cast_to=t.OnboardingLink,
        )


class OnboardingResourceWithRawResponse:
    """`OnboardingResource` whose methods return `APIResponse[...]` (`client.onboarding.with_raw_response`)."""

    def __init__(self, resource: OnboardingResource) -> None:
        self.list_onboarding_links = to_raw_response_wrapper(resource.list_onboarding_links)
        self.create_onboarding_link = to_raw_response_wrapper(resource.create_onboarding_link)
        self.get_onboarding_link = to_raw_response_wrapper(resource.get_onboarding_link)
        self.revoke_onboarding_link = to_raw_response_wrapper(resource.revoke_onboarding_link)


class PlatformsResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsResourceWithRawResponse:
        """The same methods, returning an `APIResponse` (status, headers, request id, Idempotent-Replayed,
        `parse()`) of this call."""
        return PlatformsResourceWithRawResponse(self)

    def list_tenants(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.Tenant]:
        """List tenants.

        The account's tenants, newest first. Acting on a tenant (the header, or a key bound to one), the
        list holds that tenant only.

        `GET /v1/tenants` (operationId `listTenants`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/tenants",
            auth="account",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.Tenant,
        )

    def create_tenant(
        self,
        create_tenant: t.CreateTenantRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.Tenant:
        """Create a tenant.

        A business you invoice for. Register its GSTINs with `Einvoice-Tenant: ten_...` (or a key bound to
        it): they, their credentials, documents, webhook endpoints, request logs and audit events then
        belong to it. Its plan is the default of the credentials created under its GSTINs: `developer` 10
        requests/s, `standard` 100, `custom` its `rate_limit_rps`. A restricted key bound to a tenant cannot
        create tenants.

        `POST /v1/tenants` (operationId `createTenant`).
        """
        return self._client._request(
            "POST",
            "/v1/tenants",
            auth="account",
            body=create_tenant,
            idempotent=True,
            options=options,
            cast_to=t.Tenant,
        )

    def get_tenant(
        self,
        tenant_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.Tenant:
        """Get a tenant.

        One tenant of the account. Another tenant, seen while acting on a tenant, is answered exactly as an
        unknown one (404 `tenant_not_found`).

        `GET /v1/tenants/{tenant_id}` (operationId `getTenant`).
        """
        return self._client._request(
            "GET",
            f"/v1/tenants/{path_param(tenant_id)}",
            auth="account",
            options=options,
            cast_to=t.Tenant,
        )

    def update_tenant(
        self,
        tenant_id: str,
        update_tenant: t.UpdateTenantRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.Tenant:
        """Update a tenant.

        Changes the name, the plan (and its rate) or the metadata. Metadata is merged: a key set to an empty
        string is removed. A new plan applies to credentials created afterwards.

        `PATCH /v1/tenants/{tenant_id}` (operationId `updateTenant`).
        """
        return self._client._request(
            "PATCH",
            f"/v1/tenants/{path_param(tenant_id)}",
            auth="account",
            body=update_tenant,
            options=options,
            cast_to=t.Tenant,
        )

    def list_api_keys(
        self,
        *,
        limit: Optional[int] = None,
        starting_after: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[t.ApiKey]:
        """List restricted API keys.

        The account's restricted keys (never their secrets), newest first; acting on a tenant, that tenant's
        only.

        `GET /v1/api-keys` (operationId `listApiKeys`).
        Iterate the returned page to walk every item across pages.
        """
        return self._client._request_page(
            "GET",
            "/v1/api-keys",
            auth="account",
            query={"limit": limit, "starting_after": starting_after},
            options=options,
            item_type=t.ApiKey,
        )

    def create_api_key(
        self,
        create_api_key: t.CreateApiKeyRequestParam,
        **options: Unpack[RequestOptions],
    ) -> t.ApiKey:
        """Create a restricted API key.

        A key narrower than the account key: bound to a tenant (it acts on that tenant without the header,
        and a header naming another tenant is answered 404 `tenant_not_found`) and/or to permissions: `read`
        (every GET of account-level operations), `documents` (read, and create OAuth credentials and their
        secrets, so it can mint tokens for its tenant's GSTINs), `admin` (everything account-level; tenants
        only when not bound to one). An operation outside them is 403 `permission_denied` naming the
        permission needed. The secret (`key`, `rk_test_...` or `rk_live_...`) is in this answer only; it is
        stored as a hash. Needs the unrestricted account key; audited (`api_key.created`).

        `POST /v1/api-keys` (operationId `createApiKey`).
        """
        return self._client._request(
            "POST",
            "/v1/api-keys",
            auth="account",
            body=create_api_key,
            idempotent=True,
            options=options,
            cast_to=t.ApiKey,
        )

    def get_api_key(
        self,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.ApiKey:
        """Get a restricted API key.

        One restricted key (without its secret), with when it was last used (recorded at most once a
        minute).

        `GET /v1/api-keys/{key_id}` (operationId `getApiKey`).
        """
        return self._client._request(
            "GET",
            f"/v1/api-keys/{path_param(key_id)}",
            auth="account",
            options=options,
            cast_to=t.ApiKey,
        )

    def revoke_api_key(
        self,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> t.ApiKey:
        """Revoke a restricted API key.

        Revokes the key (and the old secret of a roll): its very next call is refused with 401. The answer
        is the key as revoked; it is then gone from get and list (404), and the audit trail keeps it
        (`api_key.revoked`).

        `DELETE /v1/api-keys/{key_id}` (operationId `revokeApiKey`).
        """
        return self._client._request(
            "DELETE",
            f"/v1/api-keys/{path_param(key_id)}",
            auth="account",
            options=options,
            cast_to=t.ApiKey,
        )

    def roll_api_key(
        self,
        key_id: str,
        roll_api_key: Optional[t.RollApiKeyRequestParam] = None,
        **options: Unpack[RequestOptions],
    ) -> t.ApiKey:
        """Roll a restricted API key.

        A new secret for the key (same id, tenant and permissions), in this answer only. The old secret
        keeps working for `expires_in_seconds` (default 0: it stops now; at most 7 days). Audited
        (`api_key.rolled`).

        `POST /v1/api-keys/{key_id}/roll` (operationId `rollApiKey`).
        """
        return self._client._request(
            "POST",
            f"/v1/api-keys/{path_param(key_id)}/roll",
            auth="account",
            body=roll_api_key,
            idempotent=True,
            options=options,
            cast_to=t.ApiKey,
        )


class PlatformsResourceWithRawResponse:
    """`PlatformsResource` whose methods return `APIResponse[...]` (`client.platforms.with_raw_response`)."""

    def __init__(self, resource: PlatformsResource) -> None:
        self.list_tenants = to_raw_response_wrapper(resource.list_tenants)
        self.create_tenant = to_raw_response_wrapper(resource.create_tenant)
        self.get_tenant = to_raw_response_wrapper(resource.get_tenant)
        self.update_tenant = to_raw_response_wrapper(resource.update_tenant)
        self.list_api_keys = to_raw_response_wrapper(resource.list_api_keys)
        self.create_api_key = to_raw_response_wrapper(resource.create_api_key)
        self.get_api_key = to_raw_response_wrapper(resource.get_api_key)
        self.revoke_api_key = to_raw_response_wrapper(resource.revoke_api_key)
        self.roll_api_key = to_raw_response_wrapper(resource.roll_api_key)


class GeneratedResources:
    """Attaches every resource to a client; the hand-written client subclasses this."""

    oauth: OauthResource
    gstins: GstinsResource
    credentials: CredentialsResource
    audit_events: AuditEventsResource
    irn: IrnResource
    bulk_jobs: BulkJobsResource
    notes: NotesResource
    ewb: EwbResource
    documents: DocumentsResource
    taxpayers: TaxpayersResource
    gstin_details: GstinDetailsResource
    webhook_endpoints: WebhookEndpointsResource
    webhook_deliveries: WebhookDeliveriesResource
    logs: LogsResource
    usage: UsageResource
    status: StatusResource
    sandbox: SandboxResource
    test_clocks: TestClocksResource
    onboarding: OnboardingResource
    platforms: PlatformsResource

    def _init_resources(self, client: SyncAPIClient) -> None:
        self.oauth = OauthResource(client)
        self.gstins = GstinsResource(client)
        self.credentials = CredentialsResource(client)
        self.audit_events = AuditEventsResource(client)
        self.irn = IrnResource(client)
        self.bulk_jobs = BulkJobsResource(client)
        self.notes = NotesResource(client)
        self.ewb = EwbResource(client)
        self.documents = DocumentsResource(client)
        self.taxpayers = TaxpayersResource(client)
        self.gstin_details = GstinDetailsResource(client)
        self.webhook_endpoints = WebhookEndpointsResource(client)
        self.webhook_deliveries = WebhookDeliveriesResource(client)
        self.logs = LogsResource(client)
        self.usage = UsageResource(client)
        self.status = StatusResource(client)
        self.sandbox = SandboxResource(client)
        self.test_clocks = TestClocksResource(client)
        self.onboarding = OnboardingResource(client)
        self.platforms = PlatformsResource(client)
