# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Types generated from the spec: open enums, response models, request params, webhook events."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Union

from pydantic import Field
from typing_extensions import Required, TypeAlias, TypedDict

from .._core._models import EinvoiceModel

# ---- enums (open: an unknown value from the server is kept as a plain string) ----

ApiKeyPermission: TypeAlias = Literal["read", "documents", "admin"]
# `read`: every GET of account-level operations. `documents`: read, and create OAuth credentials
# and their secrets. `admin`: everything account-level (tenants only when the key is not bound to
# one).

AuditEventActorType: TypeAlias = Literal["api_key", "client", "anonymous", "system"]
# `system`: the server itself (e.g. an endpoint disabled after failing).

AuditEventType: TypeAlias = Literal[
    "gstin.registered",
    "gstin.updated",
    "gstin.deleted",
    "credential.created",
    "credential.revoked",
    "credential.secret_added",
    "credential.secret_revoked",
    "auth.failed",
    "auth.forbidden",
    "webhook_endpoint.secret_rotated",
    "webhook_endpoint.disabled",
    "onboarding_link.created",
    "onboarding_link.connected",
    "onboarding_link.failed",
    "onboarding_link.revoked",
    "tenant.created",
    "tenant.updated",
    "api_key.created",
    "api_key.rolled",
    "api_key.revoked",
]

BulkJobRecordResultStatus: TypeAlias = Literal["pending", "generated", "replayed", "queued", "failed"]

BulkJobStatus: TypeAlias = Literal["queued", "running", "completed"]
# `queued`: waiting for a server to (re)start it; `running`: a server is relaying its records (or
# will resume them after a restart); `completed`: every record has an outcome.

BulkRecordResultStatus: TypeAlias = Literal["generated", "replayed", "queued", "failed"]

CancelReason: TypeAlias = Literal["1", "2", "3", "4"]
# Why an IRN is cancelled (NIC `CnlRsn`): `1` duplicate, `2` data entry mistake, `3` order
# cancelled, `4` others.

ConsignmentStatus: TypeAlias = Literal["M", "T"]
# `M` in movement, `T` in transit.

DeliveryStatus: TypeAlias = Literal["pending", "succeeded", "dead"]
# `pending` waiting for its next attempt; `succeeded`; `dead` the whole schedule failed
# (dead-letter queue).

DocType: TypeAlias = Literal["INV", "CRN", "DBN"]
# `INV` invoice, `CRN` credit note, `DBN` debit note.

DocumentStatus: TypeAlias = Literal["pending", "queued", "generated", "failed", "cancelled"]
# `pending` sent to the IRP, answer awaited; `queued` waiting for a GSP to recover; `generated`
# IRN issued; `failed` refused (see `gstn_errors`); `cancelled` IRN cancelled. New states may be
# added; treat unknown values as `pending`.

Environment: TypeAlias = Literal["sandbox", "production"]
# `sandbox` routes to the built-in IRP simulator; `production` to the configured GSPs.

EventFilter: TypeAlias = Literal[
    "*",
    "irn.generated",
    "irn.failed",
    "irn.cancelled",
    "note.generated",
    "ewb.generated",
    "ewb.vehicle_updated",
    "ewb.extended",
    "ewb.cancelled",
    "bulk.completed",
    "webhook_endpoint.disabled",
]
# An event type, or `*` for all of them.

EventType: TypeAlias = Literal[
    "irn.generated",
    "irn.failed",
    "irn.cancelled",
    "note.generated",
    "ewb.generated",
    "ewb.vehicle_updated",
    "ewb.extended",
    "ewb.cancelled",
    "bulk.completed",
    "webhook_endpoint.disabled",
]
# A webhook event type. New types may be added; ignore the ones you do not know.

EwbCancelReason: TypeAlias = Literal["1", "2", "3", "4"]
# Why an e-way bill is cancelled (NIC `cancelRsnCode`): `1` duplicate, `2` order cancelled, `3`
# data entry mistake, `4` others.

EwbStatus: TypeAlias = Literal["part_a", "active", "cancelled", "expired"]
# `part_a` generated without vehicle (no validity yet); `active`; `cancelled`; `expired`.

ExpDtlsRefClm: TypeAlias = Literal["Y", "N"]
# `Y` when a refund is claimed.

ExportUsageGranularity: TypeAlias = Literal["day", "month"]

ExtensionReason: TypeAlias = Literal["1", "2", "4", "5", "99"]
# Why validity is extended (NIC `extnRsnCode`): `1` natural calamity, `2` law and order, `4`
# transshipment, `5` accident, `99` others.

ExtensionTransMode: TypeAlias = Literal["1", "2", "3", "4", "5"]
# Transport mode of an extension (NIC `transMode`): `1` road, `2` rail, `3` air, `4` ship, `5` in
# transit (with `consignmentStatus` `T`).

GetUsageGranularity: TypeAlias = Literal["day", "month"]

GspHealthCircuit: TypeAlias = Literal["closed", "open", "half_open"]
# `half_open`: the next call is a probe (the circuit was open for `GSP_HALF_OPEN_AFTER_MS`).

GspRouteUserStatus: TypeAlias = Literal["active", "refused"]
# `refused`: the route refused this login on a document's call and is unusable for the GSTIN until
# the users are replaced.

HealthState: TypeAlias = Literal["operational", "degraded", "down"]
# `operational`, `degraded` (slow or failing some calls), `down`. New values may be added.

ItemIsServc: TypeAlias = Literal["Y", "N"]
# `Y` for a service (SAC code), `N` for goods.

NoteRequestDocDtlsTyp: TypeAlias = Literal["CRN", "DBN"]
# `CRN` credit note, `DBN` debit note.

OAuthProblemError: TypeAlias = Literal[
    "invalid_request",
    "invalid_client",
    "invalid_grant",
    "unauthorized_client",
    "unsupported_grant_type",
    "invalid_scope",
]

OnboardingLinkStatus: TypeAlias = Literal["pending", "connected", "failed", "expired", "revoked"]
# `pending`: usable (`failure` holds the IRP's last refusal, if any). `connected`: the IRP
# accepted the user and it is stored (the link is spent). `failed`: 5 attempts were refused.
# `expired`: not used before `expires_at`. `revoked`: by `revokeOnboardingLink`, or replaced by a
# newer link for the GSTIN.

Plan: TypeAlias = Literal["developer", "standard", "custom"]
# Rate-limit plan: `developer` 10 requests/s, `standard` 100 requests/s, `custom` as agreed.

SandboxFaultMode: TypeAlias = Literal["duplicate", "irn_expired", "timeout_after_commit", "gsp_outage", "nic_error"]

Scope: TypeAlias = Literal["irn:write", "ewb:write", "notes:write", "read"]
# `irn:write`, `ewb:write`, `notes:write` or `read`.

SignatureVerificationStatus: TypeAlias = Literal["verified", "failed", "unverified"]

TestClockStatus: TypeAlias = Literal["ready", "advancing"]
# `ready`: the GSTINs run at `frozen_time`. `advancing` is reserved for an advance that is still
# being applied.

TranDtlsIgstOnIntra: TypeAlias = Literal["Y", "N"]
# `Y` for an intra-state supply on which IGST is charged (e.g. supplies under section 7(5)).

TranDtlsRegRev: TypeAlias = Literal["Y", "N"]
# `Y` when tax is payable on reverse charge.

TranDtlsSupTyp: TypeAlias = Literal["B2B", "SEZWP", "SEZWOP", "EXPWP", "EXPWOP", "DEXP"]
# Supply type. `B2B`; `SEZWP`/`SEZWOP` supply to SEZ with/without payment; `EXPWP`/`EXPWOP` export
# with/without payment; `DEXP` deemed export.

TransMode: TypeAlias = Literal["1", "2", "3", "4"]
# `1` road, `2` rail, `3` air, `4` ship.

TransitType: TypeAlias = Literal["R", "W", "O"]
# Where goods in transit are (with `consignmentStatus` `T`): `R` road, `W` warehouse, `O` others.

UpstreamAttemptOutcome: TypeAlias = Literal[
    "success", "nic_error", "timeout", "connection_error", "http_error", "circuit_open", "reconciled"
]

UsageGranularity: TypeAlias = Literal["day", "month"]

VehType: TypeAlias = Literal["R", "O"]
# `R` regular, `O` over-dimensional cargo.

VehicleUpdateReason: TypeAlias = Literal["1", "2", "3", "4"]
# Why Part-B changes (NIC `reasonCode`): `1` breakdown, `2` transshipment, `3` others, `4` first
# time.

WebhookEndpointDisabledReason: TypeAlias = Literal["manual", "failing"]
# Why it is disabled: `manual` (through the API) or `failing` (automatically, after every attempt
# failed for the configured period, 5 days by default). Null when enabled.

WebhookEndpointStatus: TypeAlias = Literal["enabled", "disabled"]
# `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as `enabled`.

WebhookEndpointWithSecretDisabledReason: TypeAlias = Literal["manual", "failing"]
# Why it is disabled: `manual` (through the API) or `failing` (automatically, after every attempt
# failed for the configured period, 5 days by default). Null when enabled.

WebhookEndpointWithSecretStatus: TypeAlias = Literal["enabled", "disabled"]
# `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as `enabled`.


# ---- response models (unknown fields kept in `model_extra`) ----


class ApiKey(EinvoiceModel):
    id: str
    object: str
    name: Optional[str]
    tenant: Optional[str]
    """The tenant the key acts on (null: not bound to one)."""
    permissions: List[Union[ApiKeyPermission, str]]
    key: Optional[str] = Field(default=None)
    """The secret: only in the answers of createApiKey and rollApiKey."""
    last4: Optional[str]
    created_at: str
    last_used_at: Optional[str]
    """Recorded at most once a minute."""
    revoked_at: Optional[str]


