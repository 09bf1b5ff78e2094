<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class OnboardingLink implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'gstin' => 'gstin',
        'tenant' => 'tenant',
        'description' => 'description',
        'url' => 'url',
        'status' => 'status',
        'failure' => 'failure',
        'failedAttempts' => 'failed_attempts',
        'expiresAt' => 'expires_at',
        'connectedAt' => 'connected_at',
        'revokedAt' => 'revoked_at',
        'createdAt' => 'created_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /**
         * The tenant the GSTIN belongs to; null for the account itself.
         *
         * @var string|null Wire name tenant. Required. May be null.
         */
        public readonly ?string $tenant = null,
        /** @var string|null Wire name description. Required. May be null. */
        public readonly ?string $description = null,
        /**
         * The page to send to the business, with the one-time token in it. Only in the answer to
         * `createOnboardingLink`.
         *
         * @var string|null Wire name url. Optional.
         */
        public readonly ?string $url = null,
        /**
         * `pending`: usable (`failure` holds the IRP's last refusal, if any). `connected`: the IRP
         * accepted the user and it is stored (the link is spent). `failed`: 5 attempts were
         * refused. `expired`: not used before `expires_at`. `revoked`: by `revokeOnboardingLink`,
         * or replaced by a newer link for the GSTIN.
         *
         * @var string|null Wire name status. Required.
         */
        public readonly ?string $status = null,
        /**
         * The IRP's last refusal of a user name or password entered on the page (never the
         * password).
         *
         * @var OnboardingFailure|null Wire name failure. Required. May be null.
         */
        public readonly ?OnboardingFailure $failure = null,
        /**
         * Refused attempts so far (the 5th turns the link `failed`).
         *
         * @var int|null Wire name failed_attempts. Required.
         */
        public readonly ?int $failedAttempts = null,
        /** @var string|null Wire name expires_at. Required. */
        public readonly ?string $expiresAt = null,
        /** @var string|null Wire name connected_at. Required. May be null. */
        public readonly ?string $connectedAt = null,
        /** @var string|null Wire name revoked_at. Required. May be null. */
        public readonly ?string $revokedAt = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            gstin: $data['gstin'] ?? null,
            tenant: $data['tenant'] ?? null,
            description: $data['description'] ?? null,
            url: $data['url'] ?? null,
            status: $data['status'] ?? null,
            failure: isset($data['failure']) ? OnboardingFailure::fromArray($data['failure']) : null,
            failedAttempts: $data['failed_attempts'] ?? null,
            expiresAt: $data['expires_at'] ?? null,
            connectedAt: $data['connected_at'] ?? null,
            revokedAt: $data['revoked_at'] ?? null,
            createdAt: $data['created_at'] ?? null,
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
