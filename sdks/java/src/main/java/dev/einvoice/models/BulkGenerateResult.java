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

/**
 * A completed bulk job, every record's outcome in request order.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BulkGenerateResult.Builder.class)
public final class BulkGenerateResult {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("summary")
  private final BulkSummary summary;

  @JsonProperty("results")
  private final List<BulkRecordResult> results;

  private final Map<String, Object> additionalProperties;

  private BulkGenerateResult(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.summary = b.summary;
    this.results =
        b.results == null ? null : Collections.unmodifiableList(new ArrayList<>(b.results));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The job's id ({@code getBulkJob}).
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

  /** Wire name {@code summary}. Required. */
  public BulkSummary summary() {
    return summary;
  }

  /**
   * One entry per document, in request order.
   *
   * <p>Wire name {@code results}. Required.
   */
  public List<BulkRecordResult> results() {
    return results;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * BulkGenerateResult}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, BulkGenerateResult.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BulkGenerateResult fromJson(String json) {
    return Json.parse(json, BulkGenerateResult.class);
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
    b.summary = summary;
    b.results = results;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BulkGenerateResult)) return false;
    BulkGenerateResult that = (BulkGenerateResult) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(summary, that.summary)
        && Objects.equals(results, that.results)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, object, summary, results, additionalProperties);
  }

  @Override
  public String toString() {
    return "BulkGenerateResult{"
        + "id="
        + id
        + ", object="
        + object
        + ", summary="
        + summary
        + ", results="
        + results
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BulkGenerateResult}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private BulkSummary summary;
    private List<BulkRecordResult> results;
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

    @JsonProperty("summary")
    public Builder summary(BulkSummary summary) {
      this.summary = summary;
      return this;
    }

    @JsonProperty("results")
    public Builder results(List<BulkRecordResult> results) {
      this.results = results;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BulkGenerateResult build() {
      return new BulkGenerateResult(this);
    }
  }
}
