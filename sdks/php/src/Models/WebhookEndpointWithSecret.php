<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * An endpoint with its signing secret, shown on creation and rotation only.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class WebhookEndpointWithSecret implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'url' => 'url',
        'description' => 'description',
        'events' => 'events',
        'gstins' => 'gstins',
        'enabled' => 'enabled',
        'status' => 'status',
        'disabledReason' => 'disabled_reason',
        'disabledAt' => 'disabled_at',
        'failingSince' => 'failing_since',
        'tenant' => 'tenant',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
        'secret' => 'secret',
        'previousSecretExpiresAt' => 'previous_secret_expires_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name url. Required. */
        public readonly ?string $url = null,
        /** @var string|null Wire name description. Optional. May be null. */
        public readonly ?string $description = null,
        /** @var list<string>|null Wire name events. Required. */
        public readonly ?array $events = null,
        /** @var list<string>|null Wire name gstins. Required. */
        public readonly ?array $gstins = null,
        /** @var bool|null Wire name enabled. Required. */
        public readonly ?bool $enabled = null,
        /**
         * `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as
         * `enabled`.
         *
         * @var string|null Wire name status. Required.
         */
        public readonly ?string $status = null,
        /**
         * Why it is disabled: `manual` (through the API) or `failing` (automatically, after every
         * attempt failed for the configured period, 5 days by default). Null when enabled.
         *
         * @var string|null Wire name disabled_reason. Required. May be null.
         */
        public readonly ?string $disabledReason = null,
        /** @var string|null When it was disabled; null when enabled. Wire name disabled_at. Required. May be null. */
        public readonly ?string $disabledAt = null,
        /**
         * The first failed attempt since the last successful one; null while the endpoint is
         * healthy. It is disabled automatically when this is older than the configured period.
         *
         * @var string|null Wire name failing_since. Required. May be null.
         */
        public readonly ?string $failingSince = null,
        /**
         * Created under a tenant: receives only that tenant's events. null: a platform-level
         * endpoint, every event of the account.
         *
         * @var string|null Wire name tenant. Optional. May be null.
         */
        public readonly ?string $tenant = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        /** @var string|null Standard Webhooks secret: `whsec_` + base64 key. Wire name secret. Required. */
        public readonly ?string $secret = null,
        /**
         * Until then deliveries are also signed with the previous secret.
         *
         * @var string|null Wire name previous_secret_expires_at. Optional. May be null.
         */
        public readonly ?string $previousSecretExpiresAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            url: $data['url'] ?? null,
            description: $data['description'] ?? null,
            events: $data['events'] ?? null,
            gstins: $data['gstins'] ?? null,
            enabled: $data['enabled'] ?? null,
            status: $data['status'] ?? null,
            disabledReason: $data['disabled_reason'] ?? null,
            disabledAt: $data['disabled_at'] ?? null,
            failingSince: $data['failing_since'] ?? null,
            tenant: $data['tenant'] ?? null,
            createdAt: $data['created_at'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
            secret: $data['secret'] ?? null,
            previousSecretExpiresAt: $data['previous_secret_expires_at'] ?? null,
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
