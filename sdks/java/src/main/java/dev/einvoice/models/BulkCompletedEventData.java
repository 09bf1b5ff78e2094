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
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BulkCompletedEventData.Builder.class)
public final class BulkCompletedEventData {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("status")
  private final String status;

  @JsonProperty("summary")
  private final BulkSummary summary;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("completed_at")
  private final String completedAt;

  private final Map<String, Object> additionalProperties;

  private BulkCompletedEventData(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.status = b.status;
    this.summary = b.summary;
    this.createdAt = b.createdAt;
    this.completedAt = b.completedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Optional: empty when absent. */
  public Optional<String> object() {
    return Optional.ofNullable(object);
  }

  /** Wire name {@code status}. Optional: empty when absent. */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** Wire name {@code summary}. Required. */
  public BulkSummary summary() {
    return summary;
  }

  /** Wire name {@code created_at}. Optional: empty when absent. */
  public Optional<String> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** Wire name {@code completed_at}. Optional: empty when absent. */
  public Optional<String> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * BulkCompletedEventData}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, BulkCompletedEventData.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BulkCompletedEventData fromJson(String json) {
    return Json.parse(json, BulkCompletedEventData.class);
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
    b.summary = summary;
    b.createdAt = createdAt;
    b.completedAt = completedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BulkCompletedEventData)) return false;
    BulkCompletedEventData that = (BulkCompletedEventData) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(status, that.status)
        && Objects.equals(summary, that.summary)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(completedAt, that.completedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, object, status, summary, createdAt, completedAt, additionalProperties);
  }

  @Override
  public String toString() {
    return "BulkCompletedEventData{"
        + "id="
        + id
        + ", object="
        + object
        + ", status="
        + status
        + ", summary="
        + summary
        + ", createdAt="
        + createdAt
        + ", completedAt="
        + completedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BulkCompletedEventData}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String status;
    private BulkSummary summary;
    private String createdAt;
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
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    @JsonProperty("summary")
    public Builder summary(BulkSummary summary) {
      this.summary = summary;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
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

    public BulkCompletedEventData build() {
      return new BulkCompletedEventData(this);
    }
  }
}
