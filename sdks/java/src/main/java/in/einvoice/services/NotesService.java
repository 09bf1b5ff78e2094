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

/** Operations of the {{@literal @}code notes} resource. Every method has an overload taking {{@literal @}link RequestOptions}. */
@SuppressWarnings("unused")
public final class NotesService {
  private final ClientContext ctx;

  public NotesService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest generateRequest(NoteRequest body) {
    return ApiRequest.builder("POST", "/v1/notes")
        .operationId("generateNote")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public IrnDocument generate(NoteRequest body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public IrnDocument generate(NoteRequest body, RequestOptions options) {
    return generateWithResponse(body, options).data();
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public ApiResponse<IrnDocument> generateWithResponse(NoteRequest body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate a credit or debit note
   *
   * {{@literal @}code POST /v1/notes} ({{@literal @}code generateNote}).
   */
  public ApiResponse<IrnDocument> generateWithResponse(NoteRequest body, RequestOptions options) {
    return ctx.execute(generateRequest(body), IrnDocument.class, options);
  }
}
