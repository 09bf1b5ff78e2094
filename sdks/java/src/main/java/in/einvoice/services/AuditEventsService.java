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

/** Operations of the {{@literal @}code audit events} resource. Every method has an overload taking {{@literal @}link RequestOptions}. */
@SuppressWarnings("unused")
public final class AuditEventsService {
  private final ClientContext ctx;

  public AuditEventsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(AuditEventsListParams params) {
    return ApiRequest.builder("GET", "/v1/audit-events")
        .operationId("listAuditEvents")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public AuditEventList list(AuditEventsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public AuditEventList list() {
    return list(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public AuditEventList list(AuditEventsListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public ApiResponse<AuditEventList> listWithResponse(AuditEventsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public ApiResponse<AuditEventList> listWithResponse() {
    return listWithResponse(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * {{@literal @}code GET /v1/audit-events} ({{@literal @}code listAuditEvents}).
   */
  public ApiResponse<AuditEventList> listWithResponse(AuditEventsListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), AuditEventList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listAuditEvents). */
  public AutoPager<AuditEvent> listAutoPaging(AuditEventsListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listAuditEvents). */
  public AutoPager<AuditEvent> listAutoPaging() {
    return listAutoPaging(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listAuditEvents). */
  public AutoPager<AuditEvent> listAutoPaging(AuditEventsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(cursor -> {
      ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
      AuditEventList p = ctx.execute(req, AuditEventList.class, options).data();
      return new Page<>(p.data() == null ? List.of() : p.data(), Boolean.TRUE.equals(p.hasMore()), p.nextCursor());
    }, null);
  }
}
