package dev.einvoice.core;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The retry policy every einvoice SDK shares (spec/conformance/README.md,
 * spec/vectors/retry-backoff.json).
 */
public final class Retry {
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private Retry() {}

  /** 408, 409, 429 and 5xx, unless {@code x-should-retry} says otherwise. */
  public static boolean shouldRetry(int status, HttpHeaders headers) {
    String v = headers == null ? null : headers.firstValue("x-should-retry").orElse(null);
    if ("true".equals(v)) return true;
    if ("false".equals(v)) return false;
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * {@code retry-after-ms}, else {@code Retry-After} (seconds or HTTP date); only {@code 0 < d <=
   * 60} s.
   */
  public static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    if (headers == null) return Optional.empty();
    Double ms = null;
    String v = headers.firstValue("retry-after-ms").map(String::trim).orElse("");
    if (!v.isEmpty()) {
      try {
        ms = Double.parseDouble(v);
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    if (ms == null) {
      v = headers.firstValue("retry-after").map(String::trim).orElse("");
      if (!v.isEmpty()) {
        try {
          ms = Double.parseDouble(v) * 1000;
        } catch (NumberFormatException e) {
          try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            ms = (double) Duration.between(now, at).toMillis();
          } catch (RuntimeException ignored) {
            // garbage: ignored
          }
        }
      }
    }
    if (ms == null || ms.isNaN() || ms <= 0 || ms > MAX_RETRY_AFTER.toMillis())
      return Optional.empty();
    return Optional.of(Duration.ofNanos(Math.round(ms * 1_000_000)));
  }

  /** {@code min(0.5 * 2^n, 8)} s times {@code (1 - 0.25 * random)}, random in [0, 1). */
  public static Duration backoff(int retryIndex, double random) {
    double base = Math.min(0.5 * Math.pow(2, retryIndex), 8);
    return Duration.ofNanos(Math.round(base * (1 - 0.25 * random) * 1e9));
  }

  /**
   * Delay before retry {@code retryIndex} (0 for the first retry) after a response with these
   * headers.
   */
  public static Duration delay(int retryIndex, HttpHeaders headers, double random, Instant now) {
    return retryAfter(headers, now).orElseGet(() -> backoff(retryIndex, random));
  }
}
