// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code getIrnByDocument} (GET /v1/irn/by-document). Immutable;
 * {@link #builder()}.
 */
public final class IrnGetByDocumentParams {
  private final DocType docType;
  private final String docNo;
  private final String docDate;

  private IrnGetByDocumentParams(Builder b) {
    this.docType = b.docType;
    this.docNo = b.docNo;
    this.docDate = b.docDate;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.docType = docType;
    b.docNo = docNo;
    b.docDate = docDate;
    return b;
  }

  /**
   * NIC document type.
   *
   * <p>Query {@code doc_type}, required.
   */
  public DocType docType() {
    return docType;
  }

  /**
   * Document number as in {@code DocDtls.No}.
   *
   * <p>Query {@code doc_no}, required.
   */
  public String docNo() {
    return docNo;
  }

  /**
   * Document date as in {@code DocDtls.Dt} ({@code dd/MM/yyyy}).
   *
   * <p>Query {@code doc_date}, required.
   */
  public String docDate() {
    return docDate;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (docType != null) out.put("doc_type", ApiRequest.render(docType));
    if (docNo != null) out.put("doc_no", ApiRequest.render(docNo));
    if (docDate != null) out.put("doc_date", ApiRequest.render(docDate));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IrnGetByDocumentParams)) return false;
    IrnGetByDocumentParams that = (IrnGetByDocumentParams) o;
    return Objects.equals(docType, that.docType)
        && Objects.equals(docNo, that.docNo)
        && Objects.equals(docDate, that.docDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docType, docNo, docDate);
  }

  @Override
  public String toString() {
    return "IrnGetByDocumentParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link IrnGetByDocumentParams}. */
  public static final class Builder {
    private DocType docType;
    private String docNo;
    private String docDate;

    Builder() {}

    public Builder docType(DocType docType) {
      this.docType = docType;
      return this;
    }

    public Builder docNo(String docNo) {
      this.docNo = docNo;
      return this;
    }

    public Builder docDate(String docDate) {
      this.docDate = docDate;
      return this;
    }

    public IrnGetByDocumentParams build() {
      Objects.requireNonNull(docType, "doc_type is required");
      Objects.requireNonNull(docNo, "doc_no is required");
      Objects.requireNonNull(docDate, "doc_date is required");
      return new IrnGetByDocumentParams(this);
    }
  }
}
