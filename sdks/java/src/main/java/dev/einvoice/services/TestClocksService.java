// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AdvanceTestClockRequest;
import dev.einvoice.models.CreateTestClockRequest;
import dev.einvoice.models.DeletedTestClock;
import dev.einvoice.models.TestClock;
import dev.einvoice.models.TestClockList;
import dev.einvoice.models.TestClocksListParams;
import java.util.List;

/**
 * Operations of the {@code test clocks} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class TestClocksService {
  private final ClientContext ctx;

  public TestClocksService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(TestClocksListParams params) {
    return ApiRequest.builder("GET", "/v1/test_clocks")
        .operationId("listTestClocks")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public TestClockList list(TestClocksListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public TestClockList list() {
    return list(TestClocksListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public TestClockList list(TestClocksListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public ApiResponse<TestClockList> listWithResponse(TestClocksListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public ApiResponse<TestClockList> listWithResponse() {
    return listWithResponse(TestClocksListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public ApiResponse<TestClockList> listWithResponse(
      TestClocksListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), TestClockList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listTestClocks). */
  public AutoPager<TestClock> listAutoPaging(TestClocksListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listTestClocks). */
  public AutoPager<TestClock> listAutoPaging() {
    return listAutoPaging(TestClocksListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listTestClocks). */
  public AutoPager<TestClock> listAutoPaging(TestClocksListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          TestClockList p = ctx.execute(req, TestClockList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest createRequest(CreateTestClockRequest body) {
    return ApiRequest.builder("POST", "/v1/test_clocks")
        .operationId("createTestClock")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public TestClock create(CreateTestClockRequest body) {
    return create(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public TestClock create(CreateTestClockRequest body, RequestOptions options) {
    return createWithResponse(body, options).data();
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public ApiResponse<TestClock> createWithResponse(CreateTestClockRequest body) {
    return createWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public ApiResponse<TestClock> createWithResponse(
      CreateTestClockRequest body, RequestOptions options) {
    return ctx.execute(createRequest(body), TestClock.class, options);
  }

  private ApiRequest getRequest(String testClockId) {
    java.util.Objects.requireNonNull(testClockId, "test_clock_id is required");
    return ApiRequest.builder(
            "GET", "/v1/test_clocks/" + ApiRequest.pathSegment(String.valueOf(testClockId)))
        .operationId("getTestClock")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public TestClock get(String testClockId) {
    return get(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public TestClock get(String testClockId, RequestOptions options) {
    return getWithResponse(testClockId, options).data();
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public ApiResponse<TestClock> getWithResponse(String testClockId) {
    return getWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public ApiResponse<TestClock> getWithResponse(String testClockId, RequestOptions options) {
    return ctx.execute(getRequest(testClockId), TestClock.class, options);
  }

  private ApiRequest deleteRequest(String testClockId) {
    java.util.Objects.requireNonNull(testClockId, "test_clock_id is required");
    return ApiRequest.builder(
            "DELETE", "/v1/test_clocks/" + ApiRequest.pathSegment(String.valueOf(testClockId)))
        .operationId("deleteTestClock")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public DeletedTestClock delete(String testClockId) {
    return delete(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public DeletedTestClock delete(String testClockId, RequestOptions options) {
    return deleteWithResponse(testClockId, options).data();
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public ApiResponse<DeletedTestClock> deleteWithResponse(String testClockId) {
    return deleteWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public ApiResponse<DeletedTestClock> deleteWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.execute(deleteRequest(testClockId), DeletedTestClock.class, options);
  }

  private ApiRequest advanceRequest(String testClockId, AdvanceTestClockRequest body) {
    java.util.Objects.requireNonNull(testClockId, "test_clock_id is required");
    return ApiRequest.builder(
            "POST",
            "/v1/test_clocks/" + ApiRequest.pathSegment(String.valueOf(testClockId)) + "/advance")
        .operationId("advanceTestClock")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public TestClock advance(String testClockId, AdvanceTestClockRequest body) {
    return advance(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public TestClock advance(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return advanceWithResponse(testClockId, body, options).data();
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public ApiResponse<TestClock> advanceWithResponse(
      String testClockId, AdvanceTestClockRequest body) {
    return advanceWithResponse(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public ApiResponse<TestClock> advanceWithResponse(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return ctx.execute(advanceRequest(testClockId, body), TestClock.class, options);
  }
}
