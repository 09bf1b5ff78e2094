package dev.einvoice.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-call options: timeout (per attempt), retry budget, extra headers, idempotency key, the GSTIN
 * and the tenant to act for and {@code Prefer: wait=N}. Immutable; build with {@link #builder()}.
 * Cancellation: interrupt the calling thread (sync) or {@code cancel(true)} the future (async).
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final String idempotencyKey;
  private final String gstin;
  private final Integer waitSeconds;
  private final String tenant;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.idempotencyKey = b.idempotencyKey;
    this.gstin = b.gstin;
    this.waitSeconds = b.waitSeconds;
    this.tenant = b.tenant;
  }

  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    b.idempotencyKey = idempotencyKey;
    b.gstin = gstin;
    b.waitSeconds = waitSeconds;
    b.tenant = tenant;
    return b;
  }

  public Duration timeout() {
    return timeout;
  }

  public Integer maxRetries() {
    return maxRetries;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String gstin() {
    return gstin;
  }

  public Integer waitSeconds() {
    return waitSeconds;
  }

  /** The tenant this call acts for, or null: the client's. */
  public String tenant() {
    return tenant;
  }

  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String idempotencyKey;
    private String gstin;
    private Integer waitSeconds;
    private String tenant;

    private Builder() {}

    /** Timeout of each attempt. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Retries after the first attempt (default 2). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** The key of this logical POST (default: a UUID per call, reused on retries). */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = key;
      return this;
    }

    /** Act for this GSTIN (its credential must be configured on the client). */
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    /** Sends {@code Prefer: wait=N}: seconds to wait for the IRP before a 202 {@code queued}. */
    public Builder waitSeconds(int seconds) {
      this.waitSeconds = seconds;
      return this;
    }

    /**
     * Act for this tenant on this call ({@code Einvoice-Tenant}), instead of the client's.
     *
     * @throws dev.einvoice.core.errors.EinvoiceConfigException when the id is not a {@code ten_...}
     *     id
     */
    public Builder tenant(String tenant) {
      this.tenant = ClientOptions.checkTenant(tenant);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
