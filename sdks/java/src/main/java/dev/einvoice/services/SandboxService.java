// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AdvanceTestClockRequest;
import dev.einvoice.models.CreateTestClockRequest;
import dev.einvoice.models.DeletedTestClock;
import dev.einvoice.models.SandboxListTestClocksParams;
import dev.einvoice.models.TestClock;
import dev.einvoice.models.TestClockList;

/**
 * Operations of the {@code sandbox} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class SandboxService {
  private final ClientContext ctx;

  public SandboxService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listTestClocksRequest(SandboxListTestClocksParams params) {
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
  public TestClockList listTestClocks(SandboxListTestClocksParams params) {
    return listTestClocks(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public TestClockList listTestClocks() {
    return listTestClocks(SandboxListTestClocksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public TestClockList listTestClocks(SandboxListTestClocksParams params, RequestOptions options) {
    return listTestClocksWithResponse(params, options).data();
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public ApiResponse<TestClockList> listTestClocksWithResponse(SandboxListTestClocksParams params) {
    return listTestClocksWithResponse(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public ApiResponse<TestClockList> listTestClocksWithResponse() {
    return listTestClocksWithResponse(
        SandboxListTestClocksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public ApiResponse<TestClockList> listTestClocksWithResponse(
      SandboxListTestClocksParams params, RequestOptions options) {
    return ctx.execute(listTestClocksRequest(params), TestClockList.class, options);
  }

  private ApiRequest createTestClockRequest(CreateTestClockRequest body) {
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
  public TestClock createTestClock(CreateTestClockRequest body) {
    return createTestClock(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public TestClock createTestClock(CreateTestClockRequest body, RequestOptions options) {
    return createTestClockWithResponse(body, options).data();
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public ApiResponse<TestClock> createTestClockWithResponse(CreateTestClockRequest body) {
    return createTestClockWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public ApiResponse<TestClock> createTestClockWithResponse(
      CreateTestClockRequest body, RequestOptions options) {
    return ctx.execute(createTestClockRequest(body), TestClock.class, options);
  }

  private ApiRequest getTestClockRequest(String testClockId) {
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
  public TestClock getTestClock(String testClockId) {
    return getTestClock(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public TestClock getTestClock(String testClockId, RequestOptions options) {
    return getTestClockWithResponse(testClockId, options).data();
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public ApiResponse<TestClock> getTestClockWithResponse(String testClockId) {
    return getTestClockWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public ApiResponse<TestClock> getTestClockWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.execute(getTestClockRequest(testClockId), TestClock.class, options);
  }

  private ApiRequest deleteTestClockRequest(String testClockId) {
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
  public DeletedTestClock deleteTestClock(String testClockId) {
    return deleteTestClock(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public DeletedTestClock deleteTestClock(String testClockId, RequestOptions options) {
    return deleteTestClockWithResponse(testClockId, options).data();
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public ApiResponse<DeletedTestClock> deleteTestClockWithResponse(String testClockId) {
    return deleteTestClockWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public ApiResponse<DeletedTestClock> deleteTestClockWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.execute(deleteTestClockRequest(testClockId), DeletedTestClock.class, options);
  }

  private ApiRequest advanceTestClockRequest(String testClockId, AdvanceTestClockRequest body) {
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
  public TestClock advanceTestClock(String testClockId, AdvanceTestClockRequest body) {
    return advanceTestClock(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public TestClock advanceTestClock(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return advanceTestClockWithResponse(testClockId, body, options).data();
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public ApiResponse<TestClock> advanceTestClockWithResponse(
      String testClockId, AdvanceTestClockRequest body) {
    return advanceTestClockWithResponse(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public ApiResponse<TestClock> advanceTestClockWithResponse(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return ctx.execute(advanceTestClockRequest(testClockId, body), TestClock.class, options);
  }
}
