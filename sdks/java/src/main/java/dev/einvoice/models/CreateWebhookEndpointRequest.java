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
@JsonDeserialize(builder = CreateWebhookEndpointRequest.Builder.class)
public final class CreateWebhookEndpointRequest {
  @JsonProperty("url")
  private final String url;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("events")
  private final List<EventFilter> events;

  @JsonProperty("gstins")
  private final List<String> gstins;

  @JsonProperty("enabled")
  private final Boolean enabled;

  private final Map<String, Object> additionalProperties;

  private CreateWebhookEndpointRequest(Builder b) {
    this.url = b.url;
    this.description = b.description;
    this.events = b.events == null ? null : Collections.unmodifiableList(new ArrayList<>(b.events));
    this.gstins = b.gstins == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstins));
    this.enabled = b.enabled;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * HTTPS URL (plain HTTP only for a loopback receiver the server is configured to allow).
   *
   * <p>Wire name {@code url}. Required.
   */
  public String url() {
    return url;
  }

  /** Wire name {@code description}. Optional: empty when absent. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Wire name {@code events}. Required. */
  public List<EventFilter> events() {
    return events;
  }

  /**
   * Only events of these GSTINs (default: all GSTINs of the account).
   *
   * <p>Wire name {@code gstins}. Optional: empty when absent.
   */
  public Optional<List<String>> gstins() {
    return Optional.ofNullable(gstins);
  }

  /** Wire name {@code enabled}. Optional: empty when absent. */
  public Optional<Boolean> enabled() {
    return Optional.ofNullable(enabled);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * CreateWebhookEndpointRequest}; members this SDK version does not know are kept. The same as
   * {@code Json.parse(json, CreateWebhookEndpointRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CreateWebhookEndpointRequest fromJson(String json) {
    return Json.parse(json, CreateWebhookEndpointRequest.class);
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
    if (!(o instanceof CreateWebhookEndpointRequest)) return false;
    CreateWebhookEndpointRequest that = (CreateWebhookEndpointRequest) o;
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
    return "CreateWebhookEndpointRequest{"
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

  /** Builder of {@link CreateWebhookEndpointRequest}. */
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

    public CreateWebhookEndpointRequest build() {
      Objects.requireNonNull(url, "CreateWebhookEndpointRequest.url (url) is required");
      Objects.requireNonNull(events, "CreateWebhookEndpointRequest.events (events) is required");
      return new CreateWebhookEndpointRequest(this);
    }
  }
}