class ApiKeyList(EinvoiceModel):
    object: str
    data: List[ApiKey]
    has_more: bool
    next_cursor: Optional[str]


class ApiWarning(EinvoiceModel):
    """A deprecated request field the request used; it works until `sunset`."""

    code: str
    field: str
    """The deprecated field."""
    message: str
    sunset: str
    """The first day it no longer works."""
    replacement: str
    """What to use instead."""
    guide: str
    """The migration guide."""


class AuditEvent(EinvoiceModel):
    id: str
    object: str
    type: Union[AuditEventType, str]
    occurred_at: str
    actor: AuditEventActor
    gstin: Optional[str] = Field(default=None)
    client_id: Optional[str] = Field(default=None)
    request_id: Optional[str] = Field(default=None)
    ip: Optional[str] = Field(default=None)
    data: Optional[Dict[str, Any]] = Field(default=None)
    """Event-specific facts (never secrets)., additionalProperties: true"""
    tenant: Optional[str] = Field(default=None)
    """The tenant it belongs to (null: the account itself)."""


class AuditEventActor(EinvoiceModel):
    type: Union[AuditEventActorType, str]
    """`system`: the server itself (e.g. an endpoint disabled after failing)."""
    id: Optional[str] = Field(default=None)


class AuditEventList(EinvoiceModel):
    object: str
    data: List[AuditEvent]
    has_more: bool
    next_cursor: Optional[str]


class BulkCompletedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: BulkCompletedEventData


class BulkCompletedEventData(EinvoiceModel):
    id: str
    object: Optional[str] = Field(default=None)
    status: Optional[str] = Field(default=None)
    summary: BulkSummary
    created_at: Optional[str] = Field(default=None)
    completed_at: Optional[str] = Field(default=None)


class BulkGenerateResult(EinvoiceModel):
    """A completed bulk job, every record's outcome in request order."""

    id: str
    """The job's id (`getBulkJob`)."""
    object: str
    summary: BulkSummary
    results: List[BulkRecordResult]
    """One entry per document, in request order."""


class BulkJob(EinvoiceModel):
    """A bulk job (`bulkGenerateIrn`), durable across restarts."""

    id: str
    object: str
    status: Union[BulkJobStatus, str]
    """`queued`: waiting for a server to (re)start it; `running`: a server is relaying its records
    (or will resume them after a restart); `completed`: every record has an outcome.
    """
    gstin: str
    summary: BulkProgress
    results_url: str
    """Where `listBulkJobResults` lists the per-record results."""
    created_at: str
    updated_at: str
    completed_at: Optional[str]


class BulkJobRecordResult(EinvoiceModel):
    index: int
    """Position in `documents`."""
    status: Union[BulkJobRecordResultStatus, str]
    document: Optional[IrnDocument]
    error: Optional[Problem]


class BulkJobResultList(EinvoiceModel):
    object: str
    data: List[BulkJobRecordResult]
    has_more: bool
    next_cursor: Optional[str]


class BulkProgress(EinvoiceModel):
    """A job's records by outcome so far; `pending` ones have none yet."""

    total: int
    generated: int
    replayed: int
    """Records whose document already had an IRN."""
    failed: int
    queued: int
    """Handed to the outage queue (no GSP reachable); it sends the document's own event."""
    pending: int


class BulkRecordResult(EinvoiceModel):
    index: int
    """Position in `documents`."""
    status: Union[BulkRecordResultStatus, str]
    document: Optional[IrnDocument] = Field(default=None)
    error: Optional[Problem] = Field(default=None)


class BulkSummary(EinvoiceModel):
    total: int
    generated: int
    replayed: int
    """Records that already had an IRN (retried batch or duplicate)."""
    failed: int
    queued: int


class Credential(EinvoiceModel):
    object: str
    client_id: str
    gstin: str
    name: Optional[str] = Field(default=None)
    scopes: List[Union[Scope, str]]
    plan: Union[Plan, str]
    rate_limit_rps: int
    require_signatures: bool
    """Unsigned or badly signed requests of this client are refused (see `createCredential`)."""
    environment: Union[Environment, str]
    secrets: List[CredentialSecret]
    created_at: str
    revoked_at: Optional[str] = Field(default=None)


class CredentialList(EinvoiceModel):
    object: str
    data: List[Credential]
    has_more: bool
    next_cursor: Optional[str]


class CredentialSecret(EinvoiceModel):
    """A client secret, as stored (hash only); `prefix` helps you tell them apart."""

    id: str
    prefix: str
    """First characters of the secret."""
    created_at: str
    expires_at: Optional[str] = Field(default=None)
    revoked_at: Optional[str] = Field(default=None)
    last_used_at: Optional[str] = Field(default=None)


class CredentialWithSecret(EinvoiceModel):
    """A new credential with its secret and its request-signing key, shown this once."""

    object: str
    client_id: str
    gstin: str
    name: Optional[str] = Field(default=None)
    scopes: List[Union[Scope, str]]
    plan: Union[Plan, str]
    rate_limit_rps: int
    require_signatures: bool
    """Unsigned or badly signed requests of this client are refused (see `createCredential`)."""
    environment: Union[Environment, str]
    secrets: List[CredentialSecret]
    created_at: str
    revoked_at: Optional[str] = Field(default=None)
    client_secret: str
    """The secret. Shown once; store it now."""
    signing_key: SigningKey


class DeletedGspRouteUser(EinvoiceModel):
    object: str
    gstin: str
    route: str
    deleted: bool


class DeletedGstin(EinvoiceModel):
    object: str
    gstin: str
    deleted: bool
    revoked_credentials: int
    """Credentials of the GSTIN that this deletion revoked."""


class DeletedTestClock(EinvoiceModel):
    id: str
    object: str
    deleted: bool


class DeliveryAttempt(EinvoiceModel):
    attempted_at: str
    status_code: Optional[int] = Field(default=None)
    """The receiver's HTTP status; null when no answer."""
    latency_ms: float
    response_excerpt: Optional[str] = Field(default=None)
    """First 1 KiB of the receiver's answer."""
    error: Optional[str] = Field(default=None)
    """Transport error (`timeout`, `connection_refused`, `ssrf_blocked`, ...)."""


class DocumentList(EinvoiceModel):
    object: str
    data: List[DocumentSummary]
    has_more: bool
    next_cursor: Optional[str]


class DocumentSummary(EinvoiceModel):
    id: str
    object: str
    doc_type: Union[DocType, str]
    doc_no: str
    doc_date: str
    status: Union[DocumentStatus, str]
    irn: Optional[str] = Field(alias="Irn")
    ack_no: Optional[int] = Field(alias="AckNo")
    ack_dt: Optional[str] = Field(alias="AckDt")
    ewb_no: Optional[int] = Field(alias="EwbNo")
    buyer_gstin: Optional[str] = Field(default=None)
    total_value: Optional[float] = Field(default=None)
    created_at: str
    updated_at: str


class EwayBill(EinvoiceModel):
    """An e-way bill: NIC's fields plus einvoice's envelope."""

    id: str
    object: str
    status: Union[EwbStatus, str]
    gstin: str
    irn: str = Field(alias="Irn")
    ewb_no: int = Field(alias="EwbNo")
    ewb_dt: str = Field(alias="EwbDt")
    """`yyyy-MM-dd HH:mm:ss` IST."""
    ewb_valid_till: Optional[str] = Field(alias="EwbValidTill")
    """`yyyy-MM-dd HH:mm:ss` IST; null until Part-B."""
    remarks: Optional[str] = Field(default=None, alias="Remarks")
    distance_km: Optional[int] = Field(default=None)
    vehicles: Optional[List[VehicleEntry]] = Field(default=None)
    """Part-B history, oldest first."""
    extension_count: Optional[int] = Field(default=None)
    cancellable_until: Optional[str] = Field(default=None)
    cancelled_at: Optional[str] = Field(default=None)
    gsp: Optional[str] = Field(default=None)
    irp: Optional[str] = Field(default=None)
    created_at: str
    updated_at: str


class EwbCancelledEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: EwayBill


class EwbExtendedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: EwayBill


class EwbGeneratedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: EwayBill


class EwbVehicleUpdatedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: EwayBill


class FieldError(EinvoiceModel):
    """One invalid field."""

    pointer: str
    """JSON pointer (RFC 6901) into the request body, or `header:<name>` / `query:<name>`."""
    detail: str
    """What is wrong."""
    code: Optional[str] = Field(default=None)
    """Machine-readable reason (`required`, `pattern`, `maxLength`, ...)."""


class GspHealth(EinvoiceModel):
    id: str
    name: Optional[str] = Field(default=None)
    priority: Optional[int] = Field(default=None)
    status: Union[HealthState, str]
    circuit: Union[GspHealthCircuit, str]
    """`half_open`: the next call is a probe (the circuit was open for `GSP_HALF_OPEN_AFTER_MS`)."""
    latency_ms: Optional[LatencySummary] = Field(default=None)
    error_rate: Optional[float] = Field(default=None)
    """Share of failed calls over the last 5 minutes, since the circuit last closed."""
    last_error_at: Optional[str] = Field(default=None)


class GspRouteUser(EinvoiceModel):
    """A GSTIN's own API users on one GSP route. Passwords are never returned."""

    object: str
    gstin: str
    route: str
    """The GSP route's name (`GET /v1/status` `gsps[].id`)."""
    irp_username: str
    """The e-invoice API user on this route."""
    ewb_username: Optional[str]
    """The e-way bill system user on this route; `null`: the e-invoice user is used."""
    status: Union[GspRouteUserStatus, str]
    """`refused`: the route refused this login on a document's call and is unusable for the GSTIN
    until the users are replaced.
    """
    refused_reason: Optional[str]
    """What the route answered (route name and NIC's code)."""
    refused_at: Optional[str]
    created_at: str
    updated_at: str


