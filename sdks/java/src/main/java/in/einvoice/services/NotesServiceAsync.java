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

/** Asynchronous twin of {{@literal @}link NotesService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
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
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public CompletableFuture<IrnDocument> generate(NoteRequest body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public CompletableFuture<IrnDocument> generate(NoteRequest body, RequestOptions options) {
    return ctx.async(() -> sync.generate(body, options));
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> generateWithResponse(NoteRequest body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> generateWithResponse(NoteRequest body, RequestOptions options) {
    return ctx.async(() -> sync.generateWithResponse(body, options));
  }
}
