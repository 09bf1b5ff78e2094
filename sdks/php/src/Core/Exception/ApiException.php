<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

use Einvoice\Models\GstnError;

/**
 * An HTTP error answer: status, request id (X-Request-Id, else the body's request_id), headers, the parsed
 * RFC 9457 problem body (unknown members kept), its code and the GSTN error codes. ApiException::of() picks
 * the subclass by status.
 */
class ApiException extends EinvoiceException
{
    public readonly ?string $requestId;
    public readonly ?string $errorCode;
    /** @var list<GstnError> NIC's errors, typed: code, message, hint, pointer (the field concerned) */
    public readonly array $gstnErrors;

    /**
     * @param array<string, list<string>> $headers lower-case names
     * @param array<string, mixed>|null $problem
     */
    public function __construct(
        public readonly int $statusCode,
        public readonly array $headers,
        public readonly ?array $problem,
        string $message,
    ) {
        parent::__construct($message, $statusCode);
        $rid = $headers['x-request-id'][0] ?? null;
        if (($rid === null || $rid === '') && isset($problem['request_id']) && is_string($problem['request_id'])) {
            $rid = $problem['request_id'];
        }
        $this->requestId = $rid;
        // The problem's code; a token endpoint error carries RFC 6749's `error` (e.g. invalid_client) instead.
        $this->errorCode = isset($problem['code']) && is_string($problem['code'])
            ? $problem['code']
            : (isset($problem['error']) && is_string($problem['error']) ? $problem['error'] : null);
        $list = [];
        foreach (is_array($problem['gstn_errors'] ?? null) ? $problem['gstn_errors'] : [] as $e) {
            if (is_array($e)) {
                // Scalars only, as strings: a code sent as a number must not break strict typing.
                $str = static fn(mixed $v): ?string => is_scalar($v) ? (string) $v : null;
                $list[] = GstnError::fromArray([
                    'code' => $str($e['code'] ?? null),
                    'message' => $str($e['message'] ?? null),
                    'hint' => $str($e['hint'] ?? null),
                    'pointer' => $str($e['pointer'] ?? null),
                ] + $e);
            }
        }
        $this->gstnErrors = $list;
    }

    /**
     * @param array<string, list<string>> $headers
     * @param array<string, mixed>|null $problem
     */
    public static function of(int $status, array $headers, ?array $problem): self
    {
        $title = is_string($problem['title'] ?? null) ? $problem['title'] : "HTTP $status";
        $detail = is_string($problem['detail'] ?? null) ? ': ' . $problem['detail'] : '';
        $msg = "$status $title$detail";
        return match (true) {
            $status === 400 => new BadRequestException($status, $headers, $problem, $msg),
            $status === 401 => new AuthenticationException($status, $headers, $problem, $msg),
            $status === 403 => new PermissionDeniedException($status, $headers, $problem, $msg),
            $status === 404 => new NotFoundException($status, $headers, $problem, $msg),
            $status === 409 => new ConflictException($status, $headers, $problem, $msg),
            $status === 422 => new UnprocessableEntityException($status, $headers, $problem, $msg),
            $status === 429 => new RateLimitException($status, $headers, $problem, $msg),
            $status >= 500 => new InternalServerException($status, $headers, $problem, $msg),
            default => new self($status, $headers, $problem, $msg),
        };
    }

    public function contractClass(): string
    {
        return 'APIError';
    }
}
