// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AuditEventList;
import dev.einvoice.models.AuditEventsListParams;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link AuditEventsService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class AuditEventsServiceAsync {
  private final ClientContext ctx;
  private final AuditEventsService sync;

  public AuditEventsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new AuditEventsService(ctx);
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public CompletableFuture<AuditEventList> list(AuditEventsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public CompletableFuture<AuditEventList> list() {
    return list(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public CompletableFuture<AuditEventList> list(
      AuditEventsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public CompletableFuture<ApiResponse<AuditEventList>> listWithResponse(
      AuditEventsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public CompletableFuture<ApiResponse<AuditEventList>> listWithResponse() {
    return listWithResponse(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public CompletableFuture<ApiResponse<AuditEventList>> listWithResponse(
      AuditEventsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }
}
