// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = DocumentSummary.Builder.class)
public final class DocumentSummary {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("doc_type")
  private final DocType docType;

  @JsonProperty("doc_no")
  private final String docNo;

  @JsonProperty("doc_date")
  private final String docDate;

  @JsonProperty("status")
  private final DocumentStatus status;

  @JsonProperty("Irn")
  private final String irn;

  @JsonProperty("AckNo")
  private final Long ackNo;

  @JsonProperty("AckDt")
  private final String ackDt;

  @JsonProperty("EwbNo")
  private final Long ewbNo;

  @JsonProperty("buyer_gstin")
  private final String buyerGstin;

  @JsonProperty("total_value")
  private final BigDecimal totalValue;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
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
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code doc_type}. Required. */
  public DocType docType() {
    return docType;
  }

  /** Wire name {@code doc_no}. Required. */
  public String docNo() {
    return docNo;
  }

  /** Wire name {@code doc_date}. Required. */
  public String docDate() {
    return docDate;
  }

  /** Wire name {@code status}. Required. */
  public DocumentStatus status() {
    return status;
  }

  /** Wire name {@code Irn}. Required, may be null: empty when null. */
  public Optional<String> irn() {
    return Optional.ofNullable(irn);
  }

  /** Wire name {@code AckNo}. Required, may be null: empty when null. */
  public Optional<Long> ackNo() {
    return Optional.ofNullable(ackNo);
  }

  /** Wire name {@code AckDt}. Required, may be null: empty when null. */
  public Optional<String> ackDt() {
    return Optional.ofNullable(ackDt);
  }

  /** Wire name {@code EwbNo}. Required, may be null: empty when null. */
  public Optional<Long> ewbNo() {
    return Optional.ofNullable(ewbNo);
  }

  /** Wire name {@code buyer_gstin}. Optional: empty when absent. */
  public Optional<String> buyerGstin() {
    return Optional.ofNullable(buyerGstin);
  }

  /** Wire name {@code total_value}. Optional: empty when absent. */
  public Optional<BigDecimal> totalValue() {
    return Optional.ofNullable(totalValue);
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code updated_at}. Required. */
  public String updatedAt() {
    return updatedAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code DocumentSummary};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * DocumentSummary.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static DocumentSummary fromJson(String json) {
    return Json.parse(json, DocumentSummary.class);
  }

  /**
   * This value as JSON text in the API's wire format (the inverse of {@link #fromJson(String)}).
   */
  public String toJson() {
    return Json.write(this);
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
