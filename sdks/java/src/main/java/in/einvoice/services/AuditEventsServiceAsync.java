// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package in.einvoice.services;

import in.einvoice.core.ApiRequest;
import in.einvoice.core.ApiResponse;
import in.einvoice.core.Auth;
import in.einvoice.core.AutoPager;
import in.einvoice.core.ClientContext;
import in.einvoice.core.Page;
import in.einvoice.core.RequestOptions;
import in.einvoice.models.*;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Asynchronous twin of {{@literal @}link AuditEventsService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
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
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public CompletableFuture<AuditEventList> list(AuditEventsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public CompletableFuture<AuditEventList> list() {
    return list(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public CompletableFuture<AuditEventList> list(AuditEventsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public CompletableFuture<ApiResponse<AuditEventList>> listWithResponse(AuditEventsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public CompletableFuture<ApiResponse<AuditEventList>> listWithResponse() {
    return listWithResponse(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public CompletableFuture<ApiResponse<AuditEventList>> listWithResponse(AuditEventsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }
}
