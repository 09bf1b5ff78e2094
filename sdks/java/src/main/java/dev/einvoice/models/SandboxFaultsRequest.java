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
@JsonDeserialize(builder = SandboxFaultsRequest.Builder.class)
public final class SandboxFaultsRequest {
  @JsonProperty("faults")
  private final List<SandboxFault> faults;

  private final Map<String, Object> additionalProperties;

  private SandboxFaultsRequest(Builder b) {
    this.faults = b.faults == null ? null : Collections.unmodifiableList(new ArrayList<>(b.faults));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code faults}. Required. */
  public List<SandboxFault> faults() {
    return faults;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * SandboxFaultsRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, SandboxFaultsRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static SandboxFaultsRequest fromJson(String json) {
    return Json.parse(json, SandboxFaultsRequest.class);
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
    b.faults = faults;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SandboxFaultsRequest)) return false;
    SandboxFaultsRequest that = (SandboxFaultsRequest) o;
    return Objects.equals(faults, that.faults)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(faults, additionalProperties);
  }

  @Override
  public String toString() {
    return "SandboxFaultsRequest{"
        + "faults="
        + faults
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link SandboxFaultsRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private List<SandboxFault> faults;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("faults")
    public Builder faults(List<SandboxFault> faults) {
      this.faults = faults;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public SandboxFaultsRequest build() {
      Objects.requireNonNull(faults, "SandboxFaultsRequest.faults (faults) is required");
      return new SandboxFaultsRequest(this);
    }
  }
}
