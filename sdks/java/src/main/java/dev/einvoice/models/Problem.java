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
 * RFC 9457 problem details. Clients must ignore members they do not know.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Problem.Builder.class)
public final class Problem {
  @JsonProperty("type")
  private final String typeValue;

  @JsonProperty("title")
  private final String title;

  @JsonProperty("status")
  private final Long status;

  @JsonProperty("detail")
  private final String detail;

  @JsonProperty("instance")
  private final String instance;

  @JsonProperty("request_id")
  private final String requestId;

  @JsonProperty("code")
  private final String code;

  @JsonProperty("errors")
  private final List<FieldError> errors;

  @JsonProperty("gstn_errors")
  private final List<GstnError> gstnErrors;

  @JsonProperty("upstream")
  private final UpstreamFault upstream;

  @JsonProperty("diff")
  private final List<ProblemDiffItem> diff;

  @JsonProperty("limit")
  private final Long limit;

  private final Map<String, Object> additionalProperties;

  private Problem(Builder b) {
    this.typeValue = b.typeValue;
    this.title = b.title;
    this.status = b.status;
    this.detail = b.detail;
    this.instance = b.instance;
    this.requestId = b.requestId;
    this.code = b.code;
    this.errors = b.errors == null ? null : Collections.unmodifiableList(new ArrayList<>(b.errors));
    this.gstnErrors =
        b.gstnErrors == null ? null : Collections.unmodifiableList(new ArrayList<>(b.gstnErrors));
    this.upstream = b.upstream;
    this.diff = b.diff == null ? null : Collections.unmodifiableList(new ArrayList<>(b.diff));
    this.limit = b.limit;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Stable URI of the problem type; its page explains it.
   *
   * <p>Wire name {@code type}. Required.
   */
  public String typeValue() {
    return typeValue;
  }

  /**
   * Short summary, the same for every occurrence of the type.
   *
   * <p>Wire name {@code title}. Required.
   */
  public String title() {
    return title;
  }

  /**
   * The HTTP status code.
   *
   * <p>Wire name {@code status}. Required.
   */
  public Long status() {
    return status;
  }

  /**
   * What went wrong this time; for humans, do not parse.
   *
   * <p>Wire name {@code detail}. Optional: empty when absent.
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * The request path.
   *
   * <p>Wire name {@code instance}. Optional: empty when absent.
   */
  public Optional<String> instance() {
    return Optional.ofNullable(instance);
  }

  /**
   * Same as the {@code X-Request-Id} header.
   *
   * <p>Wire name {@code request_id}. Required.
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Machine-readable problem code ({@code invalid_request}, {@code gstn_validation_failed}, {@code
   * idempotency_in_flight}, ...).
   *
   * <p>Wire name {@code code}. Optional: empty when absent.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Field-level errors, each with a JSON pointer.
   *
   * <p>Wire name {@code errors}. Optional: empty when absent.
   */
  public Optional<List<FieldError>> errors() {
    return Optional.ofNullable(errors);
  }

  /**
   * Government-side error codes with NIC's message and a resolution hint.
   *
   * <p>Wire name {@code gstn_errors}. Optional: empty when absent.
   */
  public Optional<List<GstnError>> gstnErrors() {
    return Optional.ofNullable(gstnErrors);
  }

  /** Wire name {@code upstream}. Optional: empty when absent. */
  public Optional<UpstreamFault> upstream() {
    return Optional.ofNullable(upstream);
  }

  /**
   * For a duplicate document with different content, the fields that differ.
   *
   * <p>Wire name {@code diff}. Optional: empty when absent.
   */
  public Optional<List<ProblemDiffItem>> diff() {
    return Optional.ofNullable(diff);
  }

  /**
   * The limit that was exceeded (413).
   *
   * <p>Wire name {@code limit}. Optional: empty when absent.
   */
  public Optional<Long> limit() {
    return Optional.ofNullable(limit);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Problem}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Problem.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Problem fromJson(String json) {
    return Json.parse(json, Problem.class);
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
    b.typeValue = typeValue;
    b.title = title;
    b.status = status;
    b.detail = detail;
    b.instance = instance;
    b.requestId = requestId;
    b.code = code;
    b.errors = errors;
    b.gstnErrors = gstnErrors;
    b.upstream = upstream;
    b.diff = diff;
    b.limit = limit;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Problem)) return false;
    Problem that = (Problem) o;
    return Objects.equals(typeValue, that.typeValue)
        && Objects.equals(title, that.title)
        && Objects.equals(status, that.status)
        && Objects.equals(detail, that.detail)
        && Objects.equals(instance, that.instance)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(code, that.code)
        && Objects.equals(errors, that.errors)
        && Objects.equals(gstnErrors, that.gstnErrors)
        && Objects.equals(upstream, that.upstream)
        && Objects.equals(diff, that.diff)
        && Objects.equals(limit, that.limit)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        typeValue,
        title,
        status,
        detail,
        instance,
        requestId,
        code,
        errors,
        gstnErrors,
        upstream,
        diff,
        limit,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Problem{"
        + "typeValue="
        + typeValue
        + ", title="
        + title
        + ", status="
        + status
        + ", detail="
        + detail
        + ", instance="
        + instance
        + ", requestId="
        + requestId
        + ", code="
        + code
        + ", errors="
        + errors
        + ", gstnErrors="
        + gstnErrors
        + ", upstream="
        + upstream
        + ", diff="
        + diff
        + ", limit="
        + limit
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Problem}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String typeValue;
    private String title;
    private Long status;
    private String detail;
    private String instance;
    private String requestId;
    private String code;
    private List<FieldError> errors;
    private List<GstnError> gstnErrors;
    private UpstreamFault upstream;
    private List<ProblemDiffItem> diff;
    private Long limit;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("type")
    public Builder typeValue(String typeValue) {
      this.typeValue = typeValue;
      return this;
    }

    @JsonProperty("title")
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    @JsonProperty("status")
    public Builder status(Long status) {
      this.status = status;
      return this;
    }

    @JsonProperty("detail")
    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    @JsonProperty("instance")
    public Builder instance(String instance) {
      this.instance = instance;
      return this;
    }

    @JsonProperty("request_id")
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    @JsonProperty("errors")
    public Builder errors(List<FieldError> errors) {
      this.errors = errors;
      return this;
    }

    @JsonProperty("gstn_errors")
    public Builder gstnErrors(List<GstnError> gstnErrors) {
      this.gstnErrors = gstnErrors;
      return this;
    }

    @JsonProperty("upstream")
    public Builder upstream(UpstreamFault upstream) {
      this.upstream = upstream;
      return this;
    }

    @JsonProperty("diff")
    public Builder diff(List<ProblemDiffItem> diff) {
      this.diff = diff;
      return this;
    }

    @JsonProperty("limit")
    public Builder limit(Long limit) {
      this.limit = limit;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Problem build() {
      return new Problem(this);
    }
  }
}
