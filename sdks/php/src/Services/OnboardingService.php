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

/** Operations of the onboarding resource. Arguments are named; every method takes an optional RequestOptions last. */
final class OnboardingService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listOnboardingLinksRequest(?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/onboarding-links',
            'listOnboardingLinks',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List onboarding links.
     *
     * The account's onboarding links, newest first, a page at a time (pass `next_cursor` as
     * `starting_after`). Never with their `url`.
     *
     * GET /v1/onboarding-links (listOnboardingLinks).
     */
    public function listOnboardingLinks(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\OnboardingLinkList
    {
        return $this->listOnboardingLinksWithResponse($limit, $startingAfter, $options)->data;
    }

    /**
     * List onboarding links.
     *
     * GET /v1/onboarding-links (listOnboardingLinks).
     *
     * Like listOnboardingLinks(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listOnboardingLinksWithResponse(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listOnboardingLinksRequest($limit, $startingAfter), static fn ($d) => Models\OnboardingLinkList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listOnboardingLinks). */
    public function listOnboardingLinksAutoPaging(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listOnboardingLinksRequest($limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\OnboardingLinkList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function createOnboardingLinkRequest(Models\CreateOnboardingLinkRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/onboarding-links',
            'createOnboardingLink',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Create a hosted onboarding link.
     *
     * Creates a one-time, expiring link (`url`, served by this server) for a GSTIN, for a platform
     * to send to the business that owns it. The business opens it, sees the GSTIN and your
     * account's name, and enters its IRP API user name and password there. They are checked
     * against the IRP exactly as `registerGstin` checks them: a GSTIN not yet registered under the
     * account is then registered, a registered one gets the new IRP user (as `updateGstin` would
     * set it). You never see the password: follow the link's `status` (`pending`, `connected`,
     * `failed` after 5 refused attempts, `expired`, `revoked`) and, after a refusal, `failure`
     * with NIC's code (1019 Incorrect Password, 1017 Invalid user name).
     *
     * The token in `url` is 32 random bytes, shown only in this answer (only a hash is stored),
     * usable once, until `expires_at` (`expires_in_seconds`, 300 to 604800, default 86400).
     * Unknown, expired, revoked and used tokens all get the same page. Creating a link for a GSTIN
     * revokes its older pending links (audit events `onboarding_link.created` and
     * `onboarding_link.revoked`).
     *
     * POST /v1/onboarding-links (createOnboardingLink).
     */
    public function createOnboardingLink(Models\CreateOnboardingLinkRequest|array $body, ?RequestOptions $options = null): Models\OnboardingLink
    {
        return $this->createOnboardingLinkWithResponse($body, $options)->data;
    }

    /**
     * Create a hosted onboarding link.
     *
     * POST /v1/onboarding-links (createOnboardingLink).
     *
     * Like createOnboardingLink(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createOnboardingLinkWithResponse(Models\CreateOnboardingLinkRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createOnboardingLinkRequest($body), static fn ($d) => Models\OnboardingLink::fromArray($d), $options);
    }

    private function getOnboardingLinkRequest(string $linkId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/onboarding-links/' . ApiRequest::segment($linkId),
            'getOnboardingLink',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Retrieve an onboarding link.
     *
     * One onboarding link of the account (without its `url`). Another account's link answers 404.
     *
     * GET /v1/onboarding-links/{link_id} (getOnboardingLink).
     */
    public function getOnboardingLink(string $linkId, ?RequestOptions $options = null): Models\OnboardingLink
    {
        return $this->getOnboardingLinkWithResponse($linkId, $options)->data;
    }

    /**
     * Retrieve an onboarding link.
     *
     * GET /v1/onboarding-links/{link_id} (getOnboardingLink).
     *
     * Like getOnboardingLink(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getOnboardingLinkWithResponse(string $linkId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getOnboardingLinkRequest($linkId), static fn ($d) => Models\OnboardingLink::fromArray($d), $options);
    }

    private function revokeOnboardingLinkRequest(string $linkId): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/onboarding-links/' . ApiRequest::segment($linkId) . '/revoke',
            'revokeOnboardingLink',
            Auth::Account,
            idempotent: true,
        );
    }

    /**
     * Revoke an onboarding link.
     *
     * Revokes a pending link: its page answers like an unknown link from now on. Revoking a
     * revoked link answers it again; a connected, failed or expired link is 409
     * `onboarding_link_not_pending`. Audit-logged as `onboarding_link.revoked`. To onboard the
     * GSTIN again, create a new link.
     *
     * POST /v1/onboarding-links/{link_id}/revoke (revokeOnboardingLink).
     */
    public function revokeOnboardingLink(string $linkId, ?RequestOptions $options = null): Models\OnboardingLink
    {
        return $this->revokeOnboardingLinkWithResponse($linkId, $options)->data;
    }

    /**
     * Revoke an onboarding link.
     *
     * POST /v1/onboarding-links/{link_id}/revoke (revokeOnboardingLink).
     *
     * Like revokeOnboardingLink(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function revokeOnboardingLinkWithResponse(string $linkId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->revokeOnboardingLinkRequest($linkId), static fn ($d) => Models\OnboardingLink::fromArray($d), $options);
    }
}