class GspRouteUserList(EinvoiceModel):
    object: str
    data: List[GspRouteUser]


class Gstin(EinvoiceModel):
    object: str
    gstin: str
    environment: Union[Environment, str]
    description: Optional[str] = Field(default=None)
    irp_username: str
    irp_password_set: bool
    """An IRP password is stored (it is never returned)."""
    large_taxpayer: Optional[bool] = Field(default=None)
    tenant: Optional[str] = Field(default=None)
    """The tenant it belongs to (null: the account itself)."""
    created_at: str
    updated_at: str


class GstinDetails(EinvoiceModel):
    """NIC's Get GSTIN Details response, field for field."""

    gstin: str = Field(alias="Gstin")
    trade_name: Optional[str] = Field(default=None, alias="TradeName")
    legal_name: str = Field(alias="LegalName")
    addr_bnm: Optional[str] = Field(default=None, alias="AddrBnm")
    """Building name."""
    addr_bno: Optional[str] = Field(default=None, alias="AddrBno")
    """Building number."""
    addr_flno: Optional[str] = Field(default=None, alias="AddrFlno")
    """Floor number."""
    addr_st: Optional[str] = Field(default=None, alias="AddrSt")
    """Street."""
    addr_loc: Optional[str] = Field(default=None, alias="AddrLoc")
    """Location."""
    state_code: int = Field(alias="StateCode")
    addr_pncd: Optional[int] = Field(default=None, alias="AddrPncd")
    txp_type: str = Field(alias="TxpType")
    """`REG` regular, `COM` composition, `SEZ`, `UN`, `ISD`, `TDS`, `TCS`, ..."""
    status: str = Field(alias="Status")
    """`ACT` active, `CNL` cancelled, `SUS` suspended, `INA` inactive."""
    blk_status: Optional[str] = Field(default=None, alias="BlkStatus")
    """`B` blocked from generating e-invoices/e-way bills, `U` unblocked."""
    dt_reg: Optional[str] = Field(default=None, alias="DtReg")
    """Registration date `yyyy-MM-dd`."""
    dt_d_reg: Optional[str] = Field(default=None, alias="DtDReg")
    """Cancellation date `yyyy-MM-dd`."""


class GstinList(EinvoiceModel):
    object: str
    data: List[Gstin]
    has_more: bool
    next_cursor: Optional[str]


class GstnError(EinvoiceModel):
    """One government-side error, with what to change."""

    code: str
    """NIC error code (e.g. `2172`), or an e-way bill API code."""
    message: str
    """NIC's message."""
    hint: Optional[str] = Field(default=None)
    """What to change in the request to resolve it."""
    pointer: Optional[str] = Field(default=None)
    """JSON pointer to the field concerned, when there is one."""


class InfoDtl(EinvoiceModel):
    """NIC's `InfoDtls` entry: `DUPIRN` (duplicate; `Desc` holds AckNo, AckDt, Irn), `EWBERR` (the
    e-way bill part failed; `Desc` lists errors), `EWBPPD` (computed PIN-to-PIN distance),
    `ADDNLNFO`.
    """

    inf_cd: str = Field(alias="InfCd")
    desc: Optional[Any] = Field(default=None, alias="Desc")
    """Free text, an object or an array, depending on `InfCd`."""


class IrnCancelledEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: IrnDocument


class IrnDocument(EinvoiceModel):
    """An invoice or note as einvoice holds it: NIC's response fields (PascalCase, exactly as the IRP
    gives them) plus einvoice's envelope (snake_case). NIC fields are null until the IRN exists.
    """

    id: str
    """einvoice's id of the document."""
    object: str
    status: Union[DocumentStatus, str]
    gstin: str
    doc_type: Union[DocType, str]
    doc_no: str
    """`DocDtls.No` as sent."""
    doc_date: str
    irn: Optional[str] = Field(alias="Irn")
    ack_no: Optional[int] = Field(alias="AckNo")
    ack_dt: Optional[str] = Field(alias="AckDt")
    """`yyyy-MM-dd HH:mm:ss` IST."""
    signed_invoice: Optional[str] = Field(alias="SignedInvoice")
    """The IRP's RS256 JWT over the invoice (payload `data` is the invoice JSON with AckNo, AckDt
    and Irn).
    """
    signed_qr_code: Optional[str] = Field(alias="SignedQRCode")
    """The IRP's RS256 JWT for the QR code (SellerGstin, BuyerGstin, DocNo, DocTyp, DocDt,
    TotInvVal, ItemCnt, MainHsnCode, Irn, IrnDt); print it as the QR code.
    """
    signature_verification: Optional[SignatureVerification] = Field(default=None)
    """`SignedInvoice` and `SignedQRCode` checked against NIC's signing certificates when the IRN
    was recorded; null before an IRN exists (and for documents recorded before this check
    existed).
    """
    ewb_no: Optional[int] = Field(alias="EwbNo")
    """E-way bill number when `EwbDtls` produced one."""
    ewb_dt: Optional[str] = Field(alias="EwbDt")
    """`yyyy-MM-dd HH:mm:ss` IST."""
    ewb_valid_till: Optional[str] = Field(alias="EwbValidTill")
    """`yyyy-MM-dd HH:mm:ss` IST; null for Part-A only."""
    remarks: Optional[str] = Field(default=None, alias="Remarks")
    cancel_date: Optional[str] = Field(default=None, alias="CancelDate")
    """NIC's cancellation timestamp, `yyyy-MM-dd HH:mm:ss` IST."""
    info: Optional[List[InfoDtl]] = Field(default=None)
    """NIC's `InfoDtls` (e.g. `EWBERR` when the e-way bill part failed, `EWBPPD` with the computed
    distance).
    """
    gstn_errors: Optional[List[GstnError]] = Field(default=None)
    """Why a `failed` document was refused."""
    cancellable_until: Optional[str] = Field(default=None)
    """AckDt + 24 h: the last moment `cancelIrn` is allowed."""
    cancelled_at: Optional[str] = Field(default=None)
    cancel_reason: Optional[Union[CancelReason, str]] = Field(default=None)
    gsp: Optional[str] = Field(default=None)
    """The GSP route that carried the request."""
    irp: Optional[str] = Field(default=None)
    """The IRP that issued the IRN (`NIC1`, `NIC2`, `SANDBOX`); follow-ups go there."""
    environment: Optional[Union[Environment, str]] = Field(default=None)
    created_at: str
    updated_at: str


class IrnFailedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: IrnDocument


class IrnGeneratedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: IrnDocument


class IrpHealth(EinvoiceModel):
    id: str
    """`NIC1`, `NIC2`, or `SANDBOX`."""
    status: Union[HealthState, str]
    latency_ms: Optional[LatencySummary] = Field(default=None)
    error_rate: Optional[float] = Field(default=None)


class LatencyBreakdown(EinvoiceModel):
    """Milliseconds spent in each stage of the call."""

    auth: Optional[float] = Field(default=None)
    validation: Optional[float] = Field(default=None)
    queue: Optional[float] = Field(default=None)
    upstream: Optional[float] = Field(default=None)
    storage: Optional[float] = Field(default=None)
    total: float


class LatencySummary(EinvoiceModel):
    p50: Optional[float] = Field(default=None)
    p99: Optional[float] = Field(default=None)


class Metadata(EinvoiceModel):
    """Your own key-value pairs (at most 50 keys; keys up to 40 characters, values up to 500)."""

    pass


class NewSecret(EinvoiceModel):
    object: str
    client_id: str
    client_secret: str
    """The new secret. Shown once; store it now."""
    secret: CredentialSecret


class NoteGeneratedEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: IrnDocument


class OAuthProblem(EinvoiceModel):
    """The token endpoint's error body (`application/json`, RFC 6749 §5.2): the problem members plus
    `error` and `error_description`, so OAuth libraries and problem readers both understand it.
    """

    type: str
    """Stable URI of the problem type; its page explains it."""
    title: str
    """Short summary, the same for every occurrence of the type."""
    status: int
    """The HTTP status code."""
    detail: Optional[str] = Field(default=None)
    """What went wrong this time; for humans, do not parse."""
    instance: Optional[str] = Field(default=None)
    """The request path."""
    request_id: str
    """Same as the `X-Request-Id` header."""
    code: Optional[str] = Field(default=None)
    """Machine-readable problem code (`invalid_request`, `gstn_validation_failed`,
    `idempotency_in_flight`, ...).
    """
    errors: Optional[List[FieldError]] = Field(default=None)
    """Field-level errors, each with a JSON pointer."""
    gstn_errors: Optional[List[GstnError]] = Field(default=None)
    """Government-side error codes with NIC's message and a resolution hint."""
    upstream: Optional[UpstreamFault] = Field(default=None)
    diff: Optional[List[OAuthProblemDiffItem]] = Field(default=None)
    """For a duplicate document with different content, the fields that differ."""
    limit: Optional[int] = Field(default=None)
    """The limit that was exceeded (413)."""
    error: Union[OAuthProblemError, str]
    error_description: Optional[str] = Field(default=None)


class OAuthProblemDiffItem(EinvoiceModel):
    pointer: str
    existing: Optional[Any] = Field(default=None)
    """Value registered at the IRP."""
    requested: Optional[Any] = Field(default=None)
    """Value in this request."""


