// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AdvanceTestClockRequest;
import dev.einvoice.models.CreateTestClockRequest;
import dev.einvoice.models.DeletedTestClock;
import dev.einvoice.models.SandboxListTestClocksParams;
import dev.einvoice.models.TestClock;
import dev.einvoice.models.TestClockList;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link SandboxService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class SandboxServiceAsync {
  private final ClientContext ctx;
  private final SandboxService sync;

  public SandboxServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new SandboxService(ctx);
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<TestClockList> listTestClocks(SandboxListTestClocksParams params) {
    return listTestClocks(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<TestClockList> listTestClocks() {
    return listTestClocks(SandboxListTestClocksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<TestClockList> listTestClocks(
      SandboxListTestClocksParams params, RequestOptions options) {
    return ctx.async(() -> sync.listTestClocks(params, options));
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<ApiResponse<TestClockList>> listTestClocksWithResponse(
      SandboxListTestClocksParams params) {
    return listTestClocksWithResponse(params, RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<ApiResponse<TestClockList>> listTestClocksWithResponse() {
    return listTestClocksWithResponse(
        SandboxListTestClocksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List test clocks (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks} ({@code listTestClocks}).
   */
  public CompletableFuture<ApiResponse<TestClockList>> listTestClocksWithResponse(
      SandboxListTestClocksParams params, RequestOptions options) {
    return ctx.async(() -> sync.listTestClocksWithResponse(params, options));
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<TestClock> createTestClock(CreateTestClockRequest body) {
    return createTestClock(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<TestClock> createTestClock(
      CreateTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTestClock(body, options));
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> createTestClockWithResponse(
      CreateTestClockRequest body) {
    return createTestClockWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks} ({@code createTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> createTestClockWithResponse(
      CreateTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTestClockWithResponse(body, options));
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<TestClock> getTestClock(String testClockId) {
    return getTestClock(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<TestClock> getTestClock(String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.getTestClock(testClockId, options));
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> getTestClockWithResponse(String testClockId) {
    return getTestClockWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Retrieve a test clock (sandbox only)
   *
   * <p>{@code GET /v1/test_clocks/{test_clock_id}} ({@code getTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> getTestClockWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.getTestClockWithResponse(testClockId, options));
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<DeletedTestClock> deleteTestClock(String testClockId) {
    return deleteTestClock(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<DeletedTestClock> deleteTestClock(
      String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.deleteTestClock(testClockId, options));
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<ApiResponse<DeletedTestClock>> deleteTestClockWithResponse(
      String testClockId) {
    return deleteTestClockWithResponse(testClockId, RequestOptions.none());
  }

  /**
   * Delete a test clock (sandbox only)
   *
   * <p>{@code DELETE /v1/test_clocks/{test_clock_id}} ({@code deleteTestClock}).
   */
  public CompletableFuture<ApiResponse<DeletedTestClock>> deleteTestClockWithResponse(
      String testClockId, RequestOptions options) {
    return ctx.async(() -> sync.deleteTestClockWithResponse(testClockId, options));
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<TestClock> advanceTestClock(
      String testClockId, AdvanceTestClockRequest body) {
    return advanceTestClock(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<TestClock> advanceTestClock(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.advanceTestClock(testClockId, body, options));
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> advanceTestClockWithResponse(
      String testClockId, AdvanceTestClockRequest body) {
    return advanceTestClockWithResponse(testClockId, body, RequestOptions.none());
  }

  /**
   * Advance a test clock (sandbox only)
   *
   * <p>{@code POST /v1/test_clocks/{test_clock_id}/advance} ({@code advanceTestClock}).
   */
  public CompletableFuture<ApiResponse<TestClock>> advanceTestClockWithResponse(
      String testClockId, AdvanceTestClockRequest body, RequestOptions options) {
    return ctx.async(() -> sync.advanceTestClockWithResponse(testClockId, body, options));
  }
}
