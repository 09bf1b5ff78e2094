// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A supporting document.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = AddlDocDtls.Builder.class)
public final class AddlDocDtls {
  private final String url;
  private final String docs;
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
   * <p>Wire name {@code Url}. Optional.
   */
  @JsonProperty("Url")
  public String url() {
    return url;
  }

  /**
   * The document, base64.
   *
   * <p>Wire name {@code Docs}. Optional.
   */
  @JsonProperty("Docs")
  public String docs() {
    return docs;
  }

  /**
   * Additional information.
   *
   * <p>Wire name {@code Info}. Optional.
   */
  @JsonProperty("Info")
  public String info() {
    return info;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
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
