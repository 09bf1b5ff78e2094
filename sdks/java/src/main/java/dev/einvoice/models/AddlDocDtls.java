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
 * A supporting document.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = AddlDocDtls.Builder.class)
public final class AddlDocDtls {
  @JsonProperty("Url")
  private final String url;

  @JsonProperty("Docs")
  private final String docs;

  @JsonProperty("Info")
  private final String info;

  private final Map<String, Object> additionalProperties;

  private AddlDocDtls(Builder b) {
    this.url = b.url;
    this.docs = b.docs;
    this.info = b.info;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * URL of the document.
   *
   * <p>Wire name {@code Url}. Optional: empty when absent.
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * The document, base64.
   *
   * <p>Wire name {@code Docs}. Optional: empty when absent.
   */
  public Optional<String> docs() {
    return Optional.ofNullable(docs);
  }

  /**
   * Additional information.
   *
   * <p>Wire name {@code Info}. Optional: empty when absent.
   */
  public Optional<String> info() {
    return Optional.ofNullable(info);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code AddlDocDtls};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * AddlDocDtls.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static AddlDocDtls fromJson(String json) {
    return Json.parse(json, AddlDocDtls.class);
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
    b.url = url;
    b.docs = docs;
    b.info = info;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AddlDocDtls)) return false;
    AddlDocDtls that = (AddlDocDtls) o;
    return Objects.equals(url, that.url)
        && Objects.equals(docs, that.docs)
        && Objects.equals(info, that.info)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, docs, info, additionalProperties);
  }

  @Override
  public String toString() {
    return "AddlDocDtls{"
        + "url="
        + url
        + ", docs="
        + docs
        + ", info="
        + info
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link AddlDocDtls}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String url;
    private String docs;
    private String info;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Url")
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    @JsonProperty("Docs")
    public Builder docs(String docs) {
      this.docs = docs;
      return this;
    }

    @JsonProperty("Info")
    public Builder info(String info) {
      this.info = info;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public AddlDocDtls build() {
      return new AddlDocDtls(this);
    }
  }
}
