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

/** Operations of the ewb resource. Arguments are named; every method takes an optional RequestOptions last. */
final class EwbService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function generateRequest(Models\GenerateEwbRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb',
            'generateEwb',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Generate an e-way bill from an IRN.
     *
     * NIC's Generate E-way Bill by IRN. Goods only (a services-only invoice gives 4009; notes give
     * 4010). `Distance` 0 lets the IRP compute it from the PINs (reported in `Remarks`); a
     * distance above 110 % of the PIN-to-PIN distance gives 4013. Road (`TransMode` 1) needs
     * `VehNo` and `VehType`; rail, air and ship need `TransDocNo` and `TransDocDt`. With only
     * `TransId` you get Part-A: `EwbValidTill` stays null until a vehicle is added with
     * `updateEwbVehicle`. Validity: one day per 200 km (20 km for over-dimensional cargo,
     * `VehType` `O`), each day ending 23:59 IST.
     *
     * POST /v1/ewb (generateEwb).
     */
    public function generate(Models\GenerateEwbRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->generateWithResponse($body, $options)->data;
    }

    /**
     * Generate an e-way bill from an IRN.
     *
     * POST /v1/ewb (generateEwb).
     *
     * Like generate(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function generateWithResponse(Models\GenerateEwbRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->generateRequest($body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function getRequest(int $ewbNo): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/ewb/' . ApiRequest::segment($ewbNo),
            'getEwb',
            Auth::Gstin,
            idempotent: false,
        );
    }

    /**
     * Get an e-way bill.
     *
     * Returns the e-way bill with its current validity and vehicle history, from einvoice's
     * archive. An e-way bill of another GSTIN answers 404.
     *
     * GET /v1/ewb/{ewb_no} (getEwb).
     */
    public function get(int $ewbNo, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->getWithResponse($ewbNo, $options)->data;
    }

    /**
     * Get an e-way bill.
     *
     * GET /v1/ewb/{ewb_no} (getEwb).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(int $ewbNo, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($ewbNo), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function updateVehicleRequest(int $ewbNo, Models\UpdateEwbVehicleRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb/' . ApiRequest::segment($ewbNo) . '/vehicle',
            'updateEwbVehicle',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Update Part-B (vehicle or transport document).
     *
     * NIC `VEHEWB`. Adds or changes the vehicle (road) or transport document (rail, air, ship).
     * The first Part-B entry of a Part-A e-way bill starts its validity. Reasons: `1` breakdown,
     * `2` transshipment, `3` others (explain in `reasonRem`), `4` first time.
     *
     * If the IRP's answer is lost (503), the change may still have taken effect. einvoice never
     * sends it blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's
     * GetEwayBill) and answers with the change if it is there; with no retry, the reconciler asks
     * and records it, with one `ewb.vehicle_updated` webhook. `unresolved` in `GET /v1/status`
     * counts such changes until they are settled. While an attempt of the same kind of change to
     * this e-way bill may still be reaching the IRP (up to a second after a lost answer), another
     * answers 409 `ewb-change-in-flight`: retry shortly.
     *
     * POST /v1/ewb/{ewb_no}/vehicle (updateEwbVehicle).
     */
    public function updateVehicle(int $ewbNo, Models\UpdateEwbVehicleRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->updateVehicleWithResponse($ewbNo, $body, $options)->data;
    }

    /**
     * Update Part-B (vehicle or transport document).
     *
     * POST /v1/ewb/{ewb_no}/vehicle (updateEwbVehicle).
     *
     * Like updateVehicle(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function updateVehicleWithResponse(int $ewbNo, Models\UpdateEwbVehicleRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->updateVehicleRequest($ewbNo, $body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function extendRequest(int $ewbNo, Models\ExtendEwbRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb/' . ApiRequest::segment($ewbNo) . '/extend',
            'extendEwb',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Extend an e-way bill's validity.
     *
     * NIC `EXTENDVALIDITY`. Allowed from 8 hours before to 8 hours after expiry (382 otherwise),
     * up to 360 days after generation (821). Reasons: `1` natural calamity, `2` law and order, `4`
     * transshipment, `5` accident, `99` others. Give the remaining distance; the new validity is
     * computed from it like a new e-way bill.
     *
     * If the IRP's answer is lost (503), the change may still have taken effect. einvoice never
     * sends it blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's
     * GetEwayBill) and answers with the change if it is there; with no retry, the reconciler asks
     * and records it, with one `ewb.extended` webhook. `unresolved` in `GET /v1/status` counts
     * such changes until they are settled. While an attempt of the same kind of change to this
     * e-way bill may still be reaching the IRP (up to a second after a lost answer), another
     * answers 409 `ewb-change-in-flight`: retry shortly.
     *
     * POST /v1/ewb/{ewb_no}/extend (extendEwb).
     */
    public function extend(int $ewbNo, Models\ExtendEwbRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->extendWithResponse($ewbNo, $body, $options)->data;
    }

    /**
     * Extend an e-way bill's validity.
     *
     * POST /v1/ewb/{ewb_no}/extend (extendEwb).
     *
     * Like extend(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function extendWithResponse(int $ewbNo, Models\ExtendEwbRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->extendRequest($ewbNo, $body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function cancelRequest(int $ewbNo, Models\CancelEwbRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb/' . ApiRequest::segment($ewbNo) . '/cancel',
            'cancelEwb',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Cancel an e-way bill.
     *
     * NIC `CANEWB`. Allowed within 24 hours of generation (315/728 otherwise) and before the
     * recipient verifies it. Reasons (note they differ from IRN cancel reasons): `1` duplicate,
     * `2` order cancelled, `3` data entry mistake, `4` others. Cancel the e-way bill before
     * cancelling its IRN.
     *
     * If the IRP's answer is lost (503), the change may still have taken effect. einvoice never
     * sends it blindly again: a retry with the same Idempotency-Key first asks the IRP (NIC's
     * GetEwayBill) and answers with the change if it is there; with no retry, the reconciler asks
     * and records it, with one `ewb.cancelled` webhook. `unresolved` in `GET /v1/status` counts
     * such changes until they are settled. While an attempt of the same kind of change to this
     * e-way bill may still be reaching the IRP (up to a second after a lost answer), another
     * answers 409 `ewb-change-in-flight`: retry shortly.
     *
     * POST /v1/ewb/{ewb_no}/cancel (cancelEwb).
     */
    public function cancel(int $ewbNo, Models\CancelEwbRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->cancelWithResponse($ewbNo, $body, $options)->data;
    }

    /**
     * Cancel an e-way bill.
     *
     * POST /v1/ewb/{ewb_no}/cancel (cancelEwb).
     *
     * Like cancel(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function cancelWithResponse(int $ewbNo, Models\CancelEwbRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->cancelRequest($ewbNo, $body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }
}
