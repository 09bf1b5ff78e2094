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
 * An attribute of the item.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = AttribDtls.Builder.class)
public final class AttribDtls {
  @JsonProperty("Nm")
  private final String nm;

  @JsonProperty("Val")
  private final String val;

  private final Map<String, Object> additionalProperties;

  private AttribDtls(Builder b) {
    this.nm = b.nm;
    this.val = b.val;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Attribute name.
   *
   * <p>Wire name {@code Nm}. Optional: empty when absent.
   */
  public Optional<String> nm() {
    return Optional.ofNullable(nm);
  }

  /**
   * Attribute value.
   *
   * <p>Wire name {@code Val}. Optional: empty when absent.
   */
  public Optional<String> val() {
    return Optional.ofNullable(val);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code AttribDtls};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * AttribDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static AttribDtls fromJson(String json) {
    return Json.parse(json, AttribDtls.class);
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
    b.nm = nm;
    b.val = val;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AttribDtls)) return false;
    AttribDtls that = (AttribDtls) o;
    return Objects.equals(nm, that.nm)
        && Objects.equals(val, that.val)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nm, val, additionalProperties);
  }

  @Override
  public String toString() {
    return "AttribDtls{"
        + "nm="
        + nm
        + ", val="
        + val
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link AttribDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String nm;
    private String val;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Nm")
    public Builder nm(String nm) {
      this.nm = nm;
      return this;
    }

    @JsonProperty("Val")
    public Builder val(String val) {
      this.val = val;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public AttribDtls build() {
      return new AttribDtls(this);
    }
  }
}
