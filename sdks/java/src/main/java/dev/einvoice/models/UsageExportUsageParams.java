// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code exportUsage} (GET /v1/usage/export). Immutable; {@link
 * #builder()}.
 */
public final class UsageExportUsageParams {
  private final String from;
  private final String to;
  private final ExportUsageGranularity granularity;

  private UsageExportUsageParams(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.granularity = b.granularity;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.granularity = granularity;
    return b;
  }

  /**
   * First IST calendar day counted (inclusive). Default the first day of the current IST month.
   *
   * <p>Query {@code from}.
   */
  public String from() {
    return from;
  }

  /**
   * Last IST calendar day counted (inclusive). Default the last day of the current IST month.
   *
   * <p>Query {@code to}.
   */
  public String to() {
    return to;
  }

  /**
   * One period per IST calendar day ({@code 2026-12-06}) or month ({@code 2026-12}).
   *
   * <p>Query {@code granularity}.
   */
  public ExportUsageGranularity granularity() {
    return granularity;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    if (from != null) out.put("from", ApiRequest.render(from));
    if (to != null) out.put("to", ApiRequest.render(to));
    if (granularity != null) out.put("granularity", ApiRequest.render(granularity));
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UsageExportUsageParams)) return false;
    UsageExportUsageParams that = (UsageExportUsageParams) o;
    return Objects.equals(from, that.from)
        && Objects.equals(to, that.to)
        && Objects.equals(granularity, that.granularity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, granularity);
  }

  @Override
  public String toString() {
    return "UsageExportUsageParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link UsageExportUsageParams}. */
  public static final class Builder {
    private String from;
    private String to;
    private ExportUsageGranularity granularity;

    Builder() {}

    public Builder from(String from) {
      this.from = from;
      return this;
    }

    public Builder to(String to) {
      this.to = to;
      return this;
    }

    public Builder granularity(ExportUsageGranularity granularity) {
      this.granularity = granularity;
      return this;
    }

    public UsageExportUsageParams build() {
      return new UsageExportUsageParams(this);
    }
  }
}
