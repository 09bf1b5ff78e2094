// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AuditEvent;
import dev.einvoice.models.AuditEventList;
import dev.einvoice.models.AuditEventsListParams;
import java.util.List;

/**
 * Operations of the {@code audit events} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
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
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public AuditEventList list(AuditEventsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public AuditEventList list() {
    return list(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public AuditEventList list(AuditEventsListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public ApiResponse<AuditEventList> listWithResponse(AuditEventsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public ApiResponse<AuditEventList> listWithResponse() {
    return listWithResponse(AuditEventsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List security audit events
   *
   * <p>{@code GET /v1/audit-events} ({@code listAuditEvents}).
   */
  public ApiResponse<AuditEventList> listWithResponse(
      AuditEventsListParams params, RequestOptions options) {
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
  public AutoPager<AuditEvent> listAutoPaging(
      AuditEventsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          AuditEventList p = ctx.execute(req, AuditEventList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }
}
