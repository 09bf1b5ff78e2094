<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Whether the IRP's signed invoice and signed QR code verify with NIC's signing certificate named
 * by the JWT header's `kid` (or `x5t`). `failed` does not undo the document: the IRN exists at the
 * IRP and is returned as usual; the operator is alerted (error log and the
 * `einvoice_signature_verification_failures_total` metric). Check the certificates configured for
 * the environment (NIC rotates them) before trusting or printing a `failed` document's QR code.
 * `unverified`: no certificates were configured for its environment.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class SignatureVerification implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'status' => 'status',
        'reason' => 'reason',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /**
         * Why it failed or was not checked (which JWT, which `kid`); null when verified.
         *
         * @var string|null Wire name reason. Required. May be null.
         */
        public readonly ?string $reason = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            status: $data['status'] ?? null,
            reason: $data['reason'] ?? null,
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
