// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Metered calls, successful (2xx) and not replayed, by what they did.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = UsageCounters.Builder.class)
public final class UsageCounters {
  @JsonProperty("irns_generated")
  private final Long irnsGenerated;

  @JsonProperty("ewbs_generated")
  private final Long ewbsGenerated;

  @JsonProperty("cancellations")
  private final Long cancellations;

  @JsonProperty("notes")
  private final Long notes;

  @JsonProperty("bulk_records")
  private final Long bulkRecords;

  @JsonProperty("reconciliation_reads")
  private final Long reconciliationReads;

  @JsonProperty("other_calls")
  private final Long otherCalls;

  private final Map<String, Object> additionalProperties;

  private UsageCounters(Builder b) {
    this.irnsGenerated = b.irnsGenerated;
    this.ewbsGenerated = b.ewbsGenerated;
    this.cancellations = b.cancellations;
    this.notes = b.notes;
    this.bulkRecords = b.bulkRecords;
    this.reconciliationReads = b.reconciliationReads;
    this.otherCalls = b.otherCalls;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Invoices registered ({@code generateIrn}).
   *
   * <p>Wire name {@code irns_generated}. Required.
   */
  public Long irnsGenerated() {
    return irnsGenerated;
  }

  /**
   * E-way bills generated ({@code generateEwb}).
   *
   * <p>Wire name {@code ewbs_generated}. Required.
   */
  public Long ewbsGenerated() {
    return ewbsGenerated;
  }

  /**
   * IRNs and e-way bills cancelled ({@code cancelIrn}, {@code cancelEwb}).
   *
   * <p>Wire name {@code cancellations}. Required.
   */
  public Long cancellations() {
    return cancellations;
  }

  /**
   * Credit and debit notes registered ({@code generateNote}).
   *
   * <p>Wire name {@code notes}. Required.
   */
  public Long notes() {
    return notes;
  }

  /**
   * Documents accepted by bulk jobs ({@code bulkGenerateIrn}), per record.
   *
   * <p>Wire name {@code bulk_records}. Required.
   */
  public Long bulkRecords() {
    return bulkRecords;
  }

  /**
   * {@code getIrn}, {@code getIrnByDocument}, {@code getEwb}, {@code listDocuments}, {@code
   * exportDocuments}.
   *
   * <p>Wire name {@code reconciliation_reads}. Required.
   */
  public Long reconciliationReads() {
    return reconciliationReads;
  }

  /**
   * Every other authenticated call (administration, logs, webhooks, tokens...).
   *
   * <p>Wire name {@code other_calls}. Required.
   */
  public Long otherCalls() {
    return otherCalls;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code UsageCounters};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * UsageCounters.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static UsageCounters fromJson(String json) {
    return Json.parse(json, UsageCounters.class);
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
    b.irnsGenerated = irnsGenerated;
    b.ewbsGenerated = ewbsGenerated;
    b.cancellations = cancellations;
    b.notes = notes;
    b.bulkRecords = bulkRecords;
    b.reconciliationReads = reconciliationReads;
    b.otherCalls = otherCalls;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UsageCounters)) return false;
    UsageCounters that = (UsageCounters) o;
    return Objects.equals(irnsGenerated, that.irnsGenerated)
        && Objects.equals(ewbsGenerated, that.ewbsGenerated)
        && Objects.equals(cancellations, that.cancellations)
        && Objects.equals(notes, that.notes)
        && Objects.equals(bulkRecords, that.bulkRecords)
        && Objects.equals(reconciliationReads, that.reconciliationReads)
        && Objects.equals(otherCalls, that.otherCalls)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        irnsGenerated,
        ewbsGenerated,
        cancellations,
        notes,
        bulkRecords,
        reconciliationReads,
        otherCalls,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "UsageCounters{"
        + "irnsGenerated="
        + irnsGenerated
        + ", ewbsGenerated="
        + ewbsGenerated
        + ", cancellations="
        + cancellations
        + ", notes="
        + notes
        + ", bulkRecords="
        + bulkRecords
        + ", reconciliationReads="
        + reconciliationReads
        + ", otherCalls="
        + otherCalls
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link UsageCounters}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long irnsGenerated;
    private Long ewbsGenerated;
    private Long cancellations;
    private Long notes;
    private Long bulkRecords;
    private Long reconciliationReads;
    private Long otherCalls;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("irns_generated")
    public Builder irnsGenerated(Long irnsGenerated) {
      this.irnsGenerated = irnsGenerated;
      return this;
    }

    @JsonProperty("ewbs_generated")
    public Builder ewbsGenerated(Long ewbsGenerated) {
      this.ewbsGenerated = ewbsGenerated;
      return this;
    }

    @JsonProperty("cancellations")
    public Builder cancellations(Long cancellations) {
      this.cancellations = cancellations;
      return this;
    }

    @JsonProperty("notes")
    public Builder notes(Long notes) {
      this.notes = notes;
      return this;
    }

    @JsonProperty("bulk_records")
    public Builder bulkRecords(Long bulkRecords) {
      this.bulkRecords = bulkRecords;
      return this;
    }

    @JsonProperty("reconciliation_reads")
    public Builder reconciliationReads(Long reconciliationReads) {
      this.reconciliationReads = reconciliationReads;
      return this;
    }

    @JsonProperty("other_calls")
    public Builder otherCalls(Long otherCalls) {
      this.otherCalls = otherCalls;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public UsageCounters build() {
      return new UsageCounters(this);
    }
  }
}
