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

/** Operations of the gstins resource. Arguments are named; every method takes an optional RequestOptions last. */
final class GstinsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/gstins',
            'listGstins',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List registered GSTINs.
     *
     * Lists the account's GSTINs, newest first, with cursor pagination (pass `next_cursor` as
     * `starting_after`).
     *
     * GET /v1/gstins (listGstins).
     */
    public function list(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\GstinList
    {
        return $this->listWithResponse($limit, $startingAfter, $options)->data;
    }

    /**
     * List registered GSTINs.
     *
     * GET /v1/gstins (listGstins).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($limit, $startingAfter), static fn ($d) => Models\GstinList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listGstins). */
    public function listAutoPaging(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\GstinList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function registerRequest(Models\RegisterGstinRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/gstins',
            'registerGstin',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Register a GSTIN.
     *
     * Registers a GSTIN under the account with the IRP API user the taxpayer created on the
     * e-invoice portal. The IRP password is encrypted at rest and never returned. The environment
     * (sandbox or production) is the account key's. In the sandbox any GSTIN with a valid check
     * digit is accepted; in production the GSTIN must be active on the IRP.
     *
     * The user name and password are checked against the IRP before anything is stored: wrong ones
     * are refused at once with 422 `irp_credentials_rejected` and NIC's code in `gstn_errors`
     * (1019 Incorrect Password, 1017 Invalid user name), not accepted now and failed at the first
     * document. A pair too long for NIC's login block (more than 66 characters together) is 422
     * `irp_login_too_long` without asking the IRP. The sandbox IRP accepts any user name with the
     * password `sandbox`. When no IRP can be asked (outage), 503: retry later. A GSTIN deleted
     * earlier (`deleteGstin`) can be registered again; its documents become readable again.
     *
     * POST /v1/gstins (registerGstin).
     */
    public function register(Models\RegisterGstinRequest|array $body, ?RequestOptions $options = null): Models\Gstin
    {
        return $this->registerWithResponse($body, $options)->data;
    }

    /**
     * Register a GSTIN.
     *
     * POST /v1/gstins (registerGstin).
     *
     * Like register(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function registerWithResponse(Models\RegisterGstinRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->registerRequest($body), static fn ($d) => Models\Gstin::fromArray($d), $options);
    }

    private function getRequest(string $gstin): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/gstins/' . ApiRequest::segment($gstin),
            'getGstin',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Get a registered GSTIN.
     *
     * Returns one GSTIN of the account. A GSTIN registered under another account answers 404,
     * never its data.
     *
     * GET /v1/gstins/{gstin} (getGstin).
     */
    public function get(string $gstin, ?RequestOptions $options = null): Models\Gstin
    {
        return $this->getWithResponse($gstin, $options)->data;
    }

    /**
     * Get a registered GSTIN.
     *
     * GET /v1/gstins/{gstin} (getGstin).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $gstin, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($gstin), static fn ($d) => Models\Gstin::fromArray($d), $options);
    }

    private function deleteRequest(string $gstin): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/gstins/' . ApiRequest::segment($gstin),
            'deleteGstin',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Delete a registered GSTIN.
     *
     * Removes the GSTIN from the account: every OAuth credential of it is revoked at once (their
     * access tokens stop working), its IRP password is erased, and it no longer appears in
     * `listGstins`. Its documents, e-way bills and request logs stay in the archive (GST law keeps
     * them for years); register the GSTIN again and a new credential reads them. Audit-logged as
     * `gstin.deleted`. Deleting a GSTIN that is not registered (or already deleted) answers 404.
     *
     * DELETE /v1/gstins/{gstin} (deleteGstin).
     */
    public function delete(string $gstin, ?RequestOptions $options = null): Models\DeletedGstin
    {
        return $this->deleteWithResponse($gstin, $options)->data;
    }

    /**
     * Delete a registered GSTIN.
     *
     * DELETE /v1/gstins/{gstin} (deleteGstin).
     *
     * Like delete(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function deleteWithResponse(string $gstin, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->deleteRequest($gstin), static fn ($d) => Models\DeletedGstin::fromArray($d), $options);
    }

    private function updateRequest(string $gstin, Models\UpdateGstinRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'PATCH',
            '/v1/gstins/' . ApiRequest::segment($gstin),
            'updateGstin',
            Auth::Account,
            idempotent: false,
            body: $body,
        );
    }

    /**
     * Update a registered GSTIN.
     *
     * Changes the IRP user (`irp_username`, `irp_password`), the description or the large-taxpayer
     * flag of a GSTIN of the account; members left out keep their values. A new user name or
     * password is checked against the IRP first, exactly as at registration: wrong ones answer 422
     * `irp_credentials_rejected` with NIC's code and leave the stored credentials unchanged.
     * Credentials and documents of the GSTIN are untouched. Audit-logged as `gstin.updated` (the
     * password itself is never logged).
     *
     * PATCH /v1/gstins/{gstin} (updateGstin).
     */
    public function update(string $gstin, Models\UpdateGstinRequest|array $body, ?RequestOptions $options = null): Models\Gstin
    {
        return $this->updateWithResponse($gstin, $body, $options)->data;
    }

    /**
     * Update a registered GSTIN.
     *
     * PATCH /v1/gstins/{gstin} (updateGstin).
     *
     * Like update(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function updateWithResponse(string $gstin, Models\UpdateGstinRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->updateRequest($gstin, $body), static fn ($d) => Models\Gstin::fromArray($d), $options);
    }

    private function listGspRoutesRequest(string $gstin): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/gstins/' . ApiRequest::segment($gstin) . '/gsp-routes',
            'listGstinGspRoutes',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * List a GSTIN's API users per GSP route.
     *
     * The API users this GSTIN has of its own on GSP routes (NIC creates e-invoice API users per
     * GSP, and the e-way bill system has its own). A route without an entry uses the GSTIN's
     * registered IRP user. When a route refused an entry's login on a document's call, `status` is
     * `refused` with the reason: that route is unusable for the GSTIN (calls fail over to the
     * other routes; no document is rejected for it) until the users are replaced with
     * `putGstinGspRoute`. Passwords are never returned.
     *
     * GET /v1/gstins/{gstin}/gsp-routes (listGstinGspRoutes).
     */
    public function listGspRoutes(string $gstin, ?RequestOptions $options = null): Models\GspRouteUserList
    {
        return $this->listGspRoutesWithResponse($gstin, $options)->data;
    }

    /**
     * List a GSTIN's API users per GSP route.
     *
     * GET /v1/gstins/{gstin}/gsp-routes (listGstinGspRoutes).
     *
     * Like listGspRoutes(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listGspRoutesWithResponse(string $gstin, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listGspRoutesRequest($gstin), static fn ($d) => Models\GspRouteUserList::fromArray($d), $options);
    }

    private function setGspRouteRequest(string $gstin, string $route, Models\PutGspRouteUserRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'PUT',
            '/v1/gstins/' . ApiRequest::segment($gstin) . '/gsp-routes/' . ApiRequest::segment($route),
            'putGstinGspRoute',
            Auth::Account,
            idempotent: false,
            body: $body,
        );
    }

    /**
     * Set a GSTIN's API users on one GSP route.
     *
     * Sets the e-invoice API user this GSTIN uses on one GSP route (created on the e-invoice
     * portal for that GSP) and, optionally, its e-way bill system user (both `ewb_username` and
     * `ewb_password`, or neither: then the e-invoice user is used there too). The e-invoice user
     * is checked on that route first, as at registration: a refusal answers 422
     * `irp_credentials_rejected` with NIC's code and nothing is stored. Passwords are encrypted at
     * rest and never returned. Replaces an earlier entry and clears a recorded refusal.
     * Audit-logged as `gstin.updated` (with the route's name, never the passwords).
     *
     * PUT /v1/gstins/{gstin}/gsp-routes/{route} (putGstinGspRoute).
     */
    public function setGspRoute(string $gstin, string $route, Models\PutGspRouteUserRequest|array $body, ?RequestOptions $options = null): Models\GspRouteUser
    {
        return $this->setGspRouteWithResponse($gstin, $route, $body, $options)->data;
    }

    /**
     * Set a GSTIN's API users on one GSP route.
     *
     * PUT /v1/gstins/{gstin}/gsp-routes/{route} (putGstinGspRoute).
     *
     * Like setGspRoute(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function setGspRouteWithResponse(string $gstin, string $route, Models\PutGspRouteUserRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->setGspRouteRequest($gstin, $route, $body), static fn ($d) => Models\GspRouteUser::fromArray($d), $options);
    }

    private function deleteGspRouteRequest(string $gstin, string $route): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/gstins/' . ApiRequest::segment($gstin) . '/gsp-routes/' . ApiRequest::segment($route),
            'deleteGstinGspRoute',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Remove a GSTIN's API users from one GSP route.
     *
     * The route uses the GSTIN's registered IRP user again; the stored passwords are erased. 404
     * when the GSTIN has no entry for the route.
     *
     * DELETE /v1/gstins/{gstin}/gsp-routes/{route} (deleteGstinGspRoute).
     */
    public function deleteGspRoute(string $gstin, string $route, ?RequestOptions $options = null): Models\DeletedGspRouteUser
    {
        return $this->deleteGspRouteWithResponse($gstin, $route, $options)->data;
    }

    /**
     * Remove a GSTIN's API users from one GSP route.
     *
     * DELETE /v1/gstins/{gstin}/gsp-routes/{route} (deleteGstinGspRoute).
     *
     * Like deleteGspRoute(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function deleteGspRouteWithResponse(string $gstin, string $route, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->deleteGspRouteRequest($gstin, $route), static fn ($d) => Models\DeletedGspRouteUser::fromArray($d), $options);
    }
}
