// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.NoteRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link NotesService}: every call returns a {@link CompletableFuture}; {@code
 * cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class NotesServiceAsync {
  private final ClientContext ctx;
  private final NotesService sync;

  public NotesServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new NotesService(ctx);
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public CompletableFuture<IrnDocument> generate(NoteRequest body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public CompletableFuture<IrnDocument> generate(NoteRequest body, RequestOptions options) {
    return ctx.async(() -> sync.generate(body, options));
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> generateWithResponse(NoteRequest body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * <p>{@code POST /v1/notes} ({@code generateNote}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> generateWithResponse(
      NoteRequest body, RequestOptions options) {
    return ctx.async(() -> sync.generateWithResponse(body, options));
  }
}
