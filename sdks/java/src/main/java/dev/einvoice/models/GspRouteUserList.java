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
@JsonDeserialize(builder = GspRouteUserList.Builder.class)
public final class GspRouteUserList {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("data")
  private final List<GspRouteUser> data;

  private final Map<String, Object> additionalProperties;

  private GspRouteUserList(Builder b) {
    this.object = b.object;
    this.data = b.data == null ? null : Collections.unmodifiableList(new ArrayList<>(b.data));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code data}. Required. */
  public List<GspRouteUser> data() {
    return data;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code GspRouteUserList};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * GspRouteUserList.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static GspRouteUserList fromJson(String json) {
    return Json.parse(json, GspRouteUserList.class);
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
    b.object = object;
    b.data = data;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GspRouteUserList)) return false;
    GspRouteUserList that = (GspRouteUserList) o;
    return Objects.equals(object, that.object)
        && Objects.equals(data, that.data)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, data, additionalProperties);
  }

  @Override
  public String toString() {
    return "GspRouteUserList{"
        + "object="
        + object
        + ", data="
        + data
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link GspRouteUserList}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private List<GspRouteUser> data;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("data")
    public Builder data(List<GspRouteUser> data) {
      this.data = data;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public GspRouteUserList build() {
      return new GspRouteUserList(this);
    }
  }
}
