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
 * A job's records by outcome so far; {@code pending} ones have none yet.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = BulkProgress.Builder.class)
public final class BulkProgress {
  @JsonProperty("total")
  private final Long total;

  @JsonProperty("generated")
  private final Long generated;

  @JsonProperty("replayed")
  private final Long replayed;

  @JsonProperty("failed")
  private final Long failed;

  @JsonProperty("queued")
  private final Long queued;

  @JsonProperty("pending")
  private final Long pending;

  private final Map<String, Object> additionalProperties;

  private BulkProgress(Builder b) {
    this.total = b.total;
    this.generated = b.generated;
    this.replayed = b.replayed;
    this.failed = b.failed;
    this.queued = b.queued;
    this.pending = b.pending;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code total}. Required. */
  public Long total() {
    return total;
  }

  /** Wire name {@code generated}. Required. */
  public Long generated() {
    return generated;
  }

  /**
   * Records whose document already had an IRN.
   *
   * <p>Wire name {@code replayed}. Required.
   */
  public Long replayed() {
    return replayed;
  }

  /** Wire name {@code failed}. Required. */
  public Long failed() {
    return failed;
  }

  /**
   * Handed to the outage queue (no GSP reachable); it sends the document's own event.
   *
   * <p>Wire name {@code queued}. Required.
   */
  public Long queued() {
    return queued;
  }

  /** Wire name {@code pending}. Required. */
  public Long pending() {
    return pending;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code BulkProgress};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * BulkProgress.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static BulkProgress fromJson(String json) {
    return Json.parse(json, BulkProgress.class);
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
    b.total = total;
    b.generated = generated;
    b.replayed = replayed;
    b.failed = failed;
    b.queued = queued;
    b.pending = pending;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BulkProgress)) return false;
    BulkProgress that = (BulkProgress) o;
    return Objects.equals(total, that.total)
        && Objects.equals(generated, that.generated)
        && Objects.equals(replayed, that.replayed)
        && Objects.equals(failed, that.failed)
        && Objects.equals(queued, that.queued)
        && Objects.equals(pending, that.pending)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, generated, replayed, failed, queued, pending, additionalProperties);
  }

  @Override
  public String toString() {
    return "BulkProgress{"
        + "total="
        + total
        + ", generated="
        + generated
        + ", replayed="
        + replayed
        + ", failed="
        + failed
        + ", queued="
        + queued
        + ", pending="
        + pending
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link BulkProgress}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long total;
    private Long generated;
    private Long replayed;
    private Long failed;
    private Long queued;
    private Long pending;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("total")
    public Builder total(Long total) {
      this.total = total;
      return this;
    }

    @JsonProperty("generated")
    public Builder generated(Long generated) {
      this.generated = generated;
      return this;
    }

    @JsonProperty("replayed")
    public Builder replayed(Long replayed) {
      this.replayed = replayed;
      return this;
    }

    @JsonProperty("failed")
    public Builder failed(Long failed) {
      this.failed = failed;
      return this;
    }

    @JsonProperty("queued")
    public Builder queued(Long queued) {
      this.queued = queued;
      return this;
    }

    @JsonProperty("pending")
    public Builder pending(Long pending) {
      this.pending = pending;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public BulkProgress build() {
      return new BulkProgress(this);
    }
  }
}
