// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code listDocuments} (GET /v1/documents). Immutable; {@link
 * #builder()}.
 */
public final class DocumentsListParams {
  private final String from;
  private final String to;
  private final DocType docType;
  private final DocumentStatus status;
  private final Long limit;
  private final String startingAfter;

  private DocumentsListParams(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.docType = b.docType;
    this.status = b.status;
    this.limit = b.limit;
    this.startingAfter = b.startingAfter;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.docType = docType;
    b.status = status;
    b.limit = limit;
    b.startingAfter = startingAfter;
    return b;
  }

  /**
   * Inclusive start date ({@code yyyy-MM-dd}, IST).
   *
   * <p>Query {@code from}.
   */
  public String from() {
    return from;
  }

  /**
   * Inclusive end date ({@code yyyy-MM-dd}, IST).
   *
   * <p>Query {@code to}.
   */
  public String to() {
    return to;
  }

  /**
   * Only this NIC document type.
   *
   * <p>Query {@code doc_type}.
   */
  public DocType docType() {
    return docType;
  }

  /**
   * Only documents in this state.
   *
   * <p>Query {@code status}.
   */
  public DocumentStatus status() {
    return status;
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
    if (from != null) out.put("from", ApiRequest.render(from));
    if (to != null) out.put("to", ApiRequest.render(to));
    if (docType != null) out.put("doc_type", ApiRequest.render(docType));
    if (status != null) out.put("status", ApiRequest.render(status));
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
    if (!(o instanceof DocumentsListParams)) return false;
    DocumentsListParams that = (DocumentsListParams) o;
    return Objects.equals(from, that.from)
        && Objects.equals(to, that.to)
        && Objects.equals(docType, that.docType)
        && Objects.equals(status, that.status)
        && Objects.equals(limit, that.limit)
        && Objects.equals(startingAfter, that.startingAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, docType, status, limit, startingAfter);
  }

  @Override
  public String toString() {
    return "DocumentsListParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link DocumentsListParams}. */
  public static final class Builder {
    private String from;
    private String to;
    private DocType docType;
    private DocumentStatus status;
    private Long limit;
    private String startingAfter;

    Builder() {}

    public Builder from(String from) {
      this.from = from;
      return this;
    }

    public Builder to(String to) {
      this.to = to;
      return this;
    }

    public Builder docType(DocType docType) {
      this.docType = docType;
      return this;
    }

    public Builder status(DocumentStatus status) {
      this.status = status;
      return this;
    }

    public Builder limit(Long limit) {
      this.limit = limit;
      return this;
    }

    public Builder startingAfter(String startingAfter) {
      this.startingAfter = startingAfter;
      return this;
    }

    public DocumentsListParams build() {
      return new DocumentsListParams(this);
    }
  }
}