class OnboardingFailure(EinvoiceModel):
    code: str
    """NIC's code (1019 Incorrect Password, 1017 Invalid user name), or `irp_login_too_long`."""
    message: str
    """NIC's message."""


class OnboardingLink(EinvoiceModel):
    id: str
    object: str
    gstin: str
    tenant: Optional[str]
    """The tenant the GSTIN belongs to; null for the account itself."""
    description: Optional[str]
    url: Optional[str] = Field(default=None)
    """The page to send to the business, with the one-time token in it. Only in the answer to
    `createOnboardingLink`.
    """
    status: Union[OnboardingLinkStatus, str]
    """`pending`: usable (`failure` holds the IRP's last refusal, if any). `connected`: the IRP
    accepted the user and it is stored (the link is spent). `failed`: 5 attempts were refused.
    `expired`: not used before `expires_at`. `revoked`: by `revokeOnboardingLink`, or replaced
    by a newer link for the GSTIN.
    """
    failure: Optional[OnboardingFailure]
    """The IRP's last refusal of a user name or password entered on the page (never the password)."""
    failed_attempts: int
    """Refused attempts so far (the 5th turns the link `failed`)."""
    expires_at: str
    connected_at: Optional[str]
    revoked_at: Optional[str]
    created_at: str


class OnboardingLinkList(EinvoiceModel):
    object: str
    data: List[OnboardingLink]
    has_more: bool
    next_cursor: Optional[str]


class Problem(EinvoiceModel):
    """RFC 9457 problem details. Clients must ignore members they do not know."""

    type: str
    """Stable URI of the problem type; its page explains it."""
    title: str
    """Short summary, the same for every occurrence of the type."""
    status: int
    """The HTTP status code."""
    detail: Optional[str] = Field(default=None)
    """What went wrong this time; for humans, do not parse."""
    instance: Optional[str] = Field(default=None)
    """The request path."""
    request_id: str
    """Same as the `X-Request-Id` header."""
    code: Optional[str] = Field(default=None)
    """Machine-readable problem code (`invalid_request`, `gstn_validation_failed`,
    `idempotency_in_flight`, ...).
    """
    errors: Optional[List[FieldError]] = Field(default=None)
    """Field-level errors, each with a JSON pointer."""
    gstn_errors: Optional[List[GstnError]] = Field(default=None)
    """Government-side error codes with NIC's message and a resolution hint."""
    upstream: Optional[UpstreamFault] = Field(default=None)
    diff: Optional[List[ProblemDiffItem]] = Field(default=None)
    """For a duplicate document with different content, the fields that differ."""
    limit: Optional[int] = Field(default=None)
    """The limit that was exceeded (413)."""


class ProblemDiffItem(EinvoiceModel):
    pointer: str
    existing: Optional[Any] = Field(default=None)
    """Value registered at the IRP."""
    requested: Optional[Any] = Field(default=None)
    """Value in this request."""


class RequestLog(EinvoiceModel):
    id: str
    object: str
    request_id: str
    gstin: Optional[str] = Field(default=None)
    client_id: Optional[str] = Field(default=None)
    operation: str
    """The operationId called."""
    method: str
    path: str
    status: int
    idempotency_key: Optional[str] = Field(default=None)
    replayed: Optional[bool] = Field(default=None)
    irn: Optional[str] = Field(default=None)
    latency_ms: LatencyBreakdown
    upstream_attempts: List[UpstreamAttempt]
    created_at: str
    api_version: Optional[str] = Field(default=None)
    """The dated API version the call was answered in (null: refused before one was chosen)."""
    warnings: Optional[List[ApiWarning]] = Field(default=None)
    """Deprecated request fields the call used."""
    tenant: Optional[str] = Field(default=None)
    """The tenant it belongs to (null: the account itself)."""
    request_body: Any
    """The request body with secrets redacted; null when not kept."""
    response_body: Any
    """The response body with secrets redacted; null when not kept."""
    schema_translation: Optional[SchemaTranslation] = Field(default=None)
    """Set when the invoice went to the IRP in another NIC schema version than it was received in."""


class RequestLogList(EinvoiceModel):
    object: str
    data: List[RequestLogSummary]
    has_more: bool
    next_cursor: Optional[str]


class RequestLogSummary(EinvoiceModel):
    """A request log as list pages carry it; the bodies are only in `getRequestLog` and the export."""

    id: str
    object: str
    request_id: str
    gstin: Optional[str] = Field(default=None)
    client_id: Optional[str] = Field(default=None)
    operation: str
    """The operationId called."""
    method: str
    path: str
    status: int
    idempotency_key: Optional[str] = Field(default=None)
    replayed: Optional[bool] = Field(default=None)
    irn: Optional[str] = Field(default=None)
    latency_ms: LatencyBreakdown
    upstream_attempts: List[UpstreamAttempt]
    created_at: str
    api_version: Optional[str] = Field(default=None)
    """The dated API version the call was answered in (null: refused before one was chosen)."""
    warnings: Optional[List[ApiWarning]] = Field(default=None)
    """Deprecated request fields the call used."""
    tenant: Optional[str] = Field(default=None)
    """The tenant it belongs to (null: the account itself)."""


class SandboxFaults(EinvoiceModel):
    object: str
    gstin: str
    faults: List[SandboxFaultsFaultsItem]


class SandboxFaultsFaultsItem(EinvoiceModel):
    mode: Union[SandboxFaultMode, str]
    count: int
    """How many of the next requests meet it; 0 clears it."""
    code: Optional[str] = Field(default=None)
    """NIC error code, for `nic_error`."""
    remaining: int


class SchemaTranslation(EinvoiceModel):
    """The invoice was sent to the IRP in another NIC schema version than it was received in."""

    received: str
    """The NIC schema version of the request body."""
    sent: str
    """The NIC schema version the IRP demanded."""
    sent_body: Any
    """The document as sent to the IRP, redacted like `request_body`."""


class SignatureVerification(EinvoiceModel):
    """Whether the IRP's signed invoice and signed QR code verify with NIC's signing certificate named
    by the JWT header's `kid` (or `x5t`). `failed` does not undo the document: the IRN exists at the
    IRP and is returned as usual; the operator is alerted (error log and the
    `einvoice_signature_verification_failures_total` metric). Check the certificates configured for
    the environment (NIC rotates them) before trusting or printing a `failed` document's QR code.
    `unverified`: no certificates were configured for its environment.
    """

    status: Union[SignatureVerificationStatus, str]
    reason: Optional[str]
    """Why it failed or was not checked (which JWT, which `kid`); null when verified."""


class SigningKey(EinvoiceModel):
    """RFC 9421 HTTP Message Signatures for this credential's requests: HMAC-SHA256 over `"@method"`,
    `"@target-uri"` and, with a body, `"content-digest"` (RFC 9530), with `created`, `keyid` (the
    client id) and `alg`. Unsigned requests are accepted unless the credential has
    `require_signatures`; then they are refused with 401 `invalid_signature`. A signed request that
    does not verify (wrong key, changed body, `created` more than 300 s off) is refused with 401
    `invalid_signature` and `WWW-Authenticate: Bearer error="invalid_token"`; Signature headers that
    cannot be read (one without the other, an unknown `alg`, other covered components) with 400
    `invalid_signature` and `error="invalid_request"`. Refusals carry `Accept-Signature` (RFC 9421
    §5.1). The token request is signed the same way. Shown once; the SDKs sign when given it.
    """

    key_id: str
    """The keyid to sign with (the client id)."""
    secret: str
    """The HMAC key, base64 (32 bytes)."""
    alg: str


class Status(EinvoiceModel):
    status: Union[HealthState, str]
    updated_at: str
    gsps: List[GspHealth]
    irps: List[IrpHealth]
    unresolved: int
    """Documents, cancellations and e-way bill changes (cancel, Part-B, extension) on this server
    whose outcome at the IRP is not yet known (a lost answer, a crash, an unresolved 2150),
    which the reconciler is still resolving; an e-way bill change is counted while it is being
    sent. It should stay near 0; a number that grows means the IRP is not answering reads.
    """


class Tenant(EinvoiceModel):
    id: str
    object: str
    name: str
    metadata: Metadata
    plan: Union[Plan, str]
    rate_limit_rps: int
    """The plan's rate (requests/s): the default of credentials created under the tenant's GSTINs."""
    created_at: str
    updated_at: str


class TenantList(EinvoiceModel):
    object: str
    data: List[Tenant]
    has_more: bool
    next_cursor: Optional[str]


class TestClock(EinvoiceModel):
    id: str
    object: str
    name: Optional[str]
    """Your label for the clock."""
    frozen_time: str
    status: Union[TestClockStatus, str]
    """`ready`: the GSTINs run at `frozen_time`. `advancing` is reserved for an advance that is
    still being applied.
    """
    whole_account: bool
    """Every sandbox GSTIN of the account without a clock of its own follows this one."""
    gstins: List[str]
    """The GSTINs attached to this clock."""
    created_at: str


class TestClockList(EinvoiceModel):
    object: str
    data: List[TestClock]
    has_more: bool
    next_cursor: Optional[str]


class TokenResponse(EinvoiceModel):
    access_token: str
    """Opaque bearer token for the credential's GSTIN."""
    token_type: str
    expires_in: int
    """Lifetime in seconds (15 minutes by default)."""
    scope: str
    """Granted scopes, space-separated."""
    warnings: Optional[List[ApiWarning]] = Field(default=None)
    """Present when the request used a deprecated field (the form's `client_secret`)."""


class UpstreamAttempt(EinvoiceModel):
    """One attempt on the government side."""

    gsp: str
    irp: Optional[str] = Field(default=None)
    status: Optional[int] = Field(default=None)
    """HTTP status from the GSP; null without an answer."""
    nic_code: Optional[str] = Field(default=None)
    latency_ms: float
    outcome: Union[UpstreamAttemptOutcome, str]
    started_at: str


