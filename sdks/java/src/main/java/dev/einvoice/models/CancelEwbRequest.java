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
 * NIC {@code CANEWB} body (the e-way bill number comes from the path).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = CancelEwbRequest.Builder.class)
public final class CancelEwbRequest {
  @JsonProperty("cancelRsnCode")
  private final EwbCancelReason cancelRsnCode;

  @JsonProperty("cancelRmrk")
  private final String cancelRmrk;

  private final Map<String, Object> additionalProperties;

  private CancelEwbRequest(Builder b) {
    this.cancelRsnCode = b.cancelRsnCode;
    this.cancelRmrk = b.cancelRmrk;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code cancelRsnCode}. Required. */
  public EwbCancelReason cancelRsnCode() {
    return cancelRsnCode;
  }

  /** Wire name {@code cancelRmrk}. Optional: empty when absent. */
  public Optional<String> cancelRmrk() {
    return Optional.ofNullable(cancelRmrk);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code CancelEwbRequest};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * CancelEwbRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CancelEwbRequest fromJson(String json) {
    return Json.parse(json, CancelEwbRequest.class);
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
    b.cancelRsnCode = cancelRsnCode;
    b.cancelRmrk = cancelRmrk;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CancelEwbRequest)) return false;
    CancelEwbRequest that = (CancelEwbRequest) o;
    return Objects.equals(cancelRsnCode, that.cancelRsnCode)
        && Objects.equals(cancelRmrk, that.cancelRmrk)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cancelRsnCode, cancelRmrk, additionalProperties);
  }

  @Override
  public String toString() {
    return "CancelEwbRequest{"
        + "cancelRsnCode="
        + cancelRsnCode
        + ", cancelRmrk="
        + cancelRmrk
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CancelEwbRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private EwbCancelReason cancelRsnCode;
    private String cancelRmrk;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("cancelRsnCode")
    public Builder cancelRsnCode(EwbCancelReason cancelRsnCode) {
      this.cancelRsnCode = cancelRsnCode;
      return this;
    }

    @JsonProperty("cancelRmrk")
    public Builder cancelRmrk(String cancelRmrk) {
      this.cancelRmrk = cancelRmrk;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CancelEwbRequest build() {
      Objects.requireNonNull(
          cancelRsnCode, "CancelEwbRequest.cancelRsnCode (cancelRsnCode) is required");
      return new CancelEwbRequest(this);
    }
  }
}
