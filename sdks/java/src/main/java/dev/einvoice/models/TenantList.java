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
import java.util.Optional;

/**
 * Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = TenantList.Builder.class)
public final class TenantList {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("data")
  private final List<Tenant> data;

  @JsonProperty("has_more")
  private final Boolean hasMore;

  @JsonProperty("next_cursor")
  private final String nextCursor;

  private final Map<String, Object> additionalProperties;

  private TenantList(Builder b) {
    this.object = b.object;
    this.data = b.data == null ? null : Collections.unmodifiableList(new ArrayList<>(b.data));
    this.hasMore = b.hasMore;
    this.nextCursor = b.nextCursor;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code data}. Required. */
  public List<Tenant> data() {
    return data;
  }

  /** Wire name {@code has_more}. Required. */
  public Boolean hasMore() {
    return hasMore;
  }

  /** Wire name {@code next_cursor}. Required, may be null: empty when null. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code TenantList};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * TenantList.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static TenantList fromJson(String json) {
    return Json.parse(json, TenantList.class);
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
    b.hasMore = hasMore;
    b.nextCursor = nextCursor;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TenantList)) return false;
    TenantList that = (TenantList) o;
    return Objects.equals(object, that.object)
        && Objects.equals(data, that.data)
        && Objects.equals(hasMore, that.hasMore)
        && Objects.equals(nextCursor, that.nextCursor)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, data, hasMore, nextCursor, additionalProperties);
  }

  @Override
  public String toString() {
    return "TenantList{"
        + "object="
        + object
        + ", data="
        + data
        + ", hasMore="
        + hasMore
        + ", nextCursor="
        + nextCursor
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link TenantList}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private List<Tenant> data;
    private Boolean hasMore;
    private String nextCursor;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    @JsonProperty("data")
    public Builder data(List<Tenant> data) {
      this.data = data;
      return this;
    }

    @JsonProperty("has_more")
    public Builder hasMore(Boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    @JsonProperty("next_cursor")
    public Builder nextCursor(String nextCursor) {
      this.nextCursor = nextCursor;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public TenantList build() {
      return new TenantList(this);
    }
  }
}
