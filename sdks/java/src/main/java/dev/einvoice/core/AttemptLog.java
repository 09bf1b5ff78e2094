package dev.einvoice.core;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One log line per HTTP attempt (shared SDK design, sdks/README.md "Logging"). {@code INFO}:
 * method, path without the query, status (or the error's class), request id, attempt number,
 * latency in ms. {@code DEBUG} adds a second line with the request's and the response's headers,
 * secrets redacted. Never logged: credentials, tokens, signatures (header values redacted by name),
 * queries, bodies.
 */
final class AttemptLog {
  static final String REDACTED = "[redacted]";

  private AttemptLog() {}

  /** Whether anything is logged at {@code level} with these options. */
  static boolean enabled(ClientOptions opts, Level level) {
    return opts.logLevel != Level.OFF
        && level.getSeverity() >= opts.logLevel.getSeverity()
        && opts.logger.isLoggable(level);
  }

  /**
   * One record per attempt: method, path, status (or the error), request id, attempt and latency at
   * {@code INFO}; when {@code DEBUG} is on, the same record also holds both header sets, secrets
   * redacted, and is logged at {@code DEBUG}. {@code status} is null when no response came.
   */
  static void attempt(
      ClientOptions opts,
      String method,
      String target,
      int attempt,
      long latencyMs,
      Integer status,
      Map<String, String> requestHeaders,
      HttpHeaders responseHeaders,
      Throwable error) {
    if (!enabled(opts, Level.INFO)) return;
    StringBuilder line = new StringBuilder("einvoice: ").append(method).append(' ');
    line.append(path(target)).append(' ');
    if (status != null) line.append(status);
    else line.append("error=").append(error == null ? "unknown" : error.getClass().getSimpleName());
    String rid =
        responseHeaders == null ? null : responseHeaders.firstValue("x-request-id").orElse(null);
    if (rid != null) line.append(" request_id=").append(rid);
    line.append(" attempt=").append(attempt).append(" latency_ms=").append(latencyMs);
    if (!enabled(opts, Level.DEBUG)) {
      opts.logger.log(Level.INFO, line.toString());
      return;
    }
    Map<String, String> response = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (responseHeaders != null) {
      for (Map.Entry<String, List<String>> e : responseHeaders.map().entrySet())
        response.put(e.getKey(), String.join(", ", e.getValue()));
    }
    line.append(" request headers ").append(render(requestHeaders));
    line.append(" response headers ").append(render(response));
    opts.logger.log(Level.DEBUG, line.toString());
  }

  /** The path of a URL, without its query (cursors, filters) or fragment. */
  static String path(String target) {
    try {
      String p = URI.create(target).getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  /**
   * Whether a header's value is a secret: credentials, tokens, signatures, cookies, and any header
   * whose name says secret, token, password or API key.
   */
  static boolean secret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization")
        || n.equals("proxy-authorization")
        || n.equals("cookie")
        || n.equals("set-cookie")
        || n.startsWith("signature")
        || n.contains("secret")
        || n.contains("token")
        || n.contains("password")
        || n.contains("api-key")
        || n.contains("apikey")
        || n.contains("api_key");
  }

  static String render(Map<String, String> headers) {
    Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sorted.putAll(headers);
    StringJoiner j = new StringJoiner(", ", "{", "}");
    sorted.forEach((k, v) -> j.add(k + "=" + (secret(k) ? REDACTED : v)));
    return j.toString();
  }

  /** The default logger: {@code System.getLogger("einvoice")}. */
  static Logger defaultLogger() {
    return System.getLogger("einvoice");
  }
}
