// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
@JsonDeserialize(builder = RequestLog.Builder.class)
public final class RequestLog {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("request_id")
  private final String requestId;

  @JsonProperty("gstin")
  private final String gstin;

  @JsonProperty("client_id")
  private final String clientId;

  @JsonProperty("operation")
  private final String operation;

  @JsonProperty("method")
  private final String method;

  @JsonProperty("path")
  private final String path;

  @JsonProperty("status")
  private final Long status;

  @JsonProperty("idempotency_key")
  private final String idempotencyKey;

  @JsonProperty("replayed")
  private final Boolean replayed;

  @JsonProperty("irn")
  private final String irn;

  @JsonProperty("latency_ms")
  private final LatencyBreakdown latencyMs;

  @JsonProperty("upstream_attempts")
  private final List<UpstreamAttempt> upstreamAttempts;

  @JsonProperty("created_at")
  private final String createdAt;

  @JsonProperty("api_version")
  private final String apiVersion;

  @JsonProperty("warnings")
  private final List<ApiWarning> warnings;

  @JsonProperty("tenant")
  private final String tenant;

  @JsonProperty("request_body")
  private final JsonNode requestBody;

  @JsonProperty("response_body")
  private final JsonNode responseBody;

  @JsonProperty("schema_translation")
  private final SchemaTranslation schemaTranslation;

  private final Map<String, Object> additionalProperties;

