// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code listAuditEvents} (GET /v1/audit-events). Immutable; {@link
 * #builder()}.
 */
public final class AuditEventsListParams {
  private final AuditEventType typeValue;
  private final String gstin;
  private final String from;
  private final String to;
  private final Long limit;
  private final String startingAfter;

  private AuditEventsListParams(Builder b) {
    this.typeValue = b.typeValue;
    this.gstin = b.gstin;
    this.from = b.from;
    this.to = b.to;
    this.limit = b.limit;
    this.startingAfter = b.startingAfter;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.typeValue = typeValue;
    b.gstin = gstin;
    b.from = from;
    b.to = to;
    b.limit = limit;
    b.startingAfter = startingAfter;
    return b;
  }

  /**
   * Only events of this type.
   *
   * <p>Query {@code type}.
   */
  public AuditEventType typeValue() {
    return typeValue;
  }

  /**
   * Only events concerning this GSTIN.
   *
   * <p>Query {@code gstin}.
   */
  public String gstin() {
    return gstin;
  }

  /**
   * Inclusive start date ({@code yyyy-MM-dd}, IST).
   *
   * <p>Query {@code from}.
   */
  public String from() {
    return from;
  }

  /**
   * Inclusive end date ({@code yyyy-MM-dd}, IST).
   *
   * <p>Query {@code to}.
   */
  public String to() {
    return to;
  }

  /**
   * Page size, 1-100 (default 20).
   *
   * <p>Query {@code limit}.
   */
  public Long limit() {
    return limit;
  }

  /**
   * The {@code next_cursor} of the previous page, unchanged. Cursors are opaque and sealed to the
   * list (operation and account) that issued them: an edited, invented or borrowed cursor is a 400
   * {@code invalid_request} whose error has code {@code invalid_cursor}.
   *
   * <p>Query {@code starting_after}.
   */
  public String startingAfter() {
    return startingAfter;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (typeValue != null) out.put("type", ApiRequest.render(typeValue));
    if (gstin != null) out.put("gstin", ApiRequest.render(gstin));
    if (from != null) out.put("from", ApiRequest.render(from));
    if (to != null) out.put("to", ApiRequest.render(to));
    if (limit != null) out.put("limit", ApiRequest.render(limit));
    if (startingAfter != null) out.put("starting_after", ApiRequest.render(startingAfter));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AuditEventsListParams)) return false;
    AuditEventsListParams that = (AuditEventsListParams) o;
    return Objects.equals(typeValue, that.typeValue)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(from, that.from)
        && Objects.equals(to, that.to)
        && Objects.equals(limit, that.limit)
        && Objects.equals(startingAfter, that.startingAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeValue, gstin, from, to, limit, startingAfter);
  }

  @Override
  public String toString() {
    return "AuditEventsListParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link AuditEventsListParams}. */
  public static final class Builder {
    private AuditEventType typeValue;
    private String gstin;
    private String from;
    private String to;
    private Long limit;
    private String startingAfter;

    Builder() {}

    public Builder typeValue(AuditEventType typeValue) {
      this.typeValue = typeValue;
      return this;
    }

    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    public Builder from(String from) {
      this.from = from;
      return this;
    }

    public Builder to(String to) {
      this.to = to;
      return this;
    }

    public Builder limit(Long limit) {
      this.limit = limit;
      return this;
    }

    public Builder startingAfter(String startingAfter) {
      this.startingAfter = startingAfter;
      return this;
    }

    public AuditEventsListParams build() {
      return new AuditEventsListParams(this);
    }
  }
}
