package dev.einvoice.core;

import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Objects;

/** A decoded result together with the final HTTP response's status, headers and raw body. */
public final class ApiResponse<T> {
  private final int statusCode;
  private final HttpHeaders headers;
  private final byte[] body;
  private final T data;

  public ApiResponse(int statusCode, HttpHeaders headers, byte[] body, T data) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.data = data;
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The raw response body as received (not copied: do not change it). */
  public byte[] body() {
    return body;
  }

  /** The decoded result (null for operations without a response body). */
  public T data() {
    return data;
  }

  /**
   * {@code Idempotent-Replayed: true}: the server answered with a stored (or IRP duplicate) result.
   */
  public boolean replayed() {
    return headers.firstValue("idempotent-replayed").map("true"::equalsIgnoreCase).orElse(false);
  }

  public String requestId() {
    return headers.firstValue("x-request-id").orElse(null);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ApiResponse)) return false;
    ApiResponse<?> that = (ApiResponse<?>) o;
    return statusCode == that.statusCode
        && Objects.equals(headers, that.headers)
        && Arrays.equals(body, that.body)
        && Objects.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, headers, Arrays.hashCode(body), data);
  }

  @Override
  public String toString() {
    return "ApiResponse[statusCode="
        + statusCode
        + ", requestId="
        + requestId()
        + ", data="
        + data
        + "]";
  }
}
