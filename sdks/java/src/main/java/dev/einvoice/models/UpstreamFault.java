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
 * What the government side (or einvoice on its behalf) said.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = UpstreamFault.Builder.class)
public final class UpstreamFault {
  @JsonProperty("system")
  private final String system;

  @JsonProperty("partner")
  private final String partner;

  @JsonProperty("code")
  private final String code;

  @JsonProperty("message")
  private final String message;

  @JsonProperty("retryable")
  private final Boolean retryable;

  private final Map<String, Object> additionalProperties;

  private UpstreamFault(Builder b) {
    this.system = b.system;
    this.partner = b.partner;
    this.code = b.code;
    this.message = b.message;
    this.retryable = b.retryable;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * {@code IRP}, {@code GSP} or {@code einvoice} (refused locally before any upstream call).
   *
   * <p>Wire name {@code system}. Optional: empty when absent.
   */
  public Optional<String> system() {
    return Optional.ofNullable(system);
  }

  /**
   * The GSP route used, if any.
   *
   * <p>Wire name {@code partner}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> partner() {
    return Optional.ofNullable(partner);
  }

  /**
   * The upstream code.
   *
   * <p>Wire name {@code code}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The upstream message.
   *
   * <p>Wire name {@code message}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * Whether retrying the same request can succeed.
   *
   * <p>Wire name {@code retryable}. Optional: empty when absent.
   */
  public Optional<Boolean> retryable() {
    return Optional.ofNullable(retryable);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code UpstreamFault};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * UpstreamFault.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static UpstreamFault fromJson(String json) {
    return Json.parse(json, UpstreamFault.class);
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
    b.system = system;
    b.partner = partner;
    b.code = code;
    b.message = message;
    b.retryable = retryable;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UpstreamFault)) return false;
    UpstreamFault that = (UpstreamFault) o;
    return Objects.equals(system, that.system)
        && Objects.equals(partner, that.partner)
        && Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(retryable, that.retryable)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(system, partner, code, message, retryable, additionalProperties);
  }

  @Override
  public String toString() {
    return "UpstreamFault{"
        + "system="
        + system
        + ", partner="
        + partner
        + ", code="
        + code
        + ", message="
        + message
        + ", retryable="
        + retryable
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link UpstreamFault}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String system;
    private String partner;
    private String code;
    private String message;
    private Boolean retryable;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("system")
    public Builder system(String system) {
      this.system = system;
      return this;
    }

    @JsonProperty("partner")
    public Builder partner(String partner) {
      this.partner = partner;
      return this;
    }

    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    @JsonProperty("message")
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    @JsonProperty("retryable")
    public Builder retryable(Boolean retryable) {
      this.retryable = retryable;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public UpstreamFault build() {
      return new UpstreamFault(this);
    }
  }
}
