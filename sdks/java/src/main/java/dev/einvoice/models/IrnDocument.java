// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice or note as einvoice holds it: NIC's response fields (PascalCase, exactly as the IRP
 * gives them) plus einvoice's envelope (snake_case). NIC fields are null until the IRN exists.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = IrnDocument.Builder.class)
public final class IrnDocument {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("status")
  private final DocumentStatus status;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("doc_type")
  private final DocType docType;

  @JsonProperty("doc_no")
  private final String docNo;

  @JsonProperty("doc_date")
  private final String docDate;

  @JsonProperty("Irn")
  private final String irn;

  @JsonProperty("AckNo")
  private final Long ackNo;

  @JsonProperty("AckDt")
  private final String ackDt;

  @JsonProperty("SignedInvoice")
  private final String signedInvoice;

  @JsonProperty("SignedQRCode")
  private final String signedQrCode;

  @JsonProperty("signature_verification")
  private final SignatureVerification signatureVerification;

  @JsonProperty("EwbNo")
  private final Long ewbNo;

  @JsonProperty("EwbDt")
  private final String ewbDt;

  @JsonProperty("EwbValidTill")
  private final String ewbValidTill;

  @JsonProperty("Remarks")
  private final String remarks;

  @JsonProperty("CancelDate")
  private final String cancelDate;

  @JsonProperty("info")
  private final List<InfoDtl> info;

  @JsonProperty("gstn_errors")
  private final List<GstnError> gstnErrors;

  @JsonProperty("cancellable_until")
  private final String cancellableUntil;

  @JsonProperty("cancelled_at")
  private final String cancelledAt;

  @JsonProperty("cancel_reason")
  private final CancelReason cancelReason;

  @JsonProperty("gsp")
  private final String gsp;

  @JsonProperty("irp")
  private final String irp;

  @JsonProperty("environment")
  private final Environment environment;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  private final Map<String, Object> additionalProperties;

