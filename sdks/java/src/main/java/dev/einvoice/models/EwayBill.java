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
 * An e-way bill: NIC's fields plus einvoice's envelope.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = EwayBill.Builder.class)
public final class EwayBill {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("status")
  private final EwbStatus status;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("Irn")
  private final String irn;

  @JsonProperty("EwbNo")
  private final Long ewbNo;

  @JsonProperty("EwbDt")
  private final String ewbDt;

  @JsonProperty("EwbValidTill")
  private final String ewbValidTill;

  @JsonProperty("Remarks")
  private final String remarks;

  @JsonProperty("distance_km")
  private final Long distanceKm;

  @JsonProperty("vehicles")
  private final List<VehicleEntry> vehicles;

  @JsonProperty("extension_count")
  private final Long extensionCount;

  @JsonProperty("cancellable_until")
  private final String cancellableUntil;

  @JsonProperty("cancelled_at")
  private final String cancelledAt;

  @JsonProperty("gsp")
  private final String gsp;

  @JsonProperty("irp")
  private final String irp;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  private final Map<String, Object> additionalProperties;

  private EwayBill(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.status = b.status;
    this.gstin = b.gstin;
    this.irn = b.irn;
    this.ewbNo = b.ewbNo;
    this.ewbDt = b.ewbDt;
    this.ewbValidTill = b.ewbValidTill;
    this.remarks = b.remarks;
    this.distanceKm = b.distanceKm;
    this.vehicles =
        b.vehicles == null ? null : Collections.unmodifiableList(new ArrayList<>(b.vehicles));
    this.extensionCount = b.extensionCount;
    this.cancellableUntil = b.cancellableUntil;
    this.cancelledAt = b.cancelledAt;
    this.gsp = b.gsp;
    this.irp = b.irp;
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

  /** Wire name {@code status}. Required. */
  public EwbStatus status() {
    return status;
  }

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code Irn}. Required. */
  public String irn() {
    return irn;
  }

  /** Wire name {@code EwbNo}. Required. */
  public Long ewbNo() {
    return ewbNo;
  }

  /**
   * `yyyy-MM-dd HH:mm:ss` IST.
   *
   * <p>Wire name {@code EwbDt}. Required.
   */
  public String ewbDt() {
    return ewbDt;
  }

  /**
   * `yyyy-MM-dd HH:mm:ss` IST; null until Part-B.
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

  /** Wire name {@code distance_km}. Optional: empty when absent. */
  public Optional<Long> distanceKm() {
    return Optional.ofNullable(distanceKm);
  }

  /**
   * Part-B history, oldest first.
   *
   * <p>Wire name {@code vehicles}. Optional: empty when absent.
   */
  public Optional<List<VehicleEntry>> vehicles() {
    return Optional.ofNullable(vehicles);
  }

  /** Wire name {@code extension_count}. Optional: empty when absent. */
  public Optional<Long> extensionCount() {
    return Optional.ofNullable(extensionCount);
  }

  /** Wire name {@code cancellable_until}. Optional, may be null: empty when absent or null. */
  public Optional<String> cancellableUntil() {
    return Optional.ofNullable(cancellableUntil);
  }

  /** Wire name {@code cancelled_at}. Optional, may be null: empty when absent or null. */
  public Optional<String> cancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  /** Wire name {@code gsp}. Optional, may be null: empty when absent or null. */
  public Optional<String> gsp() {
    return Optional.ofNullable(gsp);
  }

  /** Wire name {@code irp}. Optional, may be null: empty when absent or null. */
  public Optional<String> irp() {
    return Optional.ofNullable(irp);
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
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code EwayBill}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, EwayBill.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static EwayBill fromJson(String json) {
    return Json.parse(json, EwayBill.class);
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
    b.irn = irn;
    b.ewbNo = ewbNo;
    b.ewbDt = ewbDt;
    b.ewbValidTill = ewbValidTill;
    b.remarks = remarks;
    b.distanceKm = distanceKm;
    b.vehicles = vehicles;
    b.extensionCount = extensionCount;
    b.cancellableUntil = cancellableUntil;
    b.cancelledAt = cancelledAt;
    b.gsp = gsp;
    b.irp = irp;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof EwayBill)) return false;
    EwayBill that = (EwayBill) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(status, that.status)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(irn, that.irn)
        && Objects.equals(ewbNo, that.ewbNo)
        && Objects.equals(ewbDt, that.ewbDt)
        && Objects.equals(ewbValidTill, that.ewbValidTill)
        && Objects.equals(remarks, that.remarks)
        && Objects.equals(distanceKm, that.distanceKm)
        && Objects.equals(vehicles, that.vehicles)
        && Objects.equals(extensionCount, that.extensionCount)
        && Objects.equals(cancellableUntil, that.cancellableUntil)
        && Objects.equals(cancelledAt, that.cancelledAt)
        && Objects.equals(gsp, that.gsp)
        && Objects.equals(irp, that.irp)
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
        irn,
        ewbNo,
        ewbDt,
        ewbValidTill,
        remarks,
        distanceKm,
        vehicles,
        extensionCount,
        cancellableUntil,
        cancelledAt,
        gsp,
        irp,
        createdAt,
        updatedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "EwayBill{"
        + "id="
        + id
        + ", object="
        + object
        + ", status="
        + status
        + ", gstin="
        + gstin
        + ", irn="
        + irn
        + ", ewbNo="
        + ewbNo
        + ", ewbDt="
        + ewbDt
        + ", ewbValidTill="
        + ewbValidTill
        + ", remarks="
        + remarks
        + ", distanceKm="
        + distanceKm
        + ", vehicles="
        + vehicles
        + ", extensionCount="
        + extensionCount
        + ", cancellableUntil="
        + cancellableUntil
        + ", cancelledAt="
        + cancelledAt
        + ", gsp="
        + gsp
        + ", irp="
        + irp
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link EwayBill}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private EwbStatus status;
    private String gstin;
    private String irn;
    private Long ewbNo;
    private String ewbDt;
    private String ewbValidTill;
    private String remarks;
    private Long distanceKm;
    private List<VehicleEntry> vehicles;
    private Long extensionCount;
    private String cancellableUntil;
    private String cancelledAt;
    private String gsp;
    private String irp;
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
    public Builder status(EwbStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("Irn")
    public Builder irn(String irn) {
      this.irn = irn;
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

    @JsonProperty("distance_km")
    public Builder distanceKm(Long distanceKm) {
      this.distanceKm = distanceKm;
      return this;
    }

    @JsonProperty("vehicles")
    public Builder vehicles(List<VehicleEntry> vehicles) {
      this.vehicles = vehicles;
      return this;
    }

    @JsonProperty("extension_count")
    public Builder extensionCount(Long extensionCount) {
      this.extensionCount = extensionCount;
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

    public EwayBill build() {
      return new EwayBill(this);
    }
  }
}
