// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AdvanceTestClockRequest;
import dev.einvoice.models.CreateTestClockRequest;
import dev.einvoice.models.DeletedTestClock;
import dev.einvoice.models.TestClock;
import dev.einvoice.models.TestClockList;
import dev.einvoice.models.TestClocksListParams;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link TestClocksService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class TestClocksServiceAsync {
  private final ClientContext ctx;
  private final TestClocksService sync;

  public TestClocksServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new TestClocksService(ctx);
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<TestClockList> list(TestClocksListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<TestClockList> list() {
    return list(TestClocksListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<TestClockList> list(
      TestClocksListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<ApiResponse<TestClockList>> listWithResponse(
      TestClocksListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<ApiResponse<TestClockList>> listWithResponse() {
    return listWithResponse(TestClocksListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<ApiResponse<TestClockList>> listWithResponse(
      TestClocksListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<TestClock> create(CreateTestClockRequest body) {
    return create(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<TestClock> create(CreateTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.create(body, options));
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> createWithResponse(CreateTestClockRequest body) {
    return createWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> createWithResponse(
      CreateTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createWithResponse(body, options));
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<TestClock> get(String testClockId) {
    return get(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<TestClock> get(String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.get(testClockId, options));
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> getWithResponse(String testClockId) {
    return getWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> getWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(testClockId, options));
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<DeletedTestClock> delete(String testClockId) {
    return delete(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<DeletedTestClock> delete(String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.delete(testClockId, options));
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<ApiResponse<DeletedTestClock>> deleteWithResponse(String testClockId) {
    return deleteWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<ApiResponse<DeletedTestClock>> deleteWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.deleteWithResponse(testClockId, options));
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<TestClock> advance(String testClockId, AdvanceTestClockRequest body) {
    return advance(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<TestClock> advance(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.advance(testClockId, body, options));
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> advanceWithResponse(
      String testClockId, AdvanceTestClockRequest body) {
    return advanceWithResponse(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> advanceWithResponse(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.advanceWithResponse(testClockId, body, options));
  }
}