class UpstreamFault(EinvoiceModel):
    """What the government side (or einvoice on its behalf) said."""

    system: Optional[str] = Field(default=None)
    """`IRP`, `GSP` or `einvoice` (refused locally before any upstream call)."""
    partner: Optional[str] = Field(default=None)
    """The GSP route used, if any."""
    code: Optional[str] = Field(default=None)
    """The upstream code."""
    message: Optional[str] = Field(default=None)
    """The upstream message."""
    retryable: Optional[bool] = Field(default=None)
    """Whether retrying the same request can succeed."""


class Usage(EinvoiceModel):
    object: str
    tenant: Optional[str]
    """The tenant counted; null for the whole account."""
    granularity: Union[UsageGranularity, str]
    from_: str = Field(alias="from")
    """First IST day counted (YYYY-MM-DD)."""
    to: str
    """Last IST day counted (YYYY-MM-DD), inclusive."""
    data: List[UsagePeriod]
    """Every period of the range, oldest first."""
    totals: UsageCounters


class UsageCounters(EinvoiceModel):
    """Metered calls, successful (2xx) and not replayed, by what they did."""

    irns_generated: int
    """Invoices registered (`generateIrn`)."""
    ewbs_generated: int
    """E-way bills generated (`generateEwb`)."""
    cancellations: int
    """IRNs and e-way bills cancelled (`cancelIrn`, `cancelEwb`)."""
    notes: int
    """Credit and debit notes registered (`generateNote`)."""
    bulk_records: int
    """Documents accepted by bulk jobs (`bulkGenerateIrn`), per record."""
    reconciliation_reads: int
    """`getIrn`, `getIrnByDocument`, `getEwb`, `listDocuments`, `exportDocuments`."""
    other_calls: int
    """Every other authenticated call (administration, logs, webhooks, tokens...)."""


class UsagePeriod(EinvoiceModel):
    period: str
    """The IST calendar day (YYYY-MM-DD) or month (YYYY-MM)."""
    irns_generated: int
    """Invoices registered (`generateIrn`)."""
    ewbs_generated: int
    """E-way bills generated (`generateEwb`)."""
    cancellations: int
    """IRNs and e-way bills cancelled (`cancelIrn`, `cancelEwb`)."""
    notes: int
    """Credit and debit notes registered (`generateNote`)."""
    bulk_records: int
    """Documents accepted by bulk jobs (`bulkGenerateIrn`), per record."""
    reconciliation_reads: int
    """`getIrn`, `getIrnByDocument`, `getEwb`, `listDocuments`, `exportDocuments`."""
    other_calls: int
    """Every other authenticated call (administration, logs, webhooks, tokens...)."""


class VehicleEntry(EinvoiceModel):
    vehicle_no: Optional[str] = Field(default=None, alias="vehicleNo")
    trans_doc_no: Optional[str] = Field(default=None, alias="transDocNo")
    trans_mode: Optional[str] = Field(default=None, alias="transMode")
    from_place: Optional[str] = Field(default=None, alias="fromPlace")
    from_state: Optional[int] = Field(default=None, alias="fromState")
    reason_code: Optional[str] = Field(default=None, alias="reasonCode")
    entered_at: str


class WebhookDelivery(EinvoiceModel):
    id: str
    object: str
    endpoint_id: str
    event_id: str
    """The `webhook-id` header value; unchanged on retries and replays."""
    event_type: Union[EventType, str]
    status: Union[DeliveryStatus, str]
    attempt_count: int
    next_attempt_at: Optional[str] = Field(default=None)
    attempts: List[DeliveryAttempt]
    created_at: str


class WebhookDeliveryList(EinvoiceModel):
    object: str
    data: List[WebhookDelivery]
    has_more: bool
    next_cursor: Optional[str]


class WebhookEndpoint(EinvoiceModel):
    id: str
    object: str
    url: str
    description: Optional[str] = Field(default=None)
    events: List[Union[EventFilter, str]]
    gstins: List[str]
    enabled: bool
    status: Union[WebhookEndpointStatus, str]
    """`disabled`: no new deliveries; pending ones wait until it is enabled again. Same as
    `enabled`.
    """
    disabled_reason: Optional[Union[WebhookEndpointDisabledReason, str]]
    """Why it is disabled: `manual` (through the API) or `failing` (automatically, after every
    attempt failed for the configured period, 5 days by default). Null when enabled.
    """
    disabled_at: Optional[str]
    """When it was disabled; null when enabled."""
    failing_since: Optional[str]
    """The first failed attempt since the last successful one; null while the endpoint is healthy.
    It is disabled automatically when this is older than the configured period.
    """
    tenant: Optional[str] = Field(default=None)
    """Created under a tenant: receives only that tenant's events. null: a platform-level endpoint,
    every event of the account.
    """
    created_at: str
    updated_at: str


class WebhookEndpointDisabledEvent(EinvoiceModel):
    type: str
    timestamp: str
    tenant: Optional[str] = Field(default=None)
    """The tenant the event belongs to (its GSTIN's); null: the account itself."""
    data: WebhookEndpoint


class WebhookEndpointList(EinvoiceModel):
    object: str
    data: List[WebhookEndpoint]
    has_more: bool
    next_cursor: Optional[str]


class WebhookEndpointWithSecret(EinvoiceModel):
    """An endpoint with its signing secret, shown on creation and rotation only."""

    id: str
    object: str
    url: str
    description: Optional[str] = Field(default=None)
    events: List[Union[EventFilter, str]]
    gstins: List[str]
    enabled: bool
    status: Union[WebhookEndpointWithSecretStatus, str]
    """`disabled`: no new deliveries; pending ones wait until it is enabled again. Same as
    `enabled`.
    """
    disabled_reason: Optional[Union[WebhookEndpointWithSecretDisabledReason, str]]
    """Why it is disabled: `manual` (through the API) or `failing` (automatically, after every
    attempt failed for the configured period, 5 days by default). Null when enabled.
    """
    disabled_at: Optional[str]
    """When it was disabled; null when enabled."""
    failing_since: Optional[str]
    """The first failed attempt since the last successful one; null while the endpoint is healthy.
    It is disabled automatically when this is older than the configured period.
    """
    tenant: Optional[str] = Field(default=None)
    """Created under a tenant: receives only that tenant's events. null: a platform-level endpoint,
    every event of the account.
    """
    created_at: str
    updated_at: str
    secret: str
    """Standard Webhooks secret: `whsec_` + base64 key."""
    previous_secret_expires_at: Optional[str] = Field(default=None)
    """Until then deliveries are also signed with the previous secret."""


# ---- request params (TypedDicts with the wire names; NIC fields stay PascalCase) ----


class AddSecretRequestParam(TypedDict, total=False):
    expires_in: int
    """Optional lifetime of the new secret in seconds."""


class AddlDocDtlsParam(TypedDict, total=False):
    """A supporting document."""

    Url: str
    """URL of the document."""
    Docs: str
    """The document, base64."""
    Info: str
    """Additional information."""


class AdvanceTestClockRequestParam(TypedDict, total=False):
    """Exactly one of `frozen_time` and `advance_by_seconds`."""

    frozen_time: str
    advance_by_seconds: int
    """Seconds to move forward (at most 366 days)."""


class AttribDtlsParam(TypedDict, total=False):
    """An attribute of the item."""

    Nm: str
    """Attribute name."""
    Val: str
    """Attribute value."""


class BchDtlsParam(TypedDict, total=False):
    """Batch details."""

    Nm: Required[str]
    """Batch number or name."""
    ExpDt: str
    WrDt: str


class BulkGenerateRequestParam(TypedDict, total=False):
    documents: Required[Sequence[InvoiceParam]]
    """1 to 5,000 INV-01 documents (INV, CRN or DBN) of the token's GSTIN. More than 5,000 is a 413
    `payload_too_large` (with `limit`), counted before any document is validated; the limit is
    not a schema `maxItems` because it is answered as a size limit, not as a field error.
    """


class BuyerDtlsParam(TypedDict, total=False):
    """Recipient. `Gstin` is `URP` (unregistered person) for exports."""

    Gstin: Required[str]
    """GSTIN of the recipient or `URP`."""
    LglNm: Required[str]
    """Legal name."""
    TrdNm: str
    """Trade name."""
    Pos: Required[str]
    """Place of supply state code; `96` for exports."""
    Addr1: Required[str]
    """Address line 1."""
    Addr2: str
    """Address line 2."""
    Loc: Required[str]
    """Location (city)."""
    Pin: int
    """PIN code; required for domestic supplies (2244), `999999` for exports."""
    Stcd: Required[str]
    Ph: str
    """Phone number, digits only."""
    Em: str
    """E-mail address."""


class CancelEwbRequestParam(TypedDict, total=False):
    """NIC `CANEWB` body (the e-way bill number comes from the path)."""

    cancelRsnCode: Required[Union[EwbCancelReason, str]]
    cancelRmrk: str


class CancelIrnRequestParam(TypedDict, total=False):
    """NIC Cancel IRN body; the IRN comes from the path."""

    CnlRsn: Required[Union[CancelReason, str]]
    CnlRem: str
    """Remark."""


class ContrDtlsParam(TypedDict, total=False):
    """Contract details."""

    RecAdvRefr: str
    """Receipt advice reference."""
    RecAdvDt: str
    TendRefr: str
    """Tender or lot reference."""
    ContrRefr: str
    """Contract reference."""
    ExtRefr: str
    """External reference."""
    ProjRefr: str
    """Project reference."""
    PORefr: str
    """Purchase order reference."""
    PORefDt: str


