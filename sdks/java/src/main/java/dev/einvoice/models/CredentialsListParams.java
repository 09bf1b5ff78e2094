// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code listCredentials} (GET /v1/gstins/{gstin}/credentials).
 * Immutable; {@link #builder()}.
 */
public final class CredentialsListParams {
  private final Long limit;
  private final String startingAfter;

  private CredentialsListParams(Builder b) {
    this.limit = b.limit;
    this.startingAfter = b.startingAfter;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.startingAfter = startingAfter;
    return b;
  }

  /**
   * Page size, 1-100 (default 20).
   *
   * <p>Query {@code limit}.
   */
  public Long limit() {
    return limit;
  }

  /**
   * The {@code next_cursor} of the previous page, unchanged. Cursors are opaque and sealed to the
   * list (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
   * {@code invalid_request} whose error has code {@code invalid_cursor}.
   *
   * <p>Query {@code starting_after}.
   */
  public String startingAfter() {
    return startingAfter;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (limit != null) out.put("limit", ApiRequest.render(limit));
    if (startingAfter != null) out.put("starting_after", ApiRequest.render(startingAfter));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CredentialsListParams)) return false;
    CredentialsListParams that = (CredentialsListParams) o;
    return Objects.equals(limit, that.limit) && Objects.equals(startingAfter, that.startingAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, startingAfter);
  }

  @Override
  public String toString() {
    return "CredentialsListParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link CredentialsListParams}. */
  public static final class Builder {
    private Long limit;
    private String startingAfter;

    Builder() {}

    public Builder limit(Long limit) {
      this.limit = limit;
      return this;
    }

    public Builder startingAfter(String startingAfter) {
      this.startingAfter = startingAfter;
      return this;
    }

    public CredentialsListParams build() {
      return new CredentialsListParams(this);
    }
  }
}
