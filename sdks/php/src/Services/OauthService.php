<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Services;

use Einvoice\Core\ApiRequest;
use Einvoice\Core\Auth;
use Einvoice\Core\AutoPager;
use Einvoice\Core\Context;
use Einvoice\Core\RequestOptions;
use Einvoice\Core\Response;
use Einvoice\Models;

/** Operations of the oauth resource. Arguments are named; every method takes an optional RequestOptions last. */
final class OauthService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function createTokenRequest(Models\TokenRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/oauth/token',
            'createToken',
            Auth::ClientBasic,
            idempotent: false,
            body: $body,
        );
    }

    /**
     * Get an access token for one GSTIN.
     *
     * OAuth 2.0 client credentials grant (RFC 6749 §4.4). Authenticate the client with HTTP Basic
     * (`client_id:client_secret`, preferred) or with `client_id` and `client_secret` form fields;
     * never in the query string. The token acts for the credential's GSTIN only, carries the
     * requested `scope` (space-separated, a subset of the credential's scopes; all of them when
     * omitted) and lives `expires_in` seconds. No refresh token is issued: request a new token
     * shortly before expiry (the SDKs do this for you). Errors are RFC 6749 §5.2 token errors:
     * `application/json` with `error` and `error_description`, plus the problem members (`type`,
     * `title`, `status`, `detail`, `request_id`) every other error carries. Each parameter may
     * appear once (§3.2): a repeated one is `invalid_request`. A token request may be signed like
     * any other (RFC 9421, see `SigningKey`); a signature that is sent is verified once the client
     * is authenticated, and a client created with `require_signatures` must sign it. A missing or
     * failing signature is 401 `invalid_client`, a signature that cannot be read 400
     * `invalid_request`; both carry `Accept-Signature` (RFC 9421 §5.1) naming what to sign.
     *
     * POST /v1/oauth/token (createToken).
     */
    public function createToken(Models\TokenRequest|array $body, ?RequestOptions $options = null): Models\TokenResponse
    {
        return $this->createTokenWithResponse($body, $options)->data;
    }

    /**
     * Get an access token for one GSTIN.
     *
     * POST /v1/oauth/token (createToken).
     *
     * Like createToken(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createTokenWithResponse(Models\TokenRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createTokenRequest($body), static fn ($d) => Models\TokenResponse::fromArray($d), $options);
    }
}
