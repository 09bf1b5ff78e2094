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
 * NIC Cancel IRN body; the IRN comes from the path.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = CancelIrnRequest.Builder.class)
public final class CancelIrnRequest {
  @JsonProperty("CnlRsn")
  private final CancelReason cnlRsn;

  @JsonProperty("CnlRem")
  private final String cnlRem;

  private final Map<String, Object> additionalProperties;

  private CancelIrnRequest(Builder b) {
    this.cnlRsn = b.cnlRsn;
    this.cnlRem = b.cnlRem;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code CnlRsn}. Required. */
  public CancelReason cnlRsn() {
    return cnlRsn;
  }

  /**
   * Remark.
   *
   * <p>Wire name {@code CnlRem}. Optional: empty when absent.
   */
  public Optional<String> cnlRem() {
    return Optional.ofNullable(cnlRem);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code CancelIrnRequest};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * CancelIrnRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CancelIrnRequest fromJson(String json) {
    return Json.parse(json, CancelIrnRequest.class);
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
    b.cnlRsn = cnlRsn;
    b.cnlRem = cnlRem;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CancelIrnRequest)) return false;
    CancelIrnRequest that = (CancelIrnRequest) o;
    return Objects.equals(cnlRsn, that.cnlRsn)
        && Objects.equals(cnlRem, that.cnlRem)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cnlRsn, cnlRem, additionalProperties);
  }

  @Override
  public String toString() {
    return "CancelIrnRequest{"
        + "cnlRsn="
        + cnlRsn
        + ", cnlRem="
        + cnlRem
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CancelIrnRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private CancelReason cnlRsn;
    private String cnlRem;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("CnlRsn")
    public Builder cnlRsn(CancelReason cnlRsn) {
      this.cnlRsn = cnlRsn;
      return this;
    }

    @JsonProperty("CnlRem")
    public Builder cnlRem(String cnlRem) {
      this.cnlRem = cnlRem;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CancelIrnRequest build() {
      Objects.requireNonNull(cnlRsn, "CancelIrnRequest.cnlRsn (CnlRsn) is required");
      return new CancelIrnRequest(this);
    }
  }
}
