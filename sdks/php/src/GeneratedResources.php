<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice;

use Einvoice\Core\Context;

/** Every resource of the API as a property ($client->irn->generate(...)). Extended by the hand-written Client. */
abstract class GeneratedResources
{
    public readonly Services\OauthService $oauth;
    public readonly Services\GstinsService $gstins;
    public readonly Services\CredentialsService $credentials;
    public readonly Services\AuditEventsService $auditEvents;
    public readonly Services\IrnService $irn;
    public readonly Services\BulkJobsService $bulkJobs;
    public readonly Services\NotesService $notes;
    public readonly Services\EwbService $ewb;
    public readonly Services\DocumentsService $documents;
    public readonly Services\TaxpayersService $taxpayers;
    public readonly Services\GstinDetailsService $gstinDetails;
    public readonly Services\WebhookEndpointsService $webhookEndpoints;
    public readonly Services\WebhookDeliveriesService $webhookDeliveries;
    public readonly Services\LogsService $logs;
    public readonly Services\UsageService $usage;
    public readonly Services\StatusService $status;
    public readonly Services\SandboxService $sandbox;
    public readonly Services\TestClocksService $testClocks;
    public readonly Services\OnboardingService $onboarding;
    public readonly Services\PlatformsService $platforms;

    protected function initResources(Context $ctx): void
    {
        $this->oauth = new Services\OauthService($ctx);
        $this->gstins = new Services\GstinsService($ctx);
        $this->credentials = new Services\CredentialsService($ctx);
        $this->auditEvents = new Services\AuditEventsService($ctx);
        $this->irn = new Services\IrnService($ctx);
        $this->bulkJobs = new Services\BulkJobsService($ctx);
        $this->notes = new Services\NotesService($ctx);
        $this->ewb = new Services\EwbService($ctx);
        $this->documents = new Services\DocumentsService($ctx);
        $this->taxpayers = new Services\TaxpayersService($ctx);
        $this->gstinDetails = new Services\GstinDetailsService($ctx);
        $this->webhookEndpoints = new Services\WebhookEndpointsService($ctx);
        $this->webhookDeliveries = new Services\WebhookDeliveriesService($ctx);
        $this->logs = new Services\LogsService($ctx);
        $this->usage = new Services\UsageService($ctx);
        $this->status = new Services\StatusService($ctx);
        $this->sandbox = new Services\SandboxService($ctx);
        $this->testClocks = new Services\TestClocksService($ctx);
        $this->onboarding = new Services\OnboardingService($ctx);
        $this->platforms = new Services\PlatformsService($ctx);
    }
}
