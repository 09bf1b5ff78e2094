// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice;

import dev.einvoice.core.ClientContext;
import dev.einvoice.services.AuditEventsService;
import dev.einvoice.services.BulkJobsService;
import dev.einvoice.services.CredentialsService;
import dev.einvoice.services.DocumentsService;
import dev.einvoice.services.EwbService;
import dev.einvoice.services.GstinDetailsService;
import dev.einvoice.services.GstinsService;
import dev.einvoice.services.IrnService;
import dev.einvoice.services.LogsService;
import dev.einvoice.services.NotesService;
import dev.einvoice.services.OauthService;
import dev.einvoice.services.OnboardingService;
import dev.einvoice.services.PlatformsService;
import dev.einvoice.services.SandboxService;
import dev.einvoice.services.StatusService;
import dev.einvoice.services.TaxpayersService;
import dev.einvoice.services.TestClocksService;
import dev.einvoice.services.UsageService;
import dev.einvoice.services.WebhookDeliveriesService;
import dev.einvoice.services.WebhookEndpointsService;

/** Every resource of the API, synchronous. Extended by the hand-written {@code EinvoiceClient}. */
public abstract class EinvoiceResources {
  private final OauthService oauth;
  private final GstinsService gstins;
  private final CredentialsService credentials;
  private final AuditEventsService auditEvents;
  private final IrnService irn;
  private final BulkJobsService bulkJobs;
  private final NotesService notes;
  private final EwbService ewb;
  private final DocumentsService documents;
  private final TaxpayersService taxpayers;
  private final GstinDetailsService gstinDetails;
  private final WebhookEndpointsService webhookEndpoints;
  private final WebhookDeliveriesService webhookDeliveries;
  private final LogsService logs;
  private final UsageService usage;
  private final StatusService status;
  private final SandboxService sandbox;
  private final TestClocksService testClocks;
  private final OnboardingService onboarding;
  private final PlatformsService platforms;

  protected EinvoiceResources(ClientContext ctx) {
    this.oauth = new OauthService(ctx);
    this.gstins = new GstinsService(ctx);
    this.credentials = new CredentialsService(ctx);
    this.auditEvents = new AuditEventsService(ctx);
    this.irn = new IrnService(ctx);
    this.bulkJobs = new BulkJobsService(ctx);
    this.notes = new NotesService(ctx);
    this.ewb = new EwbService(ctx);
    this.documents = new DocumentsService(ctx);
    this.taxpayers = new TaxpayersService(ctx);
    this.gstinDetails = new GstinDetailsService(ctx);
    this.webhookEndpoints = new WebhookEndpointsService(ctx);
    this.webhookDeliveries = new WebhookDeliveriesService(ctx);
    this.logs = new LogsService(ctx);
    this.usage = new UsageService(ctx);
    this.status = new StatusService(ctx);
    this.sandbox = new SandboxService(ctx);
    this.testClocks = new TestClocksService(ctx);
    this.onboarding = new OnboardingService(ctx);
    this.platforms = new PlatformsService(ctx);
  }

  /** The {@code oauth} resource. */
  public OauthService oauth() {
    return oauth;
  }

  /** The {@code gstins} resource. */
  public GstinsService gstins() {
    return gstins;
  }

  /** The {@code credentials} resource. */
  public CredentialsService credentials() {
    return credentials;
  }

  /** The {@code audit events} resource. */
  public AuditEventsService auditEvents() {
    return auditEvents;
  }

  /** The {@code irn} resource. */
  public IrnService irn() {
    return irn;
  }

  /** The {@code bulk jobs} resource. */
  public BulkJobsService bulkJobs() {
    return bulkJobs;
  }

  /** The {@code notes} resource. */
  public NotesService notes() {
    return notes;
  }

  /** The {@code ewb} resource. */
  public EwbService ewb() {
    return ewb;
  }

  /** The {@code documents} resource. */
  public DocumentsService documents() {
    return documents;
  }

  /** The {@code taxpayers} resource. */
  public TaxpayersService taxpayers() {
    return taxpayers;
  }

  /** The {@code gstin details} resource. */
  public GstinDetailsService gstinDetails() {
    return gstinDetails;
  }

  /** The {@code webhook endpoints} resource. */
  public WebhookEndpointsService webhookEndpoints() {
    return webhookEndpoints;
  }

  /** The {@code webhook deliveries} resource. */
  public WebhookDeliveriesService webhookDeliveries() {
    return webhookDeliveries;
  }

  /** The {@code logs} resource. */
  public LogsService logs() {
    return logs;
  }

  /** The {@code usage} resource. */
  public UsageService usage() {
    return usage;
  }

  /** The {@code status} resource. */
  public StatusService status() {
    return status;
  }

  /** The {@code sandbox} resource. */
  public SandboxService sandbox() {
    return sandbox;
  }

  /** The {@code test clocks} resource. */
  public TestClocksService testClocks() {
    return testClocks;
  }

  /** The {@code onboarding} resource. */
  public OnboardingService onboarding() {
    return onboarding;
  }

  /** The {@code platforms} resource. */
  public PlatformsService platforms() {
    return platforms;
  }
}
