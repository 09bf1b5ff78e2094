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
@JsonDeserialize(builder = DeletedGstin.Builder.class)
public final class DeletedGstin {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("deleted")
  private final Boolean deleted;

  @JsonProperty("revoked_credentials")
  private final Long revokedCredentials;

  private final Map<String, Object> additionalProperties;

  private DeletedGstin(Builder b) {
    this.object = b.object;
    this.gstin = b.gstin;
    this.deleted = b.deleted;
    this.revokedCredentials = b.revokedCredentials;
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

  /** Wire name {@code deleted}. Required. */
  public Boolean deleted() {
    return deleted;
  }

  /**
   * Credentials of the GSTIN that this deletion revoked.
   *
   * <p>Wire name {@code revoked_credentials}. Required.
   */
  public Long revokedCredentials() {
    return revokedCredentials;
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code DeletedGstin};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * DeletedGstin.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static DeletedGstin fromJson(String json) {
    return Json.parse(json, DeletedGstin.class);
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
    b.deleted = deleted;
    b.revokedCredentials = revokedCredentials;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof DeletedGstin)) return false;
    DeletedGstin that = (DeletedGstin) o;
    return Objects.equals(object, that.object)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(deleted, that.deleted)
        && Objects.equals(revokedCredentials, that.revokedCredentials)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, gstin, deleted, revokedCredentials, additionalProperties);
  }

  @Override
  public String toString() {
    return "DeletedGstin{"
        + "object="
        + object
        + ", gstin="
        + gstin
        + ", deleted="
        + deleted
        + ", revokedCredentials="
        + revokedCredentials
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link DeletedGstin}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String object;
    private String gstin;
    private Boolean deleted;
    private Long revokedCredentials;
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

    @JsonProperty("deleted")
    public Builder deleted(Boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    @JsonProperty("revoked_credentials")
    public Builder revokedCredentials(Long revokedCredentials) {
      this.revokedCredentials = revokedCredentials;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public DeletedGstin build() {
      return new DeletedGstin(this);
    }
  }
}
