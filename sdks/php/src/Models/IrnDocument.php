<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * An invoice or note as einvoice holds it: NIC's response fields (PascalCase, exactly as the IRP
 * gives them) plus einvoice's envelope (snake_case). NIC fields are null until the IRN exists.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class IrnDocument implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'status' => 'status',
        'gstin' => 'gstin',
        'docType' => 'doc_type',
        'docNo' => 'doc_no',
        'docDate' => 'doc_date',
        'irn' => 'Irn',
        'ackNo' => 'AckNo',
        'ackDt' => 'AckDt',
        'signedInvoice' => 'SignedInvoice',
        'signedQrCode' => 'SignedQRCode',
        'signatureVerification' => 'signature_verification',
        'ewbNo' => 'EwbNo',
        'ewbDt' => 'EwbDt',
        'ewbValidTill' => 'EwbValidTill',
        'remarks' => 'Remarks',
        'cancelDate' => 'CancelDate',
        'info' => 'info',
        'gstnErrors' => 'gstn_errors',
        'cancellableUntil' => 'cancellable_until',
        'cancelledAt' => 'cancelled_at',
        'cancelReason' => 'cancel_reason',
        'gsp' => 'gsp',
        'irp' => 'irp',
        'environment' => 'environment',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null einvoice's id of the document. Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name doc_type. Required. */
        public readonly ?string $docType = null,
        /** @var string|null `DocDtls.No` as sent. Wire name doc_no. Required. */
        public readonly ?string $docNo = null,
        /** @var string|null Wire name doc_date. Required. */
        public readonly ?string $docDate = null,
        /** @var string|null Wire name Irn. Required. May be null. */
        public readonly ?string $irn = null,
        /** @var int|null Wire name AckNo. Required. May be null. */
        public readonly ?int $ackNo = null,
        /** @var string|null `yyyy-MM-dd HH:mm:ss` IST. Wire name AckDt. Required. May be null. */
        public readonly ?string $ackDt = null,
        /**
         * The IRP's RS256 JWT over the invoice (payload `data` is the invoice JSON with AckNo,
         * AckDt and Irn).
         *
         * @var string|null Wire name SignedInvoice. Required. May be null.
         */
        public readonly ?string $signedInvoice = null,
        /**
         * The IRP's RS256 JWT for the QR code (SellerGstin, BuyerGstin, DocNo, DocTyp, DocDt,
         * TotInvVal, ItemCnt, MainHsnCode, Irn, IrnDt); print it as the QR code.
         *
         * @var string|null Wire name SignedQRCode. Required. May be null.
         */
        public readonly ?string $signedQrCode = null,
        /**
         * `SignedInvoice` and `SignedQRCode` checked against NIC's signing certificates when the
         * IRN was recorded; null before an IRN exists (and for documents recorded before this
         * check existed).
         *
         * @var SignatureVerification|null Wire name signature_verification. Optional. May be null.
         */
        public readonly ?SignatureVerification $signatureVerification = null,
        /** @var int|null E-way bill number when `EwbDtls` produced one. Wire name EwbNo. Required. May be null. */
        public readonly ?int $ewbNo = null,
        /** @var string|null `yyyy-MM-dd HH:mm:ss` IST. Wire name EwbDt. Required. May be null. */
        public readonly ?string $ewbDt = null,
        /**
         * `yyyy-MM-dd HH:mm:ss` IST; null for Part-A only.
         *
         * @var string|null Wire name EwbValidTill. Required. May be null.
         */
        public readonly ?string $ewbValidTill = null,
        /** @var string|null Wire name Remarks. Optional. May be null. */
        public readonly ?string $remarks = null,
        /**
         * NIC's cancellation timestamp, `yyyy-MM-dd HH:mm:ss` IST.
         *
         * @var string|null Wire name CancelDate. Optional. May be null.
         */
        public readonly ?string $cancelDate = null,
        /**
         * NIC's `InfoDtls` (e.g. `EWBERR` when the e-way bill part failed, `EWBPPD` with the
         * computed distance).
         *
         * @var list<InfoDtl>|null Wire name info. Optional.
         */
        public readonly ?array $info = null,
        /** @var list<GstnError>|null Why a `failed` document was refused. Wire name gstn_errors. Optional. */
        public readonly ?array $gstnErrors = null,
        /**
         * AckDt + 24 h: the last moment `cancelIrn` is allowed.
         *
         * @var string|null Wire name cancellable_until. Optional. May be null.
         */
        public readonly ?string $cancellableUntil = null,
        /** @var string|null Wire name cancelled_at. Optional. May be null. */
        public readonly ?string $cancelledAt = null,
        /** @var string|null Wire name cancel_reason. Optional. May be null. */
        public readonly ?string $cancelReason = null,
        /** @var string|null The GSP route that carried the request. Wire name gsp. Optional. May be null. */
        public readonly ?string $gsp = null,
        /**
         * The IRP that issued the IRN (`NIC1`, `NIC2`, `SANDBOX`); follow-ups go there.
         *
         * @var string|null Wire name irp. Optional. May be null.
         */
        public readonly ?string $irp = null,
        /** @var string|null Wire name environment. Optional. */
        public readonly ?string $environment = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            status: $data['status'] ?? null,
            gstin: $data['gstin'] ?? null,
            docType: $data['doc_type'] ?? null,
            docNo: $data['doc_no'] ?? null,
            docDate: $data['doc_date'] ?? null,
            irn: $data['Irn'] ?? null,
            ackNo: $data['AckNo'] ?? null,
            ackDt: $data['AckDt'] ?? null,
            signedInvoice: $data['SignedInvoice'] ?? null,
            signedQrCode: $data['SignedQRCode'] ?? null,
            signatureVerification: isset($data['signature_verification']) ? SignatureVerification::fromArray($data['signature_verification']) : null,
            ewbNo: $data['EwbNo'] ?? null,
            ewbDt: $data['EwbDt'] ?? null,
            ewbValidTill: $data['EwbValidTill'] ?? null,
            remarks: $data['Remarks'] ?? null,
            cancelDate: $data['CancelDate'] ?? null,
            info: isset($data['info']) ? array_map(static fn ($x0) => InfoDtl::fromArray($x0), $data['info']) : null,
            gstnErrors: isset($data['gstn_errors']) ? array_map(static fn ($x0) => GstnError::fromArray($x0), $data['gstn_errors']) : null,
            cancellableUntil: $data['cancellable_until'] ?? null,
            cancelledAt: $data['cancelled_at'] ?? null,
            cancelReason: $data['cancel_reason'] ?? null,
            gsp: $data['gsp'] ?? null,
            irp: $data['irp'] ?? null,
            environment: $data['environment'] ?? null,
            createdAt: $data['created_at'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
            additionalProperties: array_diff_key($data, array_flip(self::WIRE)),
        );
    }

    /** @return array<string, mixed> wire names; null members left out; nested models stay objects (JsonSerializable) */
    public function toArray(): array
    {
        $out = [];
        foreach (self::WIRE as $prop => $wire) {
            if ($this->$prop !== null) {
                $out[$wire] = $this->$prop;
            }
        }
        return $out + $this->additionalProperties;
    }

    public function jsonSerialize(): mixed
    {
        $a = $this->toArray();
        return $a === [] ? new \stdClass() : $a;
    }

    /** A copy with some properties changed: $doc->with(name: 'x'). */
    public function with(mixed ...$changes): self
    {
        return new self(...array_merge(get_object_vars($this), $changes));
    }
}
