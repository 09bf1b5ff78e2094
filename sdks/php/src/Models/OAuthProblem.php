<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * The token endpoint's error body (`application/json`, RFC 6749 §5.2): the problem members plus
 * `error` and `error_description`, so OAuth libraries and problem readers both understand it.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class OAuthProblem implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'type' => 'type',
        'title' => 'title',
        'status' => 'status',
        'detail' => 'detail',
        'instance' => 'instance',
        'requestId' => 'request_id',
        'code' => 'code',
        'errors' => 'errors',
        'gstnErrors' => 'gstn_errors',
        'upstream' => 'upstream',
        'diff' => 'diff',
        'limit' => 'limit',
        'error' => 'error',
        'errorDescription' => 'error_description',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Stable URI of the problem type; its page explains it. Wire name type. Required. */
        public readonly ?string $type = null,
        /** @var string|null Short summary, the same for every occurrence of the type. Wire name title. Required. */
        public readonly ?string $title = null,
        /** @var int|null The HTTP status code. Wire name status. Required. */
        public readonly ?int $status = null,
        /** @var string|null What went wrong this time; for humans, do not parse. Wire name detail. Optional. */
        public readonly ?string $detail = null,
        /** @var string|null The request path. Wire name instance. Optional. */
        public readonly ?string $instance = null,
        /** @var string|null Same as the `X-Request-Id` header. Wire name request_id. Required. */
        public readonly ?string $requestId = null,
        /**
         * Machine-readable problem code (`invalid_request`, `gstn_validation_failed`,
         * `idempotency_in_flight`, ...).
         *
         * @var string|null Wire name code. Optional.
         */
        public readonly ?string $code = null,
        /** @var list<FieldError>|null Field-level errors, each with a JSON pointer. Wire name errors. Optional. */
        public readonly ?array $errors = null,
        /**
         * Government-side error codes with NIC's message and a resolution hint.
         *
         * @var list<GstnError>|null Wire name gstn_errors. Optional.
         */
        public readonly ?array $gstnErrors = null,
        /** @var UpstreamFault|null Wire name upstream. Optional. */
        public readonly ?UpstreamFault $upstream = null,
        /**
         * For a duplicate document with different content, the fields that differ.
         *
         * @var list<OAuthProblemDiffItem>|null Wire name diff. Optional.
         */
        public readonly ?array $diff = null,
        /** @var int|null The limit that was exceeded (413). Wire name limit. Optional. */
        public readonly ?int $limit = null,
        /** @var string|null Wire name error. Required. */
        public readonly ?string $error = null,
        /** @var string|null Wire name error_description. Optional. */
        public readonly ?string $errorDescription = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            type: $data['type'] ?? null,
            title: $data['title'] ?? null,
            status: $data['status'] ?? null,
            detail: $data['detail'] ?? null,
            instance: $data['instance'] ?? null,
            requestId: $data['request_id'] ?? null,
            code: $data['code'] ?? null,
            errors: isset($data['errors']) ? array_map(static fn ($x0) => FieldError::fromArray($x0), $data['errors']) : null,
            gstnErrors: isset($data['gstn_errors']) ? array_map(static fn ($x0) => GstnError::fromArray($x0), $data['gstn_errors']) : null,
            upstream: isset($data['upstream']) ? UpstreamFault::fromArray($data['upstream']) : null,
            diff: isset($data['diff']) ? array_map(static fn ($x0) => OAuthProblemDiffItem::fromArray($x0), $data['diff']) : null,
            limit: $data['limit'] ?? null,
            error: $data['error'] ?? null,
            errorDescription: $data['error_description'] ?? null,
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