  private RequestLog(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.requestId = b.requestId;
    this.gstin = b.gstin;
    this.clientId = b.clientId;
    this.operation = b.operation;
    this.method = b.method;
    this.path = b.path;
    this.status = b.status;
    this.idempotencyKey = b.idempotencyKey;
    this.replayed = b.replayed;
    this.irn = b.irn;
    this.latencyMs = b.latencyMs;
    this.upstreamAttempts =
        b.upstreamAttempts == null
            ? null
            : Collections.unmodifiableList(new ArrayList<>(b.upstreamAttempts));
    this.createdAt = b.createdAt;
    this.apiVersion = b.apiVersion;
    this.warnings =
        b.warnings == null ? null : Collections.unmodifiableList(new ArrayList<>(b.warnings));
    this.tenant = b.tenant;
    this.requestBody = b.requestBody;
    this.responseBody = b.responseBody;
    this.schemaTranslation = b.schemaTranslation;
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

  /** Wire name {@code request_id}. Required. */
  public String requestId() {
    return requestId;
  }

  /** Wire name {@code gstin}. Optional, may be null: empty when absent or null. */
  public Optional<String> gstin() {
    return Optional.ofNullable(gstin);
  }

  /** Wire name {@code client_id}. Optional, may be null: empty when absent or null. */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /**
   * The operationId called.
   *
   * <p>Wire name {@code operation}. Required.
   */
  public String operation() {
    return operation;
  }

  /** Wire name {@code method}. Required. */
  public String method() {
    return method;
  }

  /** Wire name {@code path}. Required. */
  public String path() {
    return path;
  }

  /** Wire name {@code status}. Required. */
  public Long status() {
    return status;
  }

  /** Wire name {@code idempotency_key}. Optional, may be null: empty when absent or null. */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Wire name {@code replayed}. Optional: empty when absent. */
  public Optional<Boolean> replayed() {
    return Optional.ofNullable(replayed);
  }

  /** Wire name {@code irn}. Optional, may be null: empty when absent or null. */
  public Optional<String> irn() {
    return Optional.ofNullable(irn);
  }

  /** Wire name {@code latency_ms}. Required. */
  public LatencyBreakdown latencyMs() {
    return latencyMs;
  }

  /** Wire name {@code upstream_attempts}. Required. */
  public List<UpstreamAttempt> upstreamAttempts() {
    return upstreamAttempts;
  }

  /** Wire name {@code created_at}. Required. */
  public String createdAt() {
    return createdAt;
  }

  /**
   * The dated API version the call was answered in (null: refused before one was chosen).
   *
   * <p>Wire name {@code api_version}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> apiVersion() {
    return Optional.ofNullable(apiVersion);
  }

  /**
   * Deprecated request fields the call used.
   *
   * <p>Wire name {@code warnings}. Optional: empty when absent.
   */
  public Optional<List<ApiWarning>> warnings() {
    return Optional.ofNullable(warnings);
  }

  /**
   * The tenant it belongs to (null: the account itself).
   *
   * <p>Wire name {@code tenant}. Optional, may be null: empty when absent or null.
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  /**
   * The request body with secrets redacted; null when not kept.
   *
   * <p>Wire name {@code request_body}. Required.
   */
  public JsonNode requestBody() {
    return requestBody;
  }

  /**
   * The response body with secrets redacted; null when not kept.
   *
   * <p>Wire name {@code response_body}. Required.
   */
  public JsonNode responseBody() {
    return responseBody;
  }

  /**
   * Set when the invoice went to the IRP in another NIC schema version than it was received in.
   *
   * <p>Wire name {@code schema_translation}. Optional, may be null: empty when absent or null.
   */
  public Optional<SchemaTranslation> schemaTranslation() {
    return Optional.ofNullable(schemaTranslation);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code RequestLog};
   * members this SDK version does not know are kept. The same as {@code Json.parse(json,
   * RequestLog.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static RequestLog fromJson(String json) {
    return Json.parse(json, RequestLog.class);
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
    b.requestId = requestId;
    b.gstin = gstin;
    b.clientId = clientId;
    b.operation = operation;
    b.method = method;
    b.path = path;
    b.status = status;
    b.idempotencyKey = idempotencyKey;
    b.replayed = replayed;
    b.irn = irn;
    b.latencyMs = latencyMs;
    b.upstreamAttempts = upstreamAttempts;
    b.createdAt = createdAt;
    b.apiVersion = apiVersion;
    b.warnings = warnings;
    b.tenant = tenant;
    b.requestBody = requestBody;
    b.responseBody = responseBody;
    b.schemaTranslation = schemaTranslation;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RequestLog)) return false;
    RequestLog that = (RequestLog) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(clientId, that.clientId)
        && Objects.equals(operation, that.operation)
        && Objects.equals(method, that.method)
        && Objects.equals(path, that.path)
        && Objects.equals(status, that.status)
        && Objects.equals(idempotencyKey, that.idempotencyKey)
        && Objects.equals(replayed, that.replayed)
        && Objects.equals(irn, that.irn)
        && Objects.equals(latencyMs, that.latencyMs)
        && Objects.equals(upstreamAttempts, that.upstreamAttempts)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(warnings, that.warnings)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(requestBody, that.requestBody)
        && Objects.equals(responseBody, that.responseBody)
        && Objects.equals(schemaTranslation, that.schemaTranslation)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        requestId,
        gstin,
        clientId,
        operation,
        method,
        path,
        status,
        idempotencyKey,
        replayed,
        irn,
        latencyMs,
        upstreamAttempts,
        createdAt,
        apiVersion,
        warnings,
        tenant,
        requestBody,
        responseBody,
        schemaTranslation,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "RequestLog{"
        + "id="
        + id
        + ", object="
        + object
        + ", requestId="
        + requestId
        + ", gstin="
        + gstin
        + ", clientId="
        + clientId
        + ", operation="
        + operation
        + ", method="
        + method
        + ", path="
        + path
        + ", status="
        + status
        + ", idempotencyKey="
        + idempotencyKey
        + ", replayed="
        + replayed
        + ", irn="
        + irn
        + ", latencyMs="
        + latencyMs
        + ", upstreamAttempts="
        + upstreamAttempts
        + ", createdAt="
        + createdAt
        + ", apiVersion="
        + apiVersion
        + ", warnings="
        + warnings
        + ", tenant="
        + tenant
        + ", requestBody="
        + requestBody
        + ", responseBody="
        + responseBody
        + ", schemaTranslation="
        + schemaTranslation
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link RequestLog}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String object;
    private String requestId;
    private String gstin;
    private String clientId;
    private String operation;
    private String method;
    private String path;
    private Long status;
    private String idempotencyKey;
    private Boolean replayed;
    private String irn;
    private LatencyBreakdown latencyMs;
    private List<UpstreamAttempt> upstreamAttempts;
    private String createdAt;
    private String apiVersion;
    private List<ApiWarning> warnings;
    private String tenant;
    private JsonNode requestBody;
    private JsonNode responseBody;
    private SchemaTranslation schemaTranslation;
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

    @JsonProperty("request_id")
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @JsonProperty("gstin")
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    @JsonProperty("client_id")
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    @JsonProperty("operation")
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    @JsonProperty("method")
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    @JsonProperty("path")
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    @JsonProperty("status")
    public Builder status(Long status) {
      this.status = status;
      return this;
    }

    @JsonProperty("idempotency_key")
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    @JsonProperty("replayed")
    public Builder replayed(Boolean replayed) {
      this.replayed = replayed;
      return this;
    }

    @JsonProperty("irn")
    public Builder irn(String irn) {
      this.irn = irn;
      return this;
    }

    @JsonProperty("latency_ms")
    public Builder latencyMs(LatencyBreakdown latencyMs) {
      this.latencyMs = latencyMs;
      return this;
    }

    @JsonProperty("upstream_attempts")
    public Builder upstreamAttempts(List<UpstreamAttempt> upstreamAttempts) {
      this.upstreamAttempts = upstreamAttempts;
      return this;
    }

    @JsonProperty("created_at")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    @JsonProperty("api_version")
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    @JsonProperty("warnings")
    public Builder warnings(List<ApiWarning> warnings) {
      this.warnings = warnings;
      return this;
    }

    @JsonProperty("tenant")
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    @JsonProperty("request_body")
    public Builder requestBody(JsonNode requestBody) {
      this.requestBody = requestBody;
      return this;
    }

    @JsonProperty("response_body")
    public Builder responseBody(JsonNode responseBody) {
      this.responseBody = responseBody;
      return this;
    }

    @JsonProperty("schema_translation")
    public Builder schemaTranslation(SchemaTranslation schemaTranslation) {
      this.schemaTranslation = schemaTranslation;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public RequestLog build() {
      return new RequestLog(this);
    }
  }
}
