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
@JsonDeserialize(builder = TestClock.Builder.class)
public final class TestClock {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("frozen_time")
  private final String frozenTime;

  @JsonProperty("status")
  private final TestClockStatus status;

  @JsonProperty("whole_account")
  private final Boolean wholeAccount;

  @JsonProperty("gstins")
  private final List<String> gstins;

  @JsonProperty("created_at")
  private final String createdAt;

  private final Map<String, Object> additionalProperties;

  private TestClock(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.name = b.name;
    this.frozenTime = b.frozenTime;
    this.status = b.status;
    this.wholeAccount = b.wholeAccount;
    this.gstins = b.gstins == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstins));
    this.createdAt = b.createdAt;
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

  /**
   * Your label for the clock.
   *
   * <p>Wire name {@code name}. Required, may be null: empty when null.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Wire name {@code frozen_time}. Required. */
  public String frozenTime() {
    return frozenTime;
  }

  /**
   * {@code ready}: the GSTINs run at {@code frozen_time}. {@code advancing} is reserved for an
   * advance that is still being applied.
   *
   * <p>Wire name {@code status}. Required.
   */
  public TestClockStatus status() {
    return status;
  }

  /**
   * Every sandbox GSTIN of the account without a clock of its own follows this one.
   *
   * <p>Wire name {@code whole_account}. Required.
   */
  public Boolean wholeAccount() {
    return wholeAccount;
  }

  /**
   * The GSTINs attached to this clock.
   *
   * <p>Wire name {@code gstins}. Required.
   */
  public List<String> gstins() {
    return gstins;
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code TestClock};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * TestClock.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static TestClock fromJson(String json) {
    return Json.parse(json, TestClock.class);
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
    b.name = name;
    b.frozenTime = frozenTime;
    b.status = status;
    b.wholeAccount = wholeAccount;
    b.gstins = gstins;
    b.createdAt = createdAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TestClock)) return false;
    TestClock that = (TestClock) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(name, that.name)
        && Objects.equals(frozenTime, that.frozenTime)
        && Objects.equals(status, that.status)
        && Objects.equals(wholeAccount, that.wholeAccount)
        && Objects.equals(gstins, that.gstins)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        name,
        frozenTime,
        status,
        wholeAccount,
        gstins,
        createdAt,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "TestClock{"
        + "id="
        + id
        + ", object="
        + object
        + ", name="
        + name
        + ", frozenTime="
        + frozenTime
        + ", status="
        + status
        + ", wholeAccount="
        + wholeAccount
        + ", gstins="
        + gstins
        + ", createdAt="
        + createdAt
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link TestClock}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String name;
    private String frozenTime;
    private TestClockStatus status;
    private Boolean wholeAccount;
    private List<String> gstins;
    private String createdAt;
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

    @JsonProperty("status")
    public Builder status(TestClockStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("whole_account")
    public Builder wholeAccount(Boolean wholeAccount) {
      this.wholeAccount = wholeAccount;
      return this;
    }

    @JsonProperty("gstins")
    public Builder gstins(List<String> gstins) {
      this.gstins = gstins;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public TestClock build() {
      return new TestClock(this);
    }
  }
}
