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
@JsonDeserialize(builder = BulkJobRecordResult.Builder.class)
public final class BulkJobRecordResult {
  @JsonProperty("index")
  private final Long index;

  @JsonProperty("status")
  private final BulkJobRecordResultStatus status;

  @JsonProperty("document")
  private final IrnDocument document;

  @JsonProperty("error")
  private final Problem error;

  private final Map<String, Object> additionalProperties;

  private BulkJobRecordResult(Builder b) {
    this.index = b.index;
    this.status = b.status;
    this.document = b.document;
    this.error = b.error;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Position in {@code documents}.
   *
   * <p>Wire name {@code index}. Required.
   */
  public Long index() {
    return index;
  }

  /** Wire name {@code status}. Required. */
  public BulkJobRecordResultStatus status() {
    return status;
  }

  /** Wire name {@code document}. Required, may be null: empty when null. */
  public Optional<IrnDocument> document() {
    return Optional.ofNullable(document);
  }

  /** Wire name {@code error}. Required, may be null: empty when null. */
  public Optional<Problem> error() {
    return Optional.ofNullable(error);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * BulkJobRecordResult}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, BulkJobRecordResult.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BulkJobRecordResult fromJson(String json) {
    return Json.parse(json, BulkJobRecordResult.class);
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
    b.index = index;
    b.status = status;
    b.document = document;
    b.error = error;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BulkJobRecordResult)) return false;
    BulkJobRecordResult that = (BulkJobRecordResult) o;
    return Objects.equals(index, that.index)
        && Objects.equals(status, that.status)
        && Objects.equals(document, that.document)
        && Objects.equals(error, that.error)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, status, document, error, additionalProperties);
  }

  @Override
  public String toString() {
    return "BulkJobRecordResult{"
        + "index="
        + index
        + ", status="
        + status
        + ", document="
        + document
        + ", error="
        + error
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BulkJobRecordResult}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long index;
    private BulkJobRecordResultStatus status;
    private IrnDocument document;
    private Problem error;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("index")
    public Builder index(Long index) {
      this.index = index;
      return this;
    }

    @JsonProperty("status")
    public Builder status(BulkJobRecordResultStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("document")
    public Builder document(IrnDocument document) {
      this.document = document;
      return this;
    }

    @JsonProperty("error")
    public Builder error(Problem error) {
      this.error = error;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BulkJobRecordResult build() {
      return new BulkJobRecordResult(this);
    }
  }
}
