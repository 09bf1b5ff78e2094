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
@JsonDeserialize(builder = SandboxFaultsFaultsItem.Builder.class)
public final class SandboxFaultsFaultsItem {
  @JsonProperty("mode")
  private final SandboxFaultMode mode;

  @JsonProperty("count")
  private final Long count;

  @JsonProperty("code")
  private final String code;

  @JsonProperty("remaining")
  private final Long remaining;

  private final Map<String, Object> additionalProperties;

  private SandboxFaultsFaultsItem(Builder b) {
    this.mode = b.mode;
    this.count = b.count;
    this.code = b.code;
    this.remaining = b.remaining;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code mode}. Required. */
  public SandboxFaultMode mode() {
    return mode;
  }

  /**
   * How many of the next requests meet it; 0 clears it.
   *
   * <p>Wire name {@code count}. Required.
   */
  public Long count() {
    return count;
  }

  /**
   * NIC error code, for {@code nic_error}.
   *
   * <p>Wire name {@code code}. Optional: empty when absent.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Wire name {@code remaining}. Required. */
  public Long remaining() {
    return remaining;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * SandboxFaultsFaultsItem}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, SandboxFaultsFaultsItem.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static SandboxFaultsFaultsItem fromJson(String json) {
    return Json.parse(json, SandboxFaultsFaultsItem.class);
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
    b.mode = mode;
    b.count = count;
    b.code = code;
    b.remaining = remaining;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SandboxFaultsFaultsItem)) return false;
    SandboxFaultsFaultsItem that = (SandboxFaultsFaultsItem) o;
    return Objects.equals(mode, that.mode)
        && Objects.equals(count, that.count)
        && Objects.equals(code, that.code)
        && Objects.equals(remaining, that.remaining)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, count, code, remaining, additionalProperties);
  }

  @Override
  public String toString() {
    return "SandboxFaultsFaultsItem{"
        + "mode="
        + mode
        + ", count="
        + count
        + ", code="
        + code
        + ", remaining="
        + remaining
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link SandboxFaultsFaultsItem}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private SandboxFaultMode mode;
    private Long count;
    private String code;
    private Long remaining;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("mode")
    public Builder mode(SandboxFaultMode mode) {
      this.mode = mode;
      return this;
    }

    @JsonProperty("count")
    public Builder count(Long count) {
      this.count = count;
      return this;
    }

    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    @JsonProperty("remaining")
    public Builder remaining(Long remaining) {
      this.remaining = remaining;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public SandboxFaultsFaultsItem build() {
      return new SandboxFaultsFaultsItem(this);
    }
  }
}
