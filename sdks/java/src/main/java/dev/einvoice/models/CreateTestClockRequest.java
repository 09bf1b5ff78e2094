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
@JsonDeserialize(builder = CreateTestClockRequest.Builder.class)
public final class CreateTestClockRequest {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("frozen_time")
  private final String frozenTime;

  @JsonProperty("gstins")
  private final List<String> gstins;

  @JsonProperty("whole_account")
  private final Boolean wholeAccount;

  private final Map<String, Object> additionalProperties;

  private CreateTestClockRequest(Builder b) {
    this.name = b.name;
    this.frozenTime = b.frozenTime;
    this.gstins = b.gstins == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstins));
    this.wholeAccount = b.wholeAccount;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code name}. Optional: empty when absent. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Wire name {@code frozen_time}. Optional: empty when absent. */
  public Optional<String> frozenTime() {
    return Optional.ofNullable(frozenTime);
  }

  /** Wire name {@code gstins}. Optional: empty when absent. */
  public Optional<List<String>> gstins() {
    return Optional.ofNullable(gstins);
  }

  /** Wire name {@code whole_account}. Optional: empty when absent. */
  public Optional<Boolean> wholeAccount() {
    return Optional.ofNullable(wholeAccount);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * CreateTestClockRequest}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, CreateTestClockRequest.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static CreateTestClockRequest fromJson(String json) {
    return Json.parse(json, CreateTestClockRequest.class);
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
    b.name = name;
    b.frozenTime = frozenTime;
    b.gstins = gstins;
    b.wholeAccount = wholeAccount;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateTestClockRequest)) return false;
    CreateTestClockRequest that = (CreateTestClockRequest) o;
    return Objects.equals(name, that.name)
        && Objects.equals(frozenTime, that.frozenTime)
        && Objects.equals(gstins, that.gstins)
        && Objects.equals(wholeAccount, that.wholeAccount)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, frozenTime, gstins, wholeAccount, additionalProperties);
  }

  @Override
  public String toString() {
    return "CreateTestClockRequest{"
        + "name="
        + name
        + ", frozenTime="
        + frozenTime
        + ", gstins="
        + gstins
        + ", wholeAccount="
        + wholeAccount
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link CreateTestClockRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String name;
    private String frozenTime;
    private List<String> gstins;
    private Boolean wholeAccount;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    @JsonProperty("frozen_time")
    public Builder frozenTime(String frozenTime) {
      this.frozenTime = frozenTime;
      return this;
    }

    @JsonProperty("gstins")
    public Builder gstins(List<String> gstins) {
      this.gstins = gstins;
      return this;
    }

    @JsonProperty("whole_account")
    public Builder wholeAccount(Boolean wholeAccount) {
      this.wholeAccount = wholeAccount;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public CreateTestClockRequest build() {
      return new CreateTestClockRequest(this);
    }
  }
}
