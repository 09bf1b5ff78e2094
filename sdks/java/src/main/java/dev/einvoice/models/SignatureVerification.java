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
import java.util.Optional;

/**
 * Whether the IRP's signed invoice and signed QR code verify with NIC's signing certificate named
 * by the JWT header's {@code kid} (or {@code x5t}). {@code failed} does not undo the document: the
 * IRN exists at the IRP and is returned as usual; the operator is alerted (error log and the {@code
 * einvoice_signature_verification_failures_total} metric). Check the certificates configured for
 * the environment (NIC rotates them) before trusting or printing a {@code failed} document's QR
 * code. {@code unverified}: no certificates were configured for its environment.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = SignatureVerification.Builder.class)
public final class SignatureVerification {
  @JsonProperty("status")
  private final SignatureVerificationStatus status;

  @JsonProperty("reason")
  private final String reason;

  private final Map<String, Object> additionalProperties;

  private SignatureVerification(Builder b) {
    this.status = b.status;
    this.reason = b.reason;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** Wire name {@code status}. Required. */
  public SignatureVerificationStatus status() {
    return status;
  }

  /**
   * Why it failed or was not checked (which JWT, which {@code kid}); null when verified.
   *
   * <p>Wire name {@code reason}. Required, may be null: empty when null.
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code
   * SignatureVerification}; members this SDK version does not know are kept. The same as {@code
   * Json.parse(json, SignatureVerification.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static SignatureVerification fromJson(String json) {
    return Json.parse(json, SignatureVerification.class);
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
    b.reason = reason;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SignatureVerification)) return false;
    SignatureVerification that = (SignatureVerification) o;
    return Objects.equals(status, that.status)
        && Objects.equals(reason, that.reason)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, reason, additionalProperties);
  }

  @Override
  public String toString() {
    return "SignatureVerification{"
        + "status="
        + status
        + ", reason="
        + reason
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link SignatureVerification}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private SignatureVerificationStatus status;
    private String reason;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("status")
    public Builder status(SignatureVerificationStatus status) {
      this.status = status;
      return this;
    }

    @JsonProperty("reason")
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public SignatureVerification build() {
      return new SignatureVerification(this);
    }
  }
}
