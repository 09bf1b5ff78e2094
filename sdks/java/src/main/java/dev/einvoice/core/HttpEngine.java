package dev.einvoice.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.errors.ApiConnectionException;
import dev.einvoice.core.errors.ApiConnectionTimeoutException;
import dev.einvoice.core.errors.ApiException;
import dev.einvoice.core.errors.ApiUserAbortException;
import dev.einvoice.core.errors.EinvoiceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Runs logical calls: retries, back-off, idempotency keys, tokens per GSTIN, 401 refresh,
 * status-aware back-off, throttling, signing. Shared by a client and the copies made from it.
 */
public final class HttpEngine {
  public static final String VERSION = "0.1.0";
  private static final String USER_AGENT =
      "einvoice-java/" + VERSION + " Java/" + Runtime.version().feature();
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final TokenCache tokens = new TokenCache();
  private final Object throttleLock = new Object();
  private Instant blockedUntil = Instant.EPOCH;

  public TokenCache tokens() {
    return tokens;
  }

  /**
   * Runs {@code call} on the options' executor; {@code cancel(true)} on the future interrupts it.
   */
  public <T> CompletableFuture<T> async(ClientOptions opts, Supplier<T> call) {
    CompletableFuture<T> result = new CompletableFuture<>();
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              try {
                result.complete(call.get());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            },
            null);
    result.whenComplete(
        (r, e) -> {
          if (result.isCancelled()) task.cancel(true);
        });
    opts.executor.execute(task);
    return result;
  }

  /**
   * One logical call; the 2xx JSON body decoded as {@code type} ({@code null} type or empty body:
   * no data).
   */
  public <T> ApiResponse<T> execute(
      ClientOptions opts, ApiRequest req, JavaType type, RequestOptions ro) {
    if (ro == null) ro = RequestOptions.none();
    String gstin = ro.gstin() != null ? ro.gstin() : opts.gstin;
    int maxRetries = ro.maxRetries() != null ? ro.maxRetries() : opts.maxRetries;
    Duration timeout = ro.timeout() != null ? ro.timeout() : opts.timeout;
    String target = req.target(opts.baseUrl);

    byte[] payload = null;
    String contentType = null;
    if (req.form != null) {
      StringJoiner j = new StringJoiner("&");
      req.form.forEach((k, v) -> j.add(ApiRequest.enc(k) + "=" + ApiRequest.enc(v)));
      payload = j.toString().getBytes(StandardCharsets.UTF_8);
      contentType = "application/x-www-form-urlencoded";
    } else if (req.body != null) {
      try {
        payload = Json.mapper().writeValueAsBytes(req.body);
      } catch (JsonProcessingException e) {
        throw new EinvoiceException(
            "einvoice: cannot encode the " + req.operationId + " request body", e);
      }
      contentType = "application/json";
    }
    String key = ro.idempotencyKey();
    if (key == null && req.idempotent && "POST".equals(req.method))
      key = UUID.randomUUID().toString();

    Credential cred = null;
    if (req.auth == Auth.GSTIN
        || req.auth == Auth.ACCOUNT_OR_GSTIN
        || req.auth == Auth.CLIENT_BASIC) {
      cred = opts.credentialFor(gstin);
    }
    boolean useToken =
        req.auth == Auth.GSTIN || (req.auth == Auth.ACCOUNT_OR_GSTIN && opts.apiKey == null);
    if (useToken && cred == null) {
      throw new EinvoiceException(
          "einvoice: "
              + req.operationId
              + " needs a GSTIN credential (ClientOptions.credentials or gstinCredential)");
    }
    if (req.auth == Auth.ACCOUNT && opts.apiKey == null) {
      throw new EinvoiceException(
          "einvoice: " + req.operationId + " needs the account API key (apiKey)");
    }

    int retries = 0;
    int attempt = 0;
    boolean refreshed = false;
    while (true) {
      sleep(throttleWait(opts));
      Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      h.put("Accept", "application/json, application/problem+json");
      h.put("User-Agent", userAgent(opts));
      h.put("X-Einvoice-Retry-Count", Integer.toString(attempt));
      h.put("Einvoice-Version", opts.apiVersion());
      if (opts.tenant != null) h.put("Einvoice-Tenant", opts.tenant);
      h.putAll(opts.headers);
      h.putAll(req.headers);
      h.putAll(ro.headers());
      if (ro.tenant() != null) h.put("Einvoice-Tenant", ro.tenant());
      if (ro.waitSeconds() != null) h.put("Prefer", "wait=" + ro.waitSeconds());
      if (contentType != null) h.put("Content-Type", contentType);
      if (key != null) h.put("Idempotency-Key", key);
      String token = null;
      if (useToken) {
        token = token(opts, cred);
        h.put("Authorization", "Bearer " + token);
      } else if (req.auth == Auth.ACCOUNT || req.auth == Auth.ACCOUNT_OR_GSTIN) {
        h.put("Authorization", "Bearer " + opts.apiKey);
      } else if (req.auth == Auth.CLIENT_BASIC && cred != null) {
        h.put(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (cred.clientId() + ":" + cred.clientSecret())
                            .getBytes(StandardCharsets.UTF_8)));
      }
      if (opts.signingKey != null) {
        h.putAll(
            RequestSigner.sign(
                req.method, target, payload, opts.signingKey, Instant.now().getEpochSecond()));
      }

      HttpResponse<byte[]> resp;
      try {
        resp = attempt(opts, req.method, target, h, payload, timeout, attempt + 1);
      } catch (ApiConnectionException e) {
        if (retries >= maxRetries) throw e;
        sleep(Retry.delay(retries, null, opts.random.getAsDouble(), Instant.now()));
        retries++;
        attempt++;
        continue;
      }
      updateThrottle(resp.headers());
      int status = resp.statusCode();
      if (status >= 200 && status < 300) {
        T data = null;
        byte[] body = resp.body();
        if (type != null && body != null && body.length > 0) {
          try {
            data = Json.mapper().readValue(body, type);
          } catch (IOException e) {
            throw new EinvoiceException(
                "einvoice: cannot decode the " + req.operationId + " response", e);
          }
        }
        return new ApiResponse<>(status, resp.headers(), body, data);
      }
      if (status == 401 && token != null && !refreshed) {
        refreshed = true;
        tokens.invalidate(cred.clientId(), token);
        attempt++;
        continue;
      }
      if (retries < maxRetries && Retry.shouldRetry(status, resp.headers())) {
        if (status == 502 || status == 503 || status == 504) waitWhileIrpDown(opts);
        sleep(Retry.delay(retries, resp.headers(), opts.random.getAsDouble(), Instant.now()));
        retries++;
        attempt++;
        continue;
      }
      throw ApiException.of(status, resp.headers(), parse(resp.body()));
    }
  }

  /** NDJSON: one decoded item per non-empty line. */
  public <T> List<T> executeNdjson(
      ClientOptions opts, ApiRequest req, JavaType itemType, RequestOptions ro) {
    ApiResponse<Void> r = execute(opts, req, null, ro);
    List<T> out = new ArrayList<>();
    for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) continue;
      try {
        out.add(Json.mapper().readValue(line, itemType));
      } catch (IOException e) {
        throw new EinvoiceException(
            "einvoice: cannot decode an NDJSON line of " + req.operationId, e);
      }
    }
    return out;
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) return null;
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The User-Agent: the SDK's, then the caller's {@code appInfo} when set. */
  static String userAgent(ClientOptions opts) {
    return opts.appInfo == null ? USER_AGENT : USER_AGENT + " " + opts.appInfo;
  }

  /** One HTTP attempt ({@code number} counts from 1), logged as one line (AttemptLog). */
  private HttpResponse<byte[]> attempt(
      ClientOptions opts,
      String method,
      String target,
      Map<String, String> headers,
      byte[] payload,
      Duration timeout,
      int number) {
    long started = System.nanoTime();
    try {
      HttpResponse<byte[]> resp = attempt(opts, method, target, headers, payload, timeout);
      long ms = (System.nanoTime() - started) / 1_000_000;
      AttemptLog.attempt(
          opts, method, target, number, ms, resp.statusCode(), headers, resp.headers(), null);
      return resp;
    } catch (RuntimeException e) {
      long ms = (System.nanoTime() - started) / 1_000_000;
      AttemptLog.attempt(opts, method, target, number, ms, null, headers, null, e);
      throw e;
    }
  }

  private HttpResponse<byte[]> attempt(
      ClientOptions opts,
      String method,
      String target,
      Map<String, String> headers,
      byte[] payload,
      Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target));
    if (timeout != null && !timeout.isZero() && !timeout.isNegative()) b.timeout(timeout);
    headers.forEach(
        (k, v) -> {
          if (!RESTRICTED.contains(k.toLowerCase(Locale.ROOT))) b.header(k, v);
        });
    b.method(
        method,
        payload == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(payload));
    try {
      return opts.transport.send(b.build());
    } catch (HttpTimeoutException e) {
      throw new ApiConnectionTimeoutException(
          "einvoice: " + method + " " + target + " timed out after " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiUserAbortException("einvoice: the call was cancelled", e);
    } catch (IOException e) {
      throw new ApiConnectionException("einvoice: " + method + " " + target + ": " + e, e);
    }
  }

  private static void sleep(Duration d) {
    if (d == null || d.isNegative() || d.isZero()) return;
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiUserAbortException("einvoice: the call was cancelled", e);
    }
  }

  private Duration throttleWait(ClientOptions opts) {
    if (!opts.throttle) return Duration.ZERO;
    synchronized (throttleLock) {
      return Duration.between(Instant.now(), blockedUntil);
    }
  }

  private void updateThrottle(HttpHeaders h) {
    String rem = h.firstValue("x-ratelimit-remaining").orElse(null);
    String reset = h.firstValue("x-ratelimit-reset").orElse(null);
    if (rem == null || reset == null) return;
    try {
      double r = Double.parseDouble(rem);
      double s = Double.parseDouble(reset);
      if (r > 0 || s <= 0) return;
      Instant until = Instant.now().plusMillis((long) (Math.min(s, 60) * 1000));
      synchronized (throttleLock) {
        if (until.isAfter(blockedUntil)) blockedUntil = until;
      }
    } catch (NumberFormatException ignored) {
      // not numbers: no throttling
    }
  }

  private void waitWhileIrpDown(ClientOptions opts) {
    if (!opts.statusAwareBackoff) return;
    Instant deadline = Instant.now().plus(opts.statusMaxWait);
    while (irpDown(opts) && !Instant.now().plus(opts.statusPollInterval).isAfter(deadline)) {
      sleep(opts.statusPollInterval);
    }
  }

  private boolean irpDown(ClientOptions opts) {
    Map<String, String> h = new LinkedHashMap<>(opts.headers);
    h.put("Accept", "application/json");
    h.put("User-Agent", userAgent(opts));
    try {
      HttpResponse<byte[]> r =
          attempt(opts, "GET", opts.baseUrl + "/v1/status", h, null, Duration.ofSeconds(5), 1);
      if (r.statusCode() != 200) return false;
      JsonNode st = parse(r.body());
      if (st == null) return false;
      if ("down".equals(st.path("status").asText())) return true;
      for (JsonNode irp : st.path("irps")) {
        if ("down".equals(irp.path("status").asText())) return true;
      }
      return false;
    } catch (ApiConnectionException e) {
      return false;
    }
  }

  private String token(ClientOptions opts, Credential cred) {
    TokenCache.Entry e = tokens.entry(cred.clientId());
    e.lock.lock(); // single flight: concurrent callers wait for the one request
    try {
      if (e.token != null && Instant.now().isBefore(e.refreshAt)) return e.token;
      tokens.countRequest();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "client_credentials");
      if (cred.scope() != null) form.put("scope", cred.scope());
      ClientOptions tokenOpts = opts.toBuilder().credential("", cred).gstin(null).build();
      ApiRequest req =
          ApiRequest.builder("POST", "/v1/oauth/token")
              .auth(Auth.CLIENT_BASIC)
              .operationId("createToken")
              .form(form)
              .build();
      ApiResponse<JsonNode> r =
          execute(
              tokenOpts,
              req,
              Json.mapper().getTypeFactory().constructType(JsonNode.class),
              RequestOptions.none());
      JsonNode body = r.data();
      String token = body == null ? null : body.path("access_token").asText(null);
      if (token == null)
        throw new EinvoiceException("einvoice: the token response has no access_token");
      double expiresIn = body.path("expires_in").asDouble(3600);
      Duration lifetime = Duration.ofMillis((long) (expiresIn * 1000));
      Duration skew = Duration.ofMinutes(1);
      if (lifetime.dividedBy(2).compareTo(skew) < 0) skew = lifetime.dividedBy(2);
      e.token = token;
      e.refreshAt = Instant.now().plus(lifetime).minus(skew);
      return token;
    } finally {
      e.lock.unlock();
    }
  }
}
