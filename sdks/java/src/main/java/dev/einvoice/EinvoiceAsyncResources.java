// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice;

import dev.einvoice.core.ClientContext;
import dev.einvoice.services.AuditEventsServiceAsync;
import dev.einvoice.services.BulkJobsServiceAsync;
import dev.einvoice.services.CredentialsServiceAsync;
import dev.einvoice.services.DocumentsServiceAsync;
import dev.einvoice.services.EwbServiceAsync;
import dev.einvoice.services.GstinDetailsServiceAsync;
import dev.einvoice.services.GstinsServiceAsync;
import dev.einvoice.services.IrnServiceAsync;
import dev.einvoice.services.LogsServiceAsync;
import dev.einvoice.services.NotesServiceAsync;
import dev.einvoice.services.OauthServiceAsync;
import dev.einvoice.services.OnboardingServiceAsync;
import dev.einvoice.services.PlatformsServiceAsync;
import dev.einvoice.services.SandboxServiceAsync;
import dev.einvoice.services.StatusServiceAsync;
import dev.einvoice.services.TaxpayersServiceAsync;
import dev.einvoice.services.TestClocksServiceAsync;
import dev.einvoice.services.UsageServiceAsync;
import dev.einvoice.services.WebhookDeliveriesServiceAsync;
import dev.einvoice.services.WebhookEndpointsServiceAsync;

/**
 * Every resource of the API, asynchronous. Extended by the hand-written {@code
 * EinvoiceClientAsync}.
 */
public abstract class EinvoiceAsyncResources {
  private final OauthServiceAsync oauth;
  private final GstinsServiceAsync gstins;
  private final CredentialsServiceAsync credentials;
  private final AuditEventsServiceAsync auditEvents;
  private final IrnServiceAsync irn;
  private final BulkJobsServiceAsync bulkJobs;
  private final NotesServiceAsync notes;
  private final EwbServiceAsync ewb;
  private final DocumentsServiceAsync documents;
  private final TaxpayersServiceAsync taxpayers;
  private final GstinDetailsServiceAsync gstinDetails;
  private final WebhookEndpointsServiceAsync webhookEndpoints;
  private final WebhookDeliveriesServiceAsync webhookDeliveries;
  private final LogsServiceAsync logs;
  private final UsageServiceAsync usage;
  private final StatusServiceAsync status;
  private final SandboxServiceAsync sandbox;
  private final TestClocksServiceAsync testClocks;
  private final OnboardingServiceAsync onboarding;
  private final PlatformsServiceAsync platforms;

  protected EinvoiceAsyncResources(ClientContext ctx) {
    this.oauth = new OauthServiceAsync(ctx);
    this.gstins = new GstinsServiceAsync(ctx);
    this.credentials = new CredentialsServiceAsync(ctx);
    this.auditEvents = new AuditEventsServiceAsync(ctx);
    this.irn = new IrnServiceAsync(ctx);
    this.bulkJobs = new BulkJobsServiceAsync(ctx);
    this.notes = new NotesServiceAsync(ctx);
    this.ewb = new EwbServiceAsync(ctx);
    this.documents = new DocumentsServiceAsync(ctx);
    this.taxpayers = new TaxpayersServiceAsync(ctx);
    this.gstinDetails = new GstinDetailsServiceAsync(ctx);
    this.webhookEndpoints = new WebhookEndpointsServiceAsync(ctx);
    this.webhookDeliveries = new WebhookDeliveriesServiceAsync(ctx);
    this.logs = new LogsServiceAsync(ctx);
    this.usage = new UsageServiceAsync(ctx);
    this.status = new StatusServiceAsync(ctx);
    this.sandbox = new SandboxServiceAsync(ctx);
    this.testClocks = new TestClocksServiceAsync(ctx);
    this.onboarding = new OnboardingServiceAsync(ctx);
    this.platforms = new PlatformsServiceAsync(ctx);
  }

  /** The {@code oauth} resource. */
  public OauthServiceAsync oauth() {
    return oauth;
  }

  /** The {@code gstins} resource. */
  public GstinsServiceAsync gstins() {
    return gstins;
  }

  /** The {@code credentials} resource. */
  public CredentialsServiceAsync credentials() {
    return credentials;
  }

  /** The {@code audit events} resource. */
  public AuditEventsServiceAsync auditEvents() {
    return auditEvents;
  }

  /** The {@code irn} resource. */
  public IrnServiceAsync irn() {
    return irn;
  }

  /** The {@code bulk jobs} resource. */
  public BulkJobsServiceAsync bulkJobs() {
    return bulkJobs;
  }

  /** The {@code notes} resource. */
  public NotesServiceAsync notes() {
    return notes;
  }

  /** The {@code ewb} resource. */
  public EwbServiceAsync ewb() {
    return ewb;
  }

  /** The {@code documents} resource. */
  public DocumentsServiceAsync documents() {
    return documents;
  }

  /** The {@code taxpayers} resource. */
  public TaxpayersServiceAsync taxpayers() {
    return taxpayers;
  }

  /** The {@code gstin details} resource. */
  public GstinDetailsServiceAsync gstinDetails() {
    return gstinDetails;
  }

  /** The {@code webhook endpoints} resource. */
  public WebhookEndpointsServiceAsync webhookEndpoints() {
    return webhookEndpoints;
  }

  /** The {@code webhook deliveries} resource. */
  public WebhookDeliveriesServiceAsync webhookDeliveries() {
    return webhookDeliveries;
  }

  /** The {@code logs} resource. */
  public LogsServiceAsync logs() {
    return logs;
  }

  /** The {@code usage} resource. */
  public UsageServiceAsync usage() {
    return usage;
  }

  /** The {@code status} resource. */
  public StatusServiceAsync status() {
    return status;
  }

  /** The {@code sandbox} resource. */
  public SandboxServiceAsync sandbox() {
    return sandbox;
  }

  /** The {@code test clocks} resource. */
  public TestClocksServiceAsync testClocks() {
    return testClocks;
  }

  /** The {@code onboarding} resource. */
  public OnboardingServiceAsync onboarding() {
    return onboarding;
  }

  /** The {@code platforms} resource. */
  public PlatformsServiceAsync platforms() {
    return platforms;
  }
}