class CreateApiKeyRequestParam(TypedDict, total=False):
    name: Required[str]
    tenant: str
    permissions: Required[Sequence[Union[ApiKeyPermission, str]]]


class CreateCredentialRequestParam(TypedDict, total=False):
    name: str
    """A label for you."""
    scopes: Required[Sequence[Union[Scope, str]]]
    plan: Union[Plan, str]
    rate_limit_rps: int
    """Only with plan `custom`."""
    require_signatures: bool
    """Refuse this client's requests unless they carry a valid RFC 9421 signature made with its
    `signing_key` (token requests included). Fixed at creation.
    """


class CreateOnboardingLinkRequestParam(TypedDict, total=False):
    gstin: Required[str]
    description: str
    """Your label for the link; shown to the business on the page."""
    expires_in_seconds: int
    """How long the link can be used, in seconds (5 minutes to 7 days)."""


class CreateTenantRequestParam(TypedDict, total=False):
    name: Required[str]
    metadata: MetadataParam
    plan: Union[Plan, str]
    rate_limit_rps: int
    """With plan custom only (required then)."""


class CreateTestClockRequestParam(TypedDict, total=False):
    name: str
    frozen_time: str
    gstins: Sequence[str]
    whole_account: bool


class CreateWebhookEndpointRequestParam(TypedDict, total=False):
    url: Required[str]
    """HTTPS URL (plain HTTP only for a loopback receiver the server is configured to allow)."""
    description: str
    events: Required[Sequence[Union[EventFilter, str]]]
    gstins: Sequence[str]
    """Only events of these GSTINs (default: all GSTINs of the account)."""
    enabled: bool


class DispDtlsParam(TypedDict, total=False):
    """Dispatch-from address, when goods leave from somewhere other than the seller's address."""

    Nm: Required[str]
    """Name of the place."""
    Addr1: Required[str]
    """Address line 1."""
    Addr2: str
    """Address line 2."""
    Loc: Required[str]
    """Location (city)."""
    Pin: Required[int]
    """PIN code."""
    Stcd: Required[str]


class DocDtlsParam(TypedDict, total=False):
    """Document details; together with the seller GSTIN and financial year they identify the document
    (and its IRN).
    """

    Typ: Required[Union[DocType, str]]
    No: Required[str]
    """Document number; first character a letter or 1-9, then letters, digits, `/` and `-`.
    Upper-cased by the IRP for the IRN and duplicate check.
    """
    Dt: Required[str]


class DocPerdDtlsParam(TypedDict, total=False):
    """Period the invoice covers."""

    InvStDt: Required[str]
    InvEndDt: Required[str]


class EwbAddressParam(TypedDict, total=False):
    Nm: str
    Addr1: Required[str]
    Addr2: str
    Loc: Required[str]
    Pin: Required[int]
    Stcd: Required[str]


class EwbDtlsParam(TypedDict, total=False):
    """E-way bill details to generate one together with the IRN. Only `Distance` is required; `TransId`
    alone gives a Part-A e-way bill.
    """

    TransId: str
    """Transporter GSTIN or TRANSIN."""
    TransName: str
    """Transporter name."""
    TransMode: Union[TransMode, str]
    Distance: Required[int]
    """Distance in km; 0 lets the IRP compute it from the PINs."""
    TransDocNo: str
    """Transport document number (rail, air, ship)."""
    TransDocDt: str
    VehNo: str
    """Vehicle number (road)."""
    VehType: Union[VehType, str]


class ExpDtlsParam(TypedDict, total=False):
    """Export details; for `EXPWP`/`EXPWOP`."""

    ShipBNo: str
    """Shipping bill number."""
    ShipBDt: str
    Port: str
    """Port code (e.g. `INBOM1`)."""
    RefClm: Union[ExpDtlsRefClm, str]
    """`Y` when a refund is claimed."""
    ForCur: str
    """Foreign currency code (ISO 4217)."""
    CntCode: str
    """Destination country (ISO 3166 alpha-2)."""
    ExpDuty: float
    """Export duty."""


class ExtendEwbRequestParam(TypedDict, total=False):
    """NIC `EXTENDVALIDITY` body (the e-way bill number comes from the path)."""

    vehicleNo: str
    fromPlace: Required[str]
    fromState: Required[int]
    fromPincode: Required[int]
    remainingDistance: Required[int]
    transDocNo: str
    transDocDate: str
    transMode: Required[Union[ExtensionTransMode, str]]
    extnRsnCode: Required[Union[ExtensionReason, str]]
    extnRemarks: Required[str]
    consignmentStatus: Required[Union[ConsignmentStatus, str]]
    transitType: Union[TransitType, str]
    addressLine1: str
    addressLine2: str
    addressLine3: str


class GenerateEwbRequestParam(TypedDict, total=False):
    """NIC Generate E-way Bill by IRN."""

    Irn: Required[str]
    Distance: Required[int]
    """Distance in km; 0 to compute from the PINs."""
    TransMode: Union[TransMode, str]
    TransId: str
    """Transporter GSTIN or TRANSIN."""
    TransName: str
    TransDocNo: str
    TransDocDt: str
    VehNo: str
    VehType: Union[VehType, str]
    ExpShipDtls: EwbAddressParam
    DispDtls: EwbAddressParam


class InvoiceParam(TypedDict, total=False):
    """The GST e-invoice as defined by GSTN/NIC schema INV-01 version 1.1. Do not send `Irn`; the IRP
    computes it.
    """

    Version: Required[str]
    """Schema version; `1.1`."""
    TranDtls: Required[TranDtlsParam]
    DocDtls: Required[DocDtlsParam]
    SellerDtls: Required[SellerDtlsParam]
    BuyerDtls: Required[BuyerDtlsParam]
    DispDtls: DispDtlsParam
    ShipDtls: ShipDtlsParam
    ItemList: Required[Sequence[ItemParam]]
    """Invoice lines; 1 to 1000 (2228 when empty, 2173 over the limit)."""
    ValDtls: Required[ValDtlsParam]
    PayDtls: PayDtlsParam
    RefDtls: RefDtlsParam
    AddlDocDtls: Sequence[AddlDocDtlsParam]
    """Supporting documents."""
    ExpDtls: ExpDtlsParam
    EwbDtls: EwbDtlsParam


class ItemParam(TypedDict, total=False):
    """One invoice line. Arithmetic the IRP checks: TotAmt = Qty x UnitPrice (2192); AssAmt = TotAmt -
    Discount (2193); TotItemVal = AssAmt + taxes + cess + OthChrg (2194).
    """

    SlNo: Required[str]
    """Line number, unique within the invoice (2233)."""
    PrdDesc: str
    """Product description."""
    IsServc: Required[Union[ItemIsServc, str]]
    """`Y` for a service (SAC code), `N` for goods."""
    HsnCd: Required[str]
    """HSN or SAC code, 4, 6 or 8 digits, in the HSN master (2176)."""
    Barcde: str
    """Barcode."""
    Qty: float
    """Quantity; required for goods (2238)."""
    FreeQty: float
    """Free quantity."""
    Unit: str
    """Unit quantity code (UQC) such as `NOS`, `KGS`, `BAG`; required for goods (2239), in the UQC
    master (2177).
    """
    UnitPrice: Required[float]
    """Price per unit."""
    TotAmt: Required[float]
    """Gross amount, Qty x UnitPrice."""
    Discount: float
    """Discount."""
    PreTaxVal: float
    """Pre-tax value."""
    AssAmt: Required[float]
    """Taxable value, TotAmt - Discount."""
    GstRt: Required[float]
    """Combined GST rate in percent (IGST-equivalent)."""
    IgstAmt: float
    """IGST amount."""
    CgstAmt: float
    """CGST amount."""
    SgstAmt: float
    """SGST/UTGST amount."""
    CesRt: float
    """Cess rate in percent."""
    CesAmt: float
    """Cess amount (ad valorem)."""
    CesNonAdvlAmt: float
    """Cess amount (non ad valorem)."""
    StateCesRt: float
    """State cess rate in percent."""
    StateCesAmt: float
    """State cess amount (ad valorem)."""
    StateCesNonAdvlAmt: float
    """State cess amount (non ad valorem)."""
    OthChrg: float
    """Other charges."""
    TotItemVal: Required[float]
    """Total item value including taxes."""
    OrdLineRef: str
    """Order line reference."""
    OrgCntry: str
    """Country of origin (ISO 3166 alpha-2)."""
    PrdSlNo: str
    """Product serial number."""
    BchDtls: BchDtlsParam
    AttribDtls: Sequence[AttribDtlsParam]
    """Free attributes of the item."""


class MetadataParam(TypedDict, total=False):
    """Your own key-value pairs (at most 50 keys; keys up to 40 characters, values up to 500)."""

    pass


class NoteRequestParam(TypedDict, total=False):
    """An INV-01 document of type `CRN` or `DBN`; `RefDtls.PrecDocDtls` must name the original invoice.
    Same fields as `Invoice`.
    """

    Version: Required[str]
    """Schema version; `1.1`."""
    TranDtls: Required[TranDtlsParam]
    DocDtls: Required[NoteRequestDocDtlsParam]
    """Document details of the note."""
    SellerDtls: Required[SellerDtlsParam]
    BuyerDtls: Required[BuyerDtlsParam]
    DispDtls: DispDtlsParam
    ShipDtls: ShipDtlsParam
    ItemList: Required[Sequence[ItemParam]]
    """Note lines; 1 to 1000."""
    ValDtls: Required[ValDtlsParam]
    PayDtls: PayDtlsParam
    RefDtls: Required[NoteRequestRefDtlsParam]
    """References; `PrecDocDtls` names the original invoice."""
    AddlDocDtls: Sequence[AddlDocDtlsParam]
    ExpDtls: ExpDtlsParam
    EwbDtls: EwbDtlsParam
    """Refused on notes (2252/4010); present only so the IRP's own answer can be relayed."""


