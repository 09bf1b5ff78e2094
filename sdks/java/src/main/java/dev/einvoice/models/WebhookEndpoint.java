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
@JsonDeserialize(builder = WebhookEndpoint.Builder.class)
public final class WebhookEndpoint {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

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

  @JsonProperty("status")
  private final WebhookEndpointStatus status;

  @JsonProperty("disabled_reason")
  private final WebhookEndpointDisabledReason disabledReason;

  @JsonProperty("disabled_at")
  private final String disabledAt;

  @JsonProperty("failing_since")
  private final String failingSince;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("updated_at")
  private final String updatedAt;

  private final Map<String, Object> additionalProperties;

  private WebhookEndpoint(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.url = b.url;
    this.description = b.description;
    this.events = b.events == null ? null : Collections.unmodifiableList(new ArrayList<>(b.events));
    this.gstins = b.gstins == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstins));
    this.enabled = b.enabled;
    this.status = b.status;
    this.disabledReason = b.disabledReason;
    this.disabledAt = b.disabledAt;
    this.failingSince = b.failingSince;
    this.tenant = b.tenant;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code id}. Required. */
  public String id() {
    return id;
  }

  /** Wire name {@code object}. Required. */
  public String object() {
    return object;
  }

  /** Wire name {@code url}. Required. */
  public String url() {
    return url;
  }

  /** Wire name {@code description}. Optional, may be null: empty when absent or null. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Wire name {@code events}. Required. */
  public List<EventFilter> events() {
    return events;
  }

  /** Wire name {@code gstins}. Required. */
  public List<String> gstins() {
    return gstins;
  }

  /** Wire name {@code enabled}. Required. */
  public Boolean enabled() {
    return enabled;
  }

  /**
   * {@code disabled}: no new deliveries; pending ones wait until it is enabled again. Same as
   * {@code enabled}.
   *
   * <p>Wire name {@code status}. Required.
   */
  public WebhookEndpointStatus status() {
    return status;
  }

  /**
   * Why it is disabled: {@code manual} (through the API) or {@code failing} (automatically, after
   * every attempt failed for the configured period, 5 days by default). Null when enabled.
   *
   * <p>Wire name {@code disabled_reason}. Required, may be null: empty when null.
   */
  public Optional<WebhookEndpointDisabledReason> disabledReason() {
    return Optional.ofNullable(disabledReason);
  }

  /**
   * When it was disabled; null when enabled.
   *
   * <p>Wire name {@code disabled_at}. Required, may be null: empty when null.
   */
  public Optional<String> disabledAt() {
    return Optional.ofNullable(disabledAt);
  }

  /**
   * The first failed attempt since the last successful one; null while the endpoint is healthy. It
   * is disabled automatically when this is older than the configured period.
   *
   * <p>Wire name {@code failing_since}. Required, may be null: empty when null.
   */
  public Optional<String> failingSince() {
    return Optional.ofNullable(failingSince);
  }

  /**
   * Created under a tenant: receives only that tenant's events. null: a platform-level endpoint,
   * every event of the account.
   *
   * <p>Wire name {@code tenant}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Wire name {@code updated_at}. Required. */
  public String updatedAt() {
    return updatedAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code WebhookEndpoint};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * WebhookEndpoint.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static WebhookEndpoint fromJson(String json) {
    return Json.parse(json, WebhookEndpoint.class);
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
    b.id = id;
    b.object = object;
    b.url = url;
    b.description = description;
    b.events = events;
    b.gstins = gstins;
    b.enabled = enabled;
    b.status = status;
    b.disabledReason = disabledReason;
    b.disabledAt = disabledAt;
    b.failingSince = failingSince;
    b.tenant = tenant;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof WebhookEndpoint)) return false;
    WebhookEndpoint that = (WebhookEndpoint) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(url, that.url)
        && Objects.equals(description, that.description)
        && Objects.equals(events, that.events)
        && Objects.equals(gstins, that.gstins)
        && Objects.equals(enabled, that.enabled)
        && Objects.equals(status, that.status)
        && Objects.equals(disabledReason, that.disabledReason)
        && Objects.equals(disabledAt, that.disabledAt)
        && Objects.equals(failingSince, that.failingSince)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        url,
        description,
        events,
        gstins,
        enabled,
        status,
        disabledReason,
        disabledAt,
        failingSince,
        tenant,
        createdAt,
        updatedAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "WebhookEndpoint{"
        + "id="
        + id
        + ", object="
        + object
        + ", url="
        + url
        + ", description="
        + description
        + ", events="
        + events
        + ", gstins="
        + gstins
        + ", enabled="
        + enabled
        + ", status="
        + status
        + ", disabledReason="
        + disabledReason
        + ", disabledAt="
        + disabledAt
        + ", failingSince="
        + failingSince
        + ", tenant="
        + tenant
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link WebhookEndpoint}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String url;
    private String description;
    private List<EventFilter> events;
    private List<String> gstins;
    private Boolean enabled;
    private WebhookEndpointStatus status;
    private WebhookEndpointDisabledReason disabledReason;
    private String disabledAt;
    private String failingSince;
    private String tenant;
    private String createdAt;
    private String updatedAt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    @JsonProperty("object")
    public Builder object(String object) {
      this.object = object;
      return this;
    }

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

    @JsonProperty("status")
    public Builder status(WebhookEndpointStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("disabled_reason")
    public Builder disabledReason(WebhookEndpointDisabledReason disabledReason) {
      this.disabledReason = disabledReason;
      return this;
    }

    @JsonProperty("disabled_at")
    public Builder disabledAt(String disabledAt) {
      this.disabledAt = disabledAt;
      return this;
    }

    @JsonProperty("failing_since")
    public Builder failingSince(String failingSince) {
      this.failingSince = failingSince;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("updated_at")
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public WebhookEndpoint build() {
      return new WebhookEndpoint(this);
    }
  }
}
