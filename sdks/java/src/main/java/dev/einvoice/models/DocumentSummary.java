// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = DocumentSummary.Builder.class)
public final class DocumentSummary {
  private final String id;
  private final String object;
  private final DocType docType;
  private final String docNo;
  private final String docDate;
  private final DocumentStatus status;
  private final String irn;
  private final Long ackNo;
  private final String ackDt;
  private final Long ewbNo;
  private final String buyerGstin;
  private final BigDecimal totalValue;
  private final String createdAt;
  private final String updatedAt;
  private final Map<String, Object> additionalProperties;

  private DocumentSummary(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.docType = b.docType;
    this.docNo = b.docNo;
    this.docDate = b.docDate;
    this.status = b.status;
    this.irn = b.irn;
    this.ackNo = b.ackNo;
    this.ackDt = b.ackDt;
    this.ewbNo = b.ewbNo;
    this.buyerGstin = b.buyerGstin;
    this.totalValue = b.totalValue;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  @JsonProperty("object")
  public String object() {
    return object;
  }

  /** Wire name {@code doc_type}. Required. */
  @JsonProperty("doc_type")
  public DocType docType() {
    return docType;
  }

  /** Wire name {@code doc_no}. Required. */
  @JsonProperty("doc_no")
  public String docNo() {
    return docNo;
  }

  /** Wire name {@code doc_date}. Required. */
  @JsonProperty("doc_date")
  public String docDate() {
    return docDate;
  }

  /** Wire name {@code status}. Required. */
  @JsonProperty("status")
  public DocumentStatus status() {
    return status;
  }

  /** Wire name {@code Irn}. Required. May be null. */
  @JsonProperty("Irn")
  public String irn() {
    return irn;
  }

  /** Wire name {@code AckNo}. Required. May be null. */
  @JsonProperty("AckNo")
  public Long ackNo() {
    return ackNo;
  }

  /** Wire name {@code AckDt}. Required. May be null. */
  @JsonProperty("AckDt")
  public String ackDt() {
    return ackDt;
  }

  /** Wire name {@code EwbNo}. Required. May be null. */
  @JsonProperty("EwbNo")
  public Long ewbNo() {
    return ewbNo;
  }

  /** Wire name {@code buyer_gstin}. Optional. */
  @JsonProperty("buyer_gstin")
  public String buyerGstin() {
    return buyerGstin;
  }

  /** Wire name {@code total_value}. Optional. */
  @JsonProperty("total_value")
  public BigDecimal totalValue() {
    return totalValue;
  }

  /** Wire name {@code created_at}. Required. */
  @JsonProperty("created_at")
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code updated_at}. Required. */
  @JsonProperty("updated_at")
  public String updatedAt() {
    return updatedAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.object = object;
    b.docType = docType;
    b.docNo = docNo;
    b.docDate = docDate;
    b.status = status;
    b.irn = irn;
    b.ackNo = ackNo;
    b.ackDt = ackDt;
    b.ewbNo = ewbNo;
    b.buyerGstin = buyerGstin;
    b.totalValue = totalValue;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof DocumentSummary)) return false;
    DocumentSummary that = (DocumentSummary) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(docType, that.docType)
        && Objects.equals(docNo, that.docNo)
        && Objects.equals(docDate, that.docDate)
        && Objects.equals(status, that.status)
        && Objects.equals(irn, that.irn)
        && Objects.equals(ackNo, that.ackNo)
        && Objects.equals(ackDt, that.ackDt)
        && Objects.equals(ewbNo, that.ewbNo)
        && Objects.equals(buyerGstin, that.buyerGstin)
        && Objects.equals(totalValue, that.totalValue)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        docType,
        docNo,
        docDate,
        status,
        irn,
        ackNo,
        ackDt,
        ewbNo,
        buyerGstin,
        totalValue,
        createdAt,
        updatedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "DocumentSummary{"
        + "id="
        + id
        + ", object="
        + object
        + ", docType="
        + docType
        + ", docNo="
        + docNo
        + ", docDate="
        + docDate
        + ", status="
        + status
        + ", irn="
        + irn
        + ", ackNo="
        + ackNo
        + ", ackDt="
        + ackDt
        + ", ewbNo="
        + ewbNo
        + ", buyerGstin="
        + buyerGstin
        + ", totalValue="
        + totalValue
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link DocumentSummary}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private DocType docType;
    private String docNo;
    private String docDate;
    private DocumentStatus status;
    private String irn;
    private Long ackNo;
    private String ackDt;
    private Long ewbNo;
    private String buyerGstin;
    private BigDecimal totalValue;
    private String createdAt;
    private String updatedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("doc_type")
    public Builder docType(DocType docType) {
      this.docType = docType;
      return this;
    }

    @JsonProperty("doc_no")
    public Builder docNo(String docNo) {
      this.docNo = docNo;
      return this;
    }

    @JsonProperty("doc_date")
    public Builder docDate(String docDate) {
      this.docDate = docDate;
      return this;
    }

    @JsonProperty("status")
    public Builder status(DocumentStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("Irn")
    public Builder irn(String irn) {
      this.irn = irn;
      return this;
    }

    @JsonProperty("AckNo")
    public Builder ackNo(Long ackNo) {
      this.ackNo = ackNo;
      return this;
    }

    @JsonProperty("AckDt")
    public Builder ackDt(String ackDt) {
      this.ackDt = ackDt;
      return this;
    }

    @JsonProperty("EwbNo")
    public Builder ewbNo(Long ewbNo) {
      this.ewbNo = ewbNo;
      return this;
    }

    @JsonProperty("buyer_gstin")
    public Builder buyerGstin(String buyerGstin) {
      this.buyerGstin = buyerGstin;
      return this;
    }

    @JsonProperty("total_value")
    public Builder totalValue(BigDecimal totalValue) {
      this.totalValue = totalValue;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("updated_at")
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public DocumentSummary build() {
      return new DocumentSummary(this);
    }
  }
}
