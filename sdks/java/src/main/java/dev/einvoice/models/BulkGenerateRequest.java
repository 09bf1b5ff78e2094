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
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BulkGenerateRequest.Builder.class)
public final class BulkGenerateRequest {
  @JsonProperty("documents")
  private final List<Invoice> documents;

  private final Map<String, Object> additionalProperties;

  private BulkGenerateRequest(Builder b) {
    this.documents =
        b.documents == null ? null : Collections.unmodifiableList(new ArrayList<>(b.documents));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * 1 to 5,000 INV-01 documents (INV, CRN or DBN) of the token's GSTIN. More than 5,000 is a 413
   * {@code payload_too_large} (with {@code limit}), counted before any document is validated; the
   * limit is not a schema {@code maxItems} because it is answered as a size limit, not as a field
   * error.
   *
   * <p>Wire name {@code documents}. Required.
   */
  public List<Invoice> documents() {
    return documents;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * BulkGenerateRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, BulkGenerateRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BulkGenerateRequest fromJson(String json) {
    return Json.parse(json, BulkGenerateRequest.class);
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
    b.documents = documents;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BulkGenerateRequest)) return false;
    BulkGenerateRequest that = (BulkGenerateRequest) o;
    return Objects.equals(documents, that.documents)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documents, additionalProperties);
  }

  @Override
  public String toString() {
    return "BulkGenerateRequest{"
        + "documents="
        + documents
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BulkGenerateRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private List<Invoice> documents;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("documents")
    public Builder documents(List<Invoice> documents) {
      this.documents = documents;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BulkGenerateRequest build() {
      Objects.requireNonNull(documents, "BulkGenerateRequest.documents (documents) is required");
      return new BulkGenerateRequest(this);
    }
  }
}
