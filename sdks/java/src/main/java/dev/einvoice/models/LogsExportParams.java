// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code exportRequestLogs} (GET /v1/logs/export). Immutable; {@link
 * #builder()}.
 */
public final class LogsExportParams {
  private final String irn;
  private final String gstin;
  private final String operation;
  private final String status;
  private final String from;
  private final String to;

  private LogsExportParams(Builder b) {
    this.irn = b.irn;
    this.gstin = b.gstin;
    this.operation = b.operation;
    this.status = b.status;
    this.from = b.from;
    this.to = b.to;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.irn = irn;
    b.gstin = gstin;
    b.operation = operation;
    b.status = status;
    b.from = from;
    b.to = to;
    return b;
  }

  /**
   * Only calls about this IRN.
   *
   * <p>Query {@code irn}.
   */
  public String irn() {
    return irn;
  }

  /**
   * Only calls made for this GSTIN.
   *
   * <p>Query {@code gstin}.
   */
  public String gstin() {
    return gstin;
  }

  /**
   * Only calls to this endpoint, by operationId.
   *
   * <p>Query {@code operation}.
   */
  public String operation() {
    return operation;
  }

  /**
   * Only calls answered with this HTTP status, or a class such as {@code 4xx}.
   *
   * <p>Query {@code status}.
   */
  public String status() {
    return status;
  }

  /**
   * Inclusive start instant (RFC 3339).
   *
   * <p>Query {@code from}.
   */
  public String from() {
    return from;
  }

  /**
   * Exclusive end instant (RFC 3339).
   *
   * <p>Query {@code to}.
   */
  public String to() {
    return to;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (irn != null) out.put("irn", ApiRequest.render(irn));
    if (gstin != null) out.put("gstin", ApiRequest.render(gstin));
    if (operation != null) out.put("operation", ApiRequest.render(operation));
    if (status != null) out.put("status", ApiRequest.render(status));
    if (from != null) out.put("from", ApiRequest.render(from));
    if (to != null) out.put("to", ApiRequest.render(to));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LogsExportParams)) return false;
    LogsExportParams that = (LogsExportParams) o;
    return Objects.equals(irn, that.irn)
        && Objects.equals(gstin, that.gstin)
        && Objects.equals(operation, that.operation)
        && Objects.equals(status, that.status)
        && Objects.equals(from, that.from)
        && Objects.equals(to, that.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(irn, gstin, operation, status, from, to);
  }

  @Override
  public String toString() {
    return "LogsExportParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link LogsExportParams}. */
  public static final class Builder {
    private String irn;
    private String gstin;
    private String operation;
    private String status;
    private String from;
    private String to;

    Builder() {}

    public Builder irn(String irn) {
      this.irn = irn;
      return this;
    }

    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
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

    public LogsExportParams build() {
      return new LogsExportParams(this);
    }
  }
}
