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

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = DeletedGspRouteUser.Builder.class)
public final class DeletedGspRouteUser {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("route")
  private final String route;

  @JsonProperty("deleted")
  private final Boolean deleted;

  private final Map<String, Object> additionalProperties;

  private DeletedGspRouteUser(Builder b) {
    this.object = b.object;
    this.gstin = b.gstin;
    this.route = b.route;
    this.deleted = b.deleted;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code gstin}. Required. */
  public String gstin() {
    return gstin;
  }

  /** Wire name {@code route}. Required. */
  public String route() {
    return route;
  }

  /** Wire name {@code deleted}. Required. */
  public Boolean deleted() {
    return deleted;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * DeletedGspRouteUser}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, DeletedGspRouteUser.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static DeletedGspRouteUser fromJson(String json) {
    return Json.parse(json, DeletedGspRouteUser.class);
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
    b.gstin = gstin;
    b.route = route;
    b.deleted = deleted;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof DeletedGspRouteUser)) return false;
    DeletedGspRouteUser that = (DeletedGspRouteUser) o;
    return Objects.equals(object, that.object)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(route, that.route)
        && Objects.equals(deleted, that.deleted)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, gstin, route, deleted, additionalProperties);
  }

  @Override
  public String toString() {
    return "DeletedGspRouteUser{"
        + "object="
        + object
        + ", gstin="
        + gstin
        + ", route="
        + route
        + ", deleted="
        + deleted
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link DeletedGspRouteUser}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String gstin;
    private String route;
    private Boolean deleted;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("route")
    public Builder route(String route) {
      this.route = route;
      return this;
    }

    @JsonProperty("deleted")
    public Builder deleted(Boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public DeletedGspRouteUser build() {
      return new DeletedGspRouteUser(this);
    }
  }
}