  private IrnDocument(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.status = b.status;
    this.gstin = b.gstin;
    this.docType = b.docType;
    this.docNo = b.docNo;
    this.docDate = b.docDate;
    this.irn = b.irn;
    this.ackNo = b.ackNo;
    this.ackDt = b.ackDt;
    this.signedInvoice = b.signedInvoice;
    this.signedQrCode = b.signedQrCode;
    this.signatureVerification = b.signatureVerification;
    this.ewbNo = b.ewbNo;
    this.ewbDt = b.ewbDt;
    this.ewbValidTill = b.ewbValidTill;
    this.remarks = b.remarks;
    this.cancelDate = b.cancelDate;
    this.info = b.info == null ? null : Collections.unmodifiableList(new ArrayList<>(b.info));
    this.gstnErrors =
        b.gstnErrors == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstnErrors));
    this.cancellableUntil = b.cancellableUntil;
    this.cancelledAt = b.cancelledAt;
    this.cancelReason = b.cancelReason;
    this.gsp = b.gsp;
    this.irp = b.irp;
    this.environment = b.environment;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * einvoice's id of the document.
   *
   * <p>Wire name {@code id}. Required.
   */
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code status}. Required. */
  public DocumentStatus status() {
    return status;
  }

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code doc_type}. Required. */
  public DocType docType() {
    return docType;
  }

  /**
   * {@code DocDtls.No} as sent.
   *
   * <p>Wire name {@code doc_no}. Required.
   */
  public String docNo() {
    return docNo;
  }

  /** Wire name {@code doc_date}. Required. */
  public String docDate() {
    return docDate;
  }

  /** Wire name {@code Irn}. Required, may be null: empty when null. */
  public Optional<String> irn() {
    return Optional.ofNullable(irn);
  }

  /** Wire name {@code AckNo}. Required, may be null: empty when null. */
  public Optional<Long> ackNo() {
    return Optional.ofNullable(ackNo);
  }

  /**
   * `yyyy-MM-dd HH:mm:ss` IST.
   *
   * <p>Wire name {@code AckDt}. Required, may be null: empty when null.
   */
  public Optional<String> ackDt() {
    return Optional.ofNullable(ackDt);
  }

  /**
   * The IRP's RS256 JWT over the invoice (payload {@code data} is the invoice JSON with AckNo,
   * AckDt and Irn).
   *
   * <p>Wire name {@code SignedInvoice}. Required, may be null: empty when null.
   */
  public Optional<String> signedInvoice() {
    return Optional.ofNullable(signedInvoice);
  }

  /**
   * The IRP's RS256 JWT for the QR code (SellerGstin, BuyerGstin, DocNo, DocTyp, DocDt, TotInvVal,
   * ItemCnt, MainHsnCode, Irn, IrnDt); print it as the QR code.
   *
   * <p>Wire name {@code SignedQRCode}. Required, may be null: empty when null.
   */
  public Optional<String> signedQrCode() {
    return Optional.ofNullable(signedQrCode);
  }

  /**
   * {@code SignedInvoice} and {@code SignedQRCode} checked against NIC's signing certificates when
   * the IRN was recorded; null before an IRN exists (and for documents recorded before this check
   * existed).
   *
   * <p>Wire name {@code signature_verification}. Optional, may be null: empty when absent or null.
   */
  public Optional<SignatureVerification> signatureVerification() {
    return Optional.ofNullable(signatureVerification);
  }

  /**
   * E-way bill number when {@code EwbDtls} produced one.
   *
   * <p>Wire name {@code EwbNo}. Required, may be null: empty when null.
   */
  public Optional<Long> ewbNo() {
    return Optional.ofNullable(ewbNo);
  }

  /**
   * `yyyy-MM-dd HH:mm:ss` IST.
   *
   * <p>Wire name {@code EwbDt}. Required, may be null: empty when null.
   */
  public Optional<String> ewbDt() {
    return Optional.ofNullable(ewbDt);
  }

  /**
   * `yyyy-MM-dd HH:mm:ss` IST; null for Part-A only.
   *
   * <p>Wire name {@code EwbValidTill}. Required, may be null: empty when null.
   */
  public Optional<String> ewbValidTill() {
    return Optional.ofNullable(ewbValidTill);
  }

  /** Wire name {@code Remarks}. Optional, may be null: empty when absent or null. */
  public Optional<String> remarks() {
    return Optional.ofNullable(remarks);
  }

  /**
   * NIC's cancellation timestamp, `yyyy-MM-dd HH:mm:ss` IST.
   *
   * <p>Wire name {@code CancelDate}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> cancelDate() {
    return Optional.ofNullable(cancelDate);
  }

  /**
   * NIC's {@code InfoDtls} (e.g. {@code EWBERR} when the e-way bill part failed, {@code EWBPPD}
   * with the computed distance).
   *
   * <p>Wire name {@code info}. Optional: empty when absent.
   */
  public Optional<List<InfoDtl>> info() {
    return Optional.ofNullable(info);
  }

  /**
   * Why a {@code failed} document was refused.
   *
   * <p>Wire name {@code gstn_errors}. Optional: empty when absent.
   */
  public Optional<List<GstnError>> gstnErrors() {
    return Optional.ofNullable(gstnErrors);
  }

  /**
   * AckDt + 24 h: the last moment {@code cancelIrn} is allowed.
   *
   * <p>Wire name {@code cancellable_until}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> cancellableUntil() {
    return Optional.ofNullable(cancellableUntil);
  }

  /** Wire name {@code cancelled_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> cancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  /** Wire name {@code cancel_reason}. Optional, may be null: empty when absent or null. */
  public Optional<CancelReason> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  /**
   * The GSP route that carried the request.
   *
   * <p>Wire name {@code gsp}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> gsp() {
    return Optional.ofNullable(gsp);
  }

  /**
   * The IRP that issued the IRN ({@code NIC1}, {@code NIC2}, {@code SANDBOX}); follow-ups go there.
   *
   * <p>Wire name {@code irp}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> irp() {
    return Optional.ofNullable(irp);
  }

  /** Wire name {@code environment}. Optional: empty when absent. */
  public Optional<Environment> environment() {
    return Optional.ofNullable(environment);
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
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code IrnDocument};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * IrnDocument.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static IrnDocument fromJson(String json) {
    return Json.parse(json, IrnDocument.class);
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
    b.status = status;
    b.gstin = gstin;
    b.docType = docType;
    b.docNo = docNo;
    b.docDate = docDate;
    b.irn = irn;
    b.ackNo = ackNo;
    b.ackDt = ackDt;
    b.signedInvoice = signedInvoice;
    b.signedQrCode = signedQrCode;
    b.signatureVerification = signatureVerification;
    b.ewbNo = ewbNo;
    b.ewbDt = ewbDt;
    b.ewbValidTill = ewbValidTill;
    b.remarks = remarks;
    b.cancelDate = cancelDate;
    b.info = info;
    b.gstnErrors = gstnErrors;
    b.cancellableUntil = cancellableUntil;
    b.cancelledAt = cancelledAt;
    b.cancelReason = cancelReason;
    b.gsp = gsp;
    b.irp = irp;
    b.environment = environment;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof IrnDocument)) return false;
    IrnDocument that = (IrnDocument) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(status, that.status)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(docType, that.docType)
        && Objects.equals(docNo, that.docNo)
        && Objects.equals(docDate, that.docDate)
        && Objects.equals(irn, that.irn)
        && Objects.equals(ackNo, that.ackNo)
        && Objects.equals(ackDt, that.ackDt)
        && Objects.equals(signedInvoice, that.signedInvoice)
        && Objects.equals(signedQrCode, that.signedQrCode)
        && Objects.equals(signatureVerification, that.signatureVerification)
        && Objects.equals(ewbNo, that.ewbNo)
        && Objects.equals(ewbDt, that.ewbDt)
        && Objects.equals(ewbValidTill, that.ewbValidTill)
        && Objects.equals(remarks, that.remarks)
        && Objects.equals(cancelDate, that.cancelDate)
        && Objects.equals(info, that.info)
        && Objects.equals(gstnErrors, that.gstnErrors)
        && Objects.equals(cancellableUntil, that.cancellableUntil)
        && Objects.equals(cancelledAt, that.cancelledAt)
        && Objects.equals(cancelReason, that.cancelReason)
        && Objects.equals(gsp, that.gsp)
        && Objects.equals(irp, that.irp)
        && Objects.equals(environment, that.environment)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        status,
        gstin,
        docType,
        docNo,
        docDate,
        irn,
        ackNo,
        ackDt,
        signedInvoice,
        signedQrCode,
        signatureVerification,
        ewbNo,
        ewbDt,
        ewbValidTill,
        remarks,
        cancelDate,
        info,
        gstnErrors,
        cancellableUntil,
        cancelledAt,
        cancelReason,
        gsp,
        irp,
        environment,
        createdAt,
        updatedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "IrnDocument{"
        + "id="
        + id
        + ", object="
        + object
        + ", status="
        + status
        + ", gstin="
        + gstin
        + ", docType="
        + docType
        + ", docNo="
        + docNo
        + ", docDate="
        + docDate
        + ", irn="
        + irn
        + ", ackNo="
        + ackNo
        + ", ackDt="
        + ackDt
        + ", signedInvoice="
        + signedInvoice
        + ", signedQrCode="
        + signedQrCode
        + ", signatureVerification="
        + signatureVerification
        + ", ewbNo="
        + ewbNo
        + ", ewbDt="
        + ewbDt
        + ", ewbValidTill="
        + ewbValidTill
        + ", remarks="
        + remarks
        + ", cancelDate="
        + cancelDate
        + ", info="
        + info
        + ", gstnErrors="
        + gstnErrors
        + ", cancellableUntil="
        + cancellableUntil
        + ", cancelledAt="
        + cancelledAt
        + ", cancelReason="
        + cancelReason
        + ", gsp="
        + gsp
        + ", irp="
        + irp
        + ", environment="
        + environment
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link IrnDocument}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private DocumentStatus status;
    private String gstin;
    private DocType docType;
    private String docNo;
    private String docDate;
    private String irn;
    private Long ackNo;
    private String ackDt;
    private String signedInvoice;
    private String signedQrCode;
    private SignatureVerification signatureVerification;
    private Long ewbNo;
    private String ewbDt;
    private String ewbValidTill;
    private String remarks;
    private String cancelDate;
    private List<InfoDtl> info;
    private List<GstnError> gstnErrors;
    private String cancellableUntil;
    private String cancelledAt;
    private CancelReason cancelReason;
    private String gsp;
    private String irp;
    private Environment environment;
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

    @JsonProperty("status")
    public Builder status(DocumentStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
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

    @JsonProperty("SignedInvoice")
    public Builder signedInvoice(String signedInvoice) {
      this.signedInvoice = signedInvoice;
      return this;
    }

    @JsonProperty("SignedQRCode")
    public Builder signedQrCode(String signedQrCode) {
      this.signedQrCode = signedQrCode;
      return this;
    }

    @JsonProperty("signature_verification")
    public Builder signatureVerification(SignatureVerification signatureVerification) {
      this.signatureVerification = signatureVerification;
      return this;
    }

    @JsonProperty("EwbNo")
    public Builder ewbNo(Long ewbNo) {
      this.ewbNo = ewbNo;
      return this;
    }

    @JsonProperty("EwbDt")
    public Builder ewbDt(String ewbDt) {
      this.ewbDt = ewbDt;
      return this;
    }

    @JsonProperty("EwbValidTill")
    public Builder ewbValidTill(String ewbValidTill) {
      this.ewbValidTill = ewbValidTill;
      return this;
    }

    @JsonProperty("Remarks")
    public Builder remarks(String remarks) {
      this.remarks = remarks;
      return this;
    }

    @JsonProperty("CancelDate")
    public Builder cancelDate(String cancelDate) {
      this.cancelDate = cancelDate;
      return this;
    }

    @JsonProperty("info")
    public Builder info(List<InfoDtl> info) {
      this.info = info;
      return this;
    }

    @JsonProperty("gstn_errors")
    public Builder gstnErrors(List<GstnError> gstnErrors) {
      this.gstnErrors = gstnErrors;
      return this;
    }

    @JsonProperty("cancellable_until")
    public Builder cancellableUntil(String cancellableUntil) {
      this.cancellableUntil = cancellableUntil;
      return this;
    }

    @JsonProperty("cancelled_at")
    public Builder cancelledAt(String cancelledAt) {
      this.cancelledAt = cancelledAt;
      return this;
    }

    @JsonProperty("cancel_reason")
    public Builder cancelReason(CancelReason cancelReason) {
      this.cancelReason = cancelReason;
      return this;
    }

    @JsonProperty("gsp")
    public Builder gsp(String gsp) {
      this.gsp = gsp;
      return this;
    }

    @JsonProperty("irp")
    public Builder irp(String irp) {
      this.irp = irp;
      return this;
    }

    @JsonProperty("environment")
    public Builder environment(Environment environment) {
      this.environment = environment;
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

    public IrnDocument build() {
      return new IrnDocument(this);
    }
  }
}
