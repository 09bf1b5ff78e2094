package dev.einvoice.core;

import java.net.http.HttpHeaders;

/** A decoded result together with the final HTTP response's status, headers and raw body. */
public record ApiResponse<T>(int statusCode, HttpHeaders headers, byte[] body, T data) {
  /**
   * {@code Idempotent-Replayed: true}: the server answered with a stored (or IRP duplicate) result.
   */
  public boolean replayed() {
    return headers.firstValue("idempotent-replayed").map("true"::equalsIgnoreCase).orElse(false);
  }

  public String requestId() {
    return headers.firstValue("x-request-id").orElse(null);
  }
}
