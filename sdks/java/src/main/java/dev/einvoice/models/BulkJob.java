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
import java.util.Optional;

/**
 * A bulk job ({@code bulkGenerateIrn}), durable across restarts.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BulkJob.Builder.class)
public final class BulkJob {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("status")
  private final BulkJobStatus status;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("summary")
  private final BulkProgress summary;

  @JsonProperty("results_url")
  private final String resultsUrl;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  @JsonProperty("completed_at")
  private final String completedAt;

  private final Map<String, Object> additionalProperties;

  private BulkJob(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.status = b.status;
    this.gstin = b.gstin;
    this.summary = b.summary;
    this.resultsUrl = b.resultsUrl;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.completedAt = b.completedAt;
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

  /**
   * {@code queued}: waiting for a server to (re)start it; {@code running}: a server is relaying its
   * records (or will resume them after a restart); {@code completed}: every record has an outcome.
   *
   * <p>Wire name {@code status}. Required.
   */
  public BulkJobStatus status() {
    return status;
  }

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code summary}. Required. */
  public BulkProgress summary() {
    return summary;
  }

  /**
   * Where {@code listBulkJobResults} lists the per-record results.
   *
   * <p>Wire name {@code results_url}. Required.
   */
  public String resultsUrl() {
    return resultsUrl;
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code updated_at}. Required. */
  public String updatedAt() {
    return updatedAt;
  }

  /** Wire name {@code completed_at}. Required, may be null: empty when null. */
  public Optional<String> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code BulkJob}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, BulkJob.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BulkJob fromJson(String json) {
    return Json.parse(json, BulkJob.class);
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
    b.summary = summary;
    b.resultsUrl = resultsUrl;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.completedAt = completedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BulkJob)) return false;
    BulkJob that = (BulkJob) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(status, that.status)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(summary, that.summary)
        && Objects.equals(resultsUrl, that.resultsUrl)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(completedAt, that.completedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        status,
        gstin,
        summary,
        resultsUrl,
        createdAt,
        updatedAt,
        completedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "BulkJob{"
        + "id="
        + id
        + ", object="
        + object
        + ", status="
        + status
        + ", gstin="
        + gstin
        + ", summary="
        + summary
        + ", resultsUrl="
        + resultsUrl
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", completedAt="
        + completedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BulkJob}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private BulkJobStatus status;
    private String gstin;
    private BulkProgress summary;
    private String resultsUrl;
    private String createdAt;
    private String updatedAt;
    private String completedAt;
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
    public Builder status(BulkJobStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("summary")
    public Builder summary(BulkProgress summary) {
      this.summary = summary;
      return this;
    }

    @JsonProperty("results_url")
    public Builder resultsUrl(String resultsUrl) {
      this.resultsUrl = resultsUrl;
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

    @JsonProperty("completed_at")
    public Builder completedAt(String completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BulkJob build() {
      return new BulkJob(this);
    }
  }
}
