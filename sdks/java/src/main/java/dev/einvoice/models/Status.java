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
@JsonDeserialize(builder = Status.Builder.class)
public final class Status {
  @JsonProperty("status")
  private final HealthState status;

  @JsonProperty("updated_at")
  private final String updatedAt;

  @JsonProperty("gsps")
  private final List<GspHealth> gsps;

  @JsonProperty("irps")
  private final List<IrpHealth> irps;

  @JsonProperty("unresolved")
  private final Long unresolved;

  private final Map<String, Object> additionalProperties;

  private Status(Builder b) {
    this.status = b.status;
    this.updatedAt = b.updatedAt;
    this.gsps = b.gsps == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gsps));
    this.irps = b.irps == null ? null : Collections.unmodifiableList(new ArrayList<>(b.irps));
    this.unresolved = b.unresolved;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code status}. Required. */
  public HealthState status() {
    return status;
  }

  /** Wire name {@code updated_at}. Required. */
  public String updatedAt() {
    return updatedAt;
  }

  /** Wire name {@code gsps}. Required. */
  public List<GspHealth> gsps() {
    return gsps;
  }

  /** Wire name {@code irps}. Required. */
  public List<IrpHealth> irps() {
    return irps;
  }

  /**
   * Documents, cancellations and e-way bill changes (cancel, Part-B, extension) on this server
   * whose outcome at the IRP is not yet known (a lost answer, a crash, an unresolved 2150), which
   * the reconciler is still resolving; an e-way bill change is counted while it is being sent. It
   * should stay near 0; a number that grows means the IRP is not answering reads.
   *
   * <p>Wire name {@code unresolved}. Required.
   */
  public Long unresolved() {
    return unresolved;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Status}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Status.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Status fromJson(String json) {
    return Json.parse(json, Status.class);
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
    b.status = status;
    b.updatedAt = updatedAt;
    b.gsps = gsps;
    b.irps = irps;
    b.unresolved = unresolved;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Status)) return false;
    Status that = (Status) o;
    return Objects.equals(status, that.status)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(gsps, that.gsps)
        && Objects.equals(irps, that.irps)
        && Objects.equals(unresolved, that.unresolved)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, updatedAt, gsps, irps, unresolved, additionalProperties);
  }

  @Override
  public String toString() {
    return "Status{"
        + "status="
        + status
        + ", updatedAt="
        + updatedAt
        + ", gsps="
        + gsps
        + ", irps="
        + irps
        + ", unresolved="
        + unresolved
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Status}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private HealthState status;
    private String updatedAt;
    private List<GspHealth> gsps;
    private List<IrpHealth> irps;
    private Long unresolved;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("status")
    public Builder status(HealthState status) {
      this.status = status;
      return this;
    }

    @JsonProperty("updated_at")
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    @JsonProperty("gsps")
    public Builder gsps(List<GspHealth> gsps) {
      this.gsps = gsps;
      return this;
    }

    @JsonProperty("irps")
    public Builder irps(List<IrpHealth> irps) {
      this.irps = irps;
      return this;
    }

    @JsonProperty("unresolved")
    public Builder unresolved(Long unresolved) {
      this.unresolved = unresolved;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Status build() {
      return new Status(this);
    }
  }
}
