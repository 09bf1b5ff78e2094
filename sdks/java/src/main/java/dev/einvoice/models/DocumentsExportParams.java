// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code exportDocuments} (GET /v1/documents/export). Immutable;
 * {@link #builder()}.
 */
public final class DocumentsExportParams {
  private final String from;
  private final String to;
  private final DocType docType;
  private final DocumentStatus status;

  private DocumentsExportParams(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.docType = b.docType;
    this.status = b.status;
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

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (from != null) out.put("from", ApiRequest.render(from));
    if (to != null) out.put("to", ApiRequest.render(to));
    if (docType != null) out.put("doc_type", ApiRequest.render(docType));
    if (status != null) out.put("status", ApiRequest.render(status));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentsExportParams)) return false;
    DocumentsExportParams that = (DocumentsExportParams) o;
    return Objects.equals(from, that.from)
        && Objects.equals(to, that.to)
        && Objects.equals(docType, that.docType)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, docType, status);
  }

  @Override
  public String toString() {
    return "DocumentsExportParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link DocumentsExportParams}. */
  public static final class Builder {
    private String from;
    private String to;
    private DocType docType;
    private DocumentStatus status;

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

    public DocumentsExportParams build() {
      return new DocumentsExportParams(this);
    }
  }
}