class NoteRequestDocDtlsParam(TypedDict, total=False):
    """Document details of the note."""

    Typ: Required[Union[NoteRequestDocDtlsTyp, str]]
    """`CRN` credit note, `DBN` debit note."""
    No: Required[str]
    """Note number."""
    Dt: Required[str]


class NoteRequestRefDtlsParam(TypedDict, total=False):
    """References; `PrecDocDtls` names the original invoice."""

    InvRm: str
    """Remarks."""
    DocPerdDtls: DocPerdDtlsParam
    PrecDocDtls: Required[Sequence[PrecDocDtlsParam]]
    """The original invoice(s)."""
    ContrDtls: Sequence[ContrDtlsParam]


class PayDtlsParam(TypedDict, total=False):
    """Payment details."""

    Nm: str
    """Payee name."""
    AccDet: str
    """Bank account number."""
    Mode: str
    """Mode of payment."""
    FinInsBr: str
    """IFSC of the branch."""
    PayTerm: str
    """Terms of payment."""
    PayInstr: str
    """Payment instruction."""
    CrTrn: str
    """Credit transfer."""
    DirDr: str
    """Direct debit."""
    CrDay: int
    """Credit days."""
    PaidAmt: float
    """Amount already paid."""
    PaymtDue: float
    """Amount due."""


class PrecDocDtlsParam(TypedDict, total=False):
    """A preceding document."""

    InvNo: Required[str]
    """Number of the preceding invoice (first character 1-9 or A-Z)."""
    InvDt: Required[str]
    OthRefNo: str
    """Other reference."""


class PutGspRouteUserRequestParam(TypedDict, total=False):
    irp_username: Required[str]
    """The e-invoice API user created for this GSP (its name carries the GSP's suffix)."""
    irp_password: Required[str]
    """Its password; encrypted at rest and never returned."""
    ewb_username: str
    """The e-way bill system API user for this GSP; with ewb_password."""
    ewb_password: str
    """Its password; encrypted at rest and never returned."""


class RefDtlsParam(TypedDict, total=False):
    """References; `PrecDocDtls` names the original invoice of a credit or debit note."""

    InvRm: str
    """Remarks."""
    DocPerdDtls: DocPerdDtlsParam
    PrecDocDtls: Sequence[PrecDocDtlsParam]
    """Preceding documents (the invoice a note amends)."""
    ContrDtls: Sequence[ContrDtlsParam]
    """Contract references."""


class RegisterGstinRequestParam(TypedDict, total=False):
    gstin: Required[str]
    irp_username: Required[str]
    """API user created on the e-invoice portal for your GSP: printable ASCII without spaces, as
    the portal issues it. NIC's login carries the user name and the password in one RSA block,
    so together they fit in 66 characters (`"` and `\\` count twice); a longer pair is 422
    `irp_login_too_long`, before any IRP call.
    """
    irp_password: Required[str]
    """Its password (printable ASCII without spaces); encrypted at rest and never returned."""
    description: str
    large_taxpayer: bool
    """AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does."""


class RollApiKeyRequestParam(TypedDict, total=False):
    expires_in_seconds: int
    """How long the old secret keeps working (0: it stops now)."""


class RotateWebhookSecretRequestParam(TypedDict, total=False):
    grace_period_seconds: int
    """How long the old secret keeps signing alongside the new one."""


class SandboxFaultParam(TypedDict, total=False):
    mode: Required[Union[SandboxFaultMode, str]]
    count: Required[int]
    """How many of the next requests meet it; 0 clears it."""
    code: str
    """NIC error code, for `nic_error`."""


class SandboxFaultsRequestParam(TypedDict, total=False):
    faults: Required[Sequence[SandboxFaultParam]]


class SellerDtlsParam(TypedDict, total=False):
    """Supplier. `Gstin` must be the GSTIN of your access token."""

    Gstin: Required[str]
    LglNm: Required[str]
    """Legal name."""
    TrdNm: str
    """Trade name."""
    Addr1: Required[str]
    """Address line 1."""
    Addr2: str
    """Address line 2."""
    Loc: Required[str]
    """Location (city)."""
    Pin: Required[int]
    """6-digit PIN code of the state in `Stcd`."""
    Stcd: Required[str]
    Ph: str
    """Phone number, digits only."""
    Em: str
    """E-mail address."""


class ShipDtlsParam(TypedDict, total=False):
    """Ship-to address, when goods go somewhere other than the buyer's address."""

    Gstin: str
    """GSTIN of the ship-to party or `URP`."""
    LglNm: Required[str]
    """Legal name."""
    TrdNm: str
    """Trade name."""
    Addr1: Required[str]
    """Address line 1."""
    Addr2: str
    """Address line 2."""
    Loc: Required[str]
    """Location (city)."""
    Pin: Required[int]
    """PIN code."""
    Stcd: Required[str]


class TokenRequestParam(TypedDict, total=False):
    grant_type: Required[Literal["client_credentials"]]
    """Always `client_credentials`."""
    scope: str
    """Space-separated scopes; a subset of the credential's (default: all of them)."""
    client_id: str
    """Only when not using HTTP Basic."""
    client_secret: str
    """Deprecated (sunset 2027-03-05): authenticate with HTTP Basic instead (RFC 6749 §2.3.1).
    Still accepted until then; a request that sends it gets a `warnings` entry and the
    `Deprecation`/`Sunset` headers.
    """


class TranDtlsParam(TypedDict, total=False):
    """Transaction details."""

    TaxSch: Required[Literal["GST"]]
    """Tax scheme; always `GST`."""
    SupTyp: Required[Union[TranDtlsSupTyp, str]]
    """Supply type. `B2B`; `SEZWP`/`SEZWOP` supply to SEZ with/without payment; `EXPWP`/`EXPWOP`
    export with/without payment; `DEXP` deemed export.
    """
    RegRev: Union[TranDtlsRegRev, str]
    """`Y` when tax is payable on reverse charge."""
    EcmGstin: str
    """GSTIN of the e-commerce operator, when the supply is through one."""
    IgstOnIntra: Union[TranDtlsIgstOnIntra, str]
    """`Y` for an intra-state supply on which IGST is charged (e.g. supplies under section 7(5))."""


class UpdateEwbVehicleRequestParam(TypedDict, total=False):
    """NIC `VEHEWB` body (the e-way bill number comes from the path)."""

    vehicleNo: str
    """Required for road."""
    fromPlace: Required[str]
    fromState: Required[int]
    reasonCode: Required[Union[VehicleUpdateReason, str]]
    reasonRem: Required[str]
    """Remarks on the reason; NIC requires them."""
    transDocNo: str
    """Required for rail, air and ship."""
    transDocDate: str
    transMode: Required[Union[TransMode, str]]
    vehicleType: Union[VehType, str]


class UpdateGstinRequestParam(TypedDict, total=False):
    """The members to change; at least one."""

    irp_username: str
    """A new IRP API user name (checked against the IRP with the password)."""
    irp_password: str
    """A new password for the IRP user; encrypted at rest and never returned."""
    description: Optional[str]
    """A note for your records; `null` clears it, leaving it out keeps it."""
    large_taxpayer: bool
    """AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does."""


class UpdateTenantRequestParam(TypedDict, total=False):
    name: str
    metadata: Mapping[str, str]
    """Merged into the tenant's; a key set to an empty string is removed."""
    plan: Union[Plan, str]
    rate_limit_rps: int
    """With plan custom only."""


class UpdateWebhookEndpointRequestParam(TypedDict, total=False):
    url: str
    description: str
    events: Sequence[Union[EventFilter, str]]
    gstins: Sequence[str]
    enabled: bool


class ValDtlsParam(TypedDict, total=False):
    """Invoice totals. Each must equal the sum over items (2182-2188); TotInvVal = AssVal + CgstVal +
    SgstVal + IgstVal + CesVal + StCesVal + OthChrg - Discount + RndOffAmt within 1 rupee (2189).
    """

    AssVal: Required[float]
    """Total taxable value."""
    CgstVal: float
    """Total CGST."""
    SgstVal: float
    """Total SGST/UTGST."""
    IgstVal: float
    """Total IGST."""
    CesVal: float
    """Total cess."""
    StCesVal: float
    """Total state cess."""
    Discount: float
    """Invoice-level discount."""
    OthChrg: float
    """Invoice-level other charges."""
    RndOffAmt: float
    """Round-off amount."""
    TotInvVal: Required[float]
    """Total invoice value."""
    TotInvValFc: float
    """Total invoice value in foreign currency (exports)."""


# ---- webhook events (discriminated by `type`; unknown types keep the raw payload) ----


class UnknownWebhookEvent(EinvoiceModel):
    """An event type this SDK version does not know yet; every member is in `model_extra`."""

    type: str


WebhookEvent = Union[
    IrnGeneratedEvent,
    IrnFailedEvent,
    IrnCancelledEvent,
    NoteGeneratedEvent,
    EwbGeneratedEvent,
    EwbVehicleUpdatedEvent,
    EwbExtendedEvent,
    EwbCancelledEvent,
    BulkCompletedEvent,
    WebhookEndpointDisabledEvent,
    UnknownWebhookEvent,
]

