// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
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
@JsonDeserialize(builder = UpdateWebhookEndpointRequest.Builder.class)
public final class UpdateWebhookEndpointRequest {
  private final String url;
  private final String description;
  private final List<EventFilter> events;
  private final List<String> gstins;
  private final Boolean enabled;
  private final Map<String, Object> additionalProperties;

  private UpdateWebhookEndpointRequest(Builder b) {
    this.url = b.url;
    this.description = b.description;
    this.events = b.events == null ? null : Collections.unmodifiableList(new ArrayList<>(b.events));
    this.gstins = b.gstins == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstins));
    this.enabled = b.enabled;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code url}. Optional. */
  @JsonProperty("url")
  public String url() {
    return url;
  }

  /** Wire name {@code description}. Optional. */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** Wire name {@code events}. Optional. */
  @JsonProperty("events")
  public List<EventFilter> events() {
    return events;
  }

  /** Wire name {@code gstins}. Optional. */
  @JsonProperty("gstins")
  public List<String> gstins() {
    return gstins;
  }

  /** Wire name {@code enabled}. Optional. */
  @JsonProperty("enabled")
  public Boolean enabled() {
    return enabled;
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
    b.description = description;
    b.events = events;
    b.gstins = gstins;
    b.enabled = enabled;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UpdateWebhookEndpointRequest)) return false;
    UpdateWebhookEndpointRequest that = (UpdateWebhookEndpointRequest) o;
    return Objects.equals(url, that.url)
        && Objects.equals(description, that.description)
        && Objects.equals(events, that.events)
        && Objects.equals(gstins, that.gstins)
        && Objects.equals(enabled, that.enabled)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, description, events, gstins, enabled, additionalProperties);
  }

  @Override
  public String toString() {
    return "UpdateWebhookEndpointRequest{"
        + "url="
        + url
        + ", description="
        + description
        + ", events="
        + events
        + ", gstins="
        + gstins
        + ", enabled="
        + enabled
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link UpdateWebhookEndpointRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String url;
    private String description;
    private List<EventFilter> events;
    private List<String> gstins;
    private Boolean enabled;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("url")
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    @JsonProperty("events")
    public Builder events(List<EventFilter> events) {
      this.events = events;
      return this;
    }

    @JsonProperty("gstins")
    public Builder gstins(List<String> gstins) {
      this.gstins = gstins;
      return this;
    }

    @JsonProperty("enabled")
    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public UpdateWebhookEndpointRequest build() {
      return new UpdateWebhookEndpointRequest(this);
    }
  }
}