WEBHOOK_EVENT_TYPES: Dict[str, Any] = {
    "irn.generated": IrnGeneratedEvent,
    "irn.failed": IrnFailedEvent,
    "irn.cancelled": IrnCancelledEvent,
    "note.generated": NoteGeneratedEvent,
    "ewb.generated": EwbGeneratedEvent,
    "ewb.vehicle_updated": EwbVehicleUpdatedEvent,
    "ewb.extended": EwbExtendedEvent,
    "ewb.cancelled": EwbCancelledEvent,
    "bulk.completed": BulkCompletedEvent,
    "webhook_endpoint.disabled": WebhookEndpointDisabledEvent,
}


def parse_webhook_event(payload: Mapping[str, Any]) -> WebhookEvent:
    """Decodes a verified webhook payload into its event model (UnknownWebhookEvent for new types)."""
    cls = WEBHOOK_EVENT_TYPES.get(str(payload.get("type")), UnknownWebhookEvent)
    event: WebhookEvent = cls.model_validate(payload)
    return event


ApiKey.model_rebuild()
ApiKeyList.model_rebuild()
ApiWarning.model_rebuild()
AuditEvent.model_rebuild()
AuditEventActor.model_rebuild()
AuditEventList.model_rebuild()
BulkCompletedEvent.model_rebuild()
BulkCompletedEventData.model_rebuild()
BulkGenerateResult.model_rebuild()
BulkJob.model_rebuild()
BulkJobRecordResult.model_rebuild()
BulkJobResultList.model_rebuild()
BulkProgress.model_rebuild()
BulkRecordResult.model_rebuild()
BulkSummary.model_rebuild()
Credential.model_rebuild()
CredentialList.model_rebuild()
CredentialSecret.model_rebuild()
CredentialWithSecret.model_rebuild()
DeletedGspRouteUser.model_rebuild()
DeletedGstin.model_rebuild()
DeletedTestClock.model_rebuild()
DeliveryAttempt.model_rebuild()
DocumentList.model_rebuild()
DocumentSummary.model_rebuild()
EwayBill.model_rebuild()
EwbCancelledEvent.model_rebuild()
EwbExtendedEvent.model_rebuild()
EwbGeneratedEvent.model_rebuild()
EwbVehicleUpdatedEvent.model_rebuild()
FieldError.model_rebuild()
GspHealth.model_rebuild()
GspRouteUser.model_rebuild()
GspRouteUserList.model_rebuild()
Gstin.model_rebuild()
GstinDetails.model_rebuild()
GstinList.model_rebuild()
GstnError.model_rebuild()
InfoDtl.model_rebuild()
IrnCancelledEvent.model_rebuild()
IrnDocument.model_rebuild()
IrnFailedEvent.model_rebuild()
IrnGeneratedEvent.model_rebuild()
IrpHealth.model_rebuild()
LatencyBreakdown.model_rebuild()
LatencySummary.model_rebuild()
Metadata.model_rebuild()
NewSecret.model_rebuild()
NoteGeneratedEvent.model_rebuild()
OAuthProblem.model_rebuild()
OAuthProblemDiffItem.model_rebuild()
OnboardingFailure.model_rebuild()
OnboardingLink.model_rebuild()
OnboardingLinkList.model_rebuild()
Problem.model_rebuild()
ProblemDiffItem.model_rebuild()
RequestLog.model_rebuild()
RequestLogList.model_rebuild()
RequestLogSummary.model_rebuild()
SandboxFaults.model_rebuild()
SandboxFaultsFaultsItem.model_rebuild()
SchemaTranslation.model_rebuild()
SignatureVerification.model_rebuild()
SigningKey.model_rebuild()
Status.model_rebuild()
Tenant.model_rebuild()
TenantList.model_rebuild()
TestClock.model_rebuild()
TestClockList.model_rebuild()
TokenResponse.model_rebuild()
UpstreamAttempt.model_rebuild()
UpstreamFault.model_rebuild()
Usage.model_rebuild()
UsageCounters.model_rebuild()
UsagePeriod.model_rebuild()
VehicleEntry.model_rebuild()
WebhookDelivery.model_rebuild()
WebhookDeliveryList.model_rebuild()
WebhookEndpoint.model_rebuild()
WebhookEndpointDisabledEvent.model_rebuild()
WebhookEndpointList.model_rebuild()
WebhookEndpointWithSecret.model_rebuild()

__all__ = [
    "ApiKeyPermission",
    "AuditEventActorType",
    "AuditEventType",
    "BulkJobRecordResultStatus",
    "BulkJobStatus",
    "BulkRecordResultStatus",
    "CancelReason",
    "ConsignmentStatus",
    "DeliveryStatus",
    "DocType",
    "DocumentStatus",
    "Environment",
    "EventFilter",
    "EventType",
    "EwbCancelReason",
    "EwbStatus",
    "ExpDtlsRefClm",
    "ExportUsageGranularity",
    "ExtensionReason",
    "ExtensionTransMode",
    "GetUsageGranularity",
    "GspHealthCircuit",
    "GspRouteUserStatus",
    "HealthState",
    "ItemIsServc",
    "NoteRequestDocDtlsTyp",
    "OAuthProblemError",
    "OnboardingLinkStatus",
    "Plan",
    "SandboxFaultMode",
    "Scope",
    "SignatureVerificationStatus",
    "TestClockStatus",
    "TranDtlsIgstOnIntra",
    "TranDtlsRegRev",
    "TranDtlsSupTyp",
    "TransMode",
    "TransitType",
    "UpstreamAttemptOutcome",
    "UsageGranularity",
    "VehType",
    "VehicleUpdateReason",
    "WebhookEndpointDisabledReason",
    "WebhookEndpointStatus",
    "WebhookEndpointWithSecretDisabledReason",
    "WebhookEndpointWithSecretStatus",
    "ApiKey",
    "ApiKeyList",
    "ApiWarning",
    "AuditEvent",
    "AuditEventActor",
    "AuditEventList",
    "BulkCompletedEvent",
    "BulkCompletedEventData",
    "BulkGenerateResult",
    "BulkJob",
    "BulkJobRecordResult",
    "BulkJobResultList",
    "BulkProgress",
    "BulkRecordResult",
    "BulkSummary",
    "Credential",
    "CredentialList",
    "CredentialSecret",
    "CredentialWithSecret",
    "DeletedGspRouteUser",
    "DeletedGstin",
    "DeletedTestClock",
    "DeliveryAttempt",
    "DocumentList",
    "DocumentSummary",
    "EwayBill",
    "EwbCancelledEvent",
    "EwbExtendedEvent",
    "EwbGeneratedEvent",
    "EwbVehicleUpdatedEvent",
    "FieldError",
    "GspHealth",
    "GspRouteUser",
    "GspRouteUserList",
    "Gstin",
    "GstinDetails",
    "GstinList",
    "GstnError",
    "InfoDtl",
    "IrnCancelledEvent",
    "IrnDocument",
    "IrnFailedEvent",
    "IrnGeneratedEvent",
    "IrpHealth",
    "LatencyBreakdown",
    "LatencySummary",
    "Metadata",
    "NewSecret",
    "NoteGeneratedEvent",
    "OAuthProblem",
    "OAuthProblemDiffItem",
    "OnboardingFailure",
    "OnboardingLink",
    "OnboardingLinkList",
    "Problem",
    "ProblemDiffItem",
    "RequestLog",
    "RequestLogList",
    "RequestLogSummary",
    "SandboxFaults",
    "SandboxFaultsFaultsItem",
    "SchemaTranslation",
    "SignatureVerification",
    "SigningKey",
    "Status",
    "Tenant",
    "TenantList",
    "TestClock",
    "TestClockList",
    "TokenResponse",
    "UpstreamAttempt",
    "UpstreamFault",
    "Usage",
    "UsageCounters",
    "UsagePeriod",
    "VehicleEntry",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookEndpoint",
    "WebhookEndpointDisabledEvent",
    "WebhookEndpointList",
    "WebhookEndpointWithSecret",
    "AddSecretRequestParam",
    "AddlDocDtlsParam",
    "AdvanceTestClockRequestParam",
    "AttribDtlsParam",
    "BchDtlsParam",
    "BulkGenerateRequestParam",
    "BuyerDtlsParam",
    "CancelEwbRequestParam",
    "CancelIrnRequestParam",
    "ContrDtlsParam",
    "CreateApiKeyRequestParam",
    "CreateCredentialRequestParam",
    "CreateOnboardingLinkRequestParam",
    "CreateTenantRequestParam",
    "CreateTestClockRequestParam",
    "CreateWebhookEndpointRequestParam",
    "DispDtlsParam",
    "DocDtlsParam",
    "DocPerdDtlsParam",
    "EwbAddressParam",
    "EwbDtlsParam",
    "ExpDtlsParam",
    "ExtendEwbRequestParam",
    "GenerateEwbRequestParam",
    "InvoiceParam",
    "ItemParam",
    "MetadataParam",
    "NoteRequestParam",
    "NoteRequestDocDtlsParam",
    "NoteRequestRefDtlsParam",
    "PayDtlsParam",
    "PrecDocDtlsParam",
    "PutGspRouteUserRequestParam",
    "RefDtlsParam",
    "RegisterGstinRequestParam",
    "RollApiKeyRequestParam",
    "RotateWebhookSecretRequestParam",
    "SandboxFaultParam",
    "SandboxFaultsRequestParam",
    "SellerDtlsParam",
    "ShipDtlsParam",
    "TokenRequestParam",
    "TranDtlsParam",
    "UpdateEwbVehicleRequestParam",
    "UpdateGstinRequestParam",
    "UpdateTenantRequestParam",
    "UpdateWebhookEndpointRequestParam",
    "ValDtlsParam",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WEBHOOK_EVENT_TYPES",
    "parse_webhook_event",
]
