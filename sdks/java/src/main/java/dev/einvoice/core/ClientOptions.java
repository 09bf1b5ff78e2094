package dev.einvoice.core;

import dev.einvoice.core.errors.EinvoiceConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Client configuration. Immutable; {@link #toBuilder()} for a changed copy. */
public final class ClientOptions {
  public static final String DEFAULT_BASE_URL = "https://api.einvoice.dev";

  private static final ExecutorService DEFAULT_EXECUTOR =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "einvoice-async");
            t.setDaemon(true);
            return t;
          });

  final String baseUrl;
  final String apiKey;
  final Map<String, Credential> credentials;
  final String gstin;
  final int maxRetries;
  final Duration timeout;
  final Map<String, String> headers;
  final SigningKey signingKey;
  final boolean statusAwareBackoff;
  final Duration statusPollInterval;
  final Duration statusMaxWait;
  final boolean throttle;
  final Transport transport;
  final Executor executor;
  final DoubleSupplier random;
  final String appInfo;
  final String apiVersion;
  final String tenant;
  final System.Logger logger;
  final System.Logger.Level logLevel;

  private ClientOptions(Builder b) {
    String url = b.baseUrl == null ? DEFAULT_BASE_URL : b.baseUrl;
    while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
    this.baseUrl = url;
    this.apiKey = b.apiKey == null || b.apiKey.isEmpty() ? null : b.apiKey;
    this.credentials = Collections.unmodifiableMap(new LinkedHashMap<>(b.credentials));
    this.gstin = b.gstin;
    this.maxRetries = b.maxRetries;
    this.timeout = b.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.signingKey = b.signingKey;
    this.statusAwareBackoff = b.statusAwareBackoff;
    this.statusPollInterval = b.statusPollInterval;
    this.statusMaxWait = b.statusMaxWait;
    this.throttle = b.throttle;
    this.transport = b.transport == null ? Transport.defaultTransport() : b.transport;
    this.executor = b.executor == null ? DEFAULT_EXECUTOR : b.executor;
    this.random = b.random == null ? () -> ThreadLocalRandom.current().nextDouble() : b.random;
    this.appInfo = b.appInfo;
    this.apiVersion = b.apiVersion == null ? dev.einvoice.ApiVersion.VALUE : b.apiVersion;
    this.tenant = b.tenant;
    this.logger = b.logger == null ? AttemptLog.defaultLogger() : b.logger;
    System.Logger.Level fromEnv = logLevel(System.getenv("EINVOICE_LOG"));
    if (b.logLevel != null) this.logLevel = b.logLevel;
    else if (fromEnv != null) this.logLevel = fromEnv;
    else this.logLevel = b.logger != null ? System.Logger.Level.INFO : System.Logger.Level.OFF;
  }

  /** EINVOICE_LOG: {@code debug}, {@code info} or {@code off}; anything else is not a setting. */
  static System.Logger.Level logLevel(String v) {
    if (v == null) return null;
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "debug":
        return System.Logger.Level.DEBUG;
      case "info":
        return System.Logger.Level.INFO;
      case "off":
        return System.Logger.Level.OFF;
      default:
        return null;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.apiKey = apiKey;
    b.credentials.putAll(credentials);
    b.gstin = gstin;
    b.maxRetries = maxRetries;
    b.timeout = timeout;
    b.headers.putAll(headers);
    b.signingKey = signingKey;
    b.statusAwareBackoff = statusAwareBackoff;
    b.statusPollInterval = statusPollInterval;
    b.statusMaxWait = statusMaxWait;
    b.throttle = throttle;
    b.transport = transport;
    b.executor = executor;
    b.random = random;
    b.appInfo = appInfo;
    b.apiVersion = apiVersion;
    b.tenant = tenant;
    b.logger = logger;
    b.logLevel = logLevel;
    return b;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String gstin() {
    return gstin;
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration timeout() {
    return timeout;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Executor executor() {
    return executor;
  }

  /** What {@code appInfo(...)} appends to the User-Agent ({@code name/version (+url)}), or null. */
  public String appInfo() {
    return appInfo;
  }

  /**
   * The dated API version sent in {@code Einvoice-Version} (default {@link
   * dev.einvoice.ApiVersion#VALUE}, the version this SDK was generated for).
   */
  public String apiVersion() {
    return apiVersion;
  }

  /** The tenant this client acts for ({@code Einvoice-Tenant}), or null: the account itself. */
  public String tenant() {
    return tenant;
  }

  /**
   * Checks a tenant id ({@code ten_} and letters or digits).
   *
   * @return the id
   * @throws EinvoiceConfigException for anything else
   */
  public static String checkTenant(String tenant) {
    if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
      throw new EinvoiceConfigException(
          "einvoice: tenant must be a tenant id such as ten_01JF3Q8Z5X (ten_ and letters or"
              + " digits), got "
              + (tenant == null ? "null" : "\"" + tenant + "\""));
    }
    return tenant;
  }

  private static final java.util.regex.Pattern TENANT_ID =
      java.util.regex.Pattern.compile("ten_[A-Za-z0-9]+");

  /** Where the attempt lines go (default {@code System.getLogger("einvoice")}). */
  public System.Logger logger() {
    return logger;
  }

  /**
   * What is logged: {@code OFF}, {@code INFO} (one line per attempt) or {@code DEBUG} (headers).
   */
  public System.Logger.Level logLevel() {
    return logLevel;
  }

  /**
   * Checks what a client needs before it sends anything; every {@code EinvoiceClient} is built
   * through it.
   *
   * @return this
   * @throws EinvoiceConfigException no API key and no client id + secret (from the builder or
   *     EINVOICE_API_KEY, EINVOICE_CLIENT_ID/SECRET), a negative {@code maxRetries}, a {@code
   *     timeout} that is not positive, a negative status poll interval or wait, or a base URL that
   *     is not an absolute http(s) URL
   */
  public ClientOptions validate() {
    if (apiKey == null && credentials.isEmpty()) {
      throw new EinvoiceConfigException(
          "einvoice: no credentials: set apiKey(...) (or EINVOICE_API_KEY) for the account, or"
              + " credentials(clientId, clientSecret) (or EINVOICE_CLIENT_ID and"
              + " EINVOICE_CLIENT_SECRET) for a GSTIN");
    }
    if (maxRetries < 0) {
      throw new EinvoiceConfigException(
          "einvoice: maxRetries must be 0 or more, got " + maxRetries);
    }
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      throw new EinvoiceConfigException("einvoice: timeout must be positive, got " + timeout);
    }
    if (statusPollInterval == null || statusPollInterval.isNegative()) {
      throw new EinvoiceConfigException(
          "einvoice: statusPollInterval must be 0 or more, got " + statusPollInterval);
    }
    if (statusMaxWait == null || statusMaxWait.isNegative()) {
      throw new EinvoiceConfigException(
          "einvoice: statusMaxWait must be 0 or more, got " + statusMaxWait);
    }
    URI uri;
    try {
      uri = new URI(baseUrl);
    } catch (URISyntaxException e) {
      throw new EinvoiceConfigException("einvoice: baseUrl is not a URL: " + baseUrl, e);
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new EinvoiceConfigException(
          "einvoice: baseUrl must be an absolute http(s) URL such as"
              + " https://api.einvoice.dev, got "
              + baseUrl);
    }
    return this;
  }

  /** The credential for a GSTIN: its own, else the default one ({@code ""}), else the only one. */
  Credential credentialFor(String forGstin) {
    if (forGstin != null && credentials.containsKey(forGstin)) return credentials.get(forGstin);
    if (credentials.containsKey("")) return credentials.get("");
    if (forGstin == null && credentials.size() == 1) return credentials.values().iterator().next();
    return null;
  }

  public static final class Builder {
    private String baseUrl;
    private String apiKey;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private String gstin;
    private int maxRetries = Retry.DEFAULT_MAX_RETRIES;
    private Duration timeout = Duration.ofSeconds(60);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private SigningKey signingKey;
    private boolean statusAwareBackoff = true;
    private Duration statusPollInterval = Duration.ofSeconds(2);
    private Duration statusMaxWait = Duration.ofSeconds(30);
    private boolean throttle = true;
    private Transport transport;
    private Executor executor;
    private DoubleSupplier random;
    private String appInfo;
    private String apiVersion;
    private String tenant;
    private System.Logger logger;
    private System.Logger.Level logLevel;

    private Builder() {}

    /**
     * Defaults from EINVOICE_BASE_URL, EINVOICE_API_KEY, EINVOICE_GSTIN, EINVOICE_CLIENT_ID/SECRET.
     */
    public Builder fromEnv() {
      String v = System.getenv("EINVOICE_BASE_URL");
      if (v != null && !v.isEmpty()) baseUrl = v;
      v = System.getenv("EINVOICE_API_KEY");
      if (v != null && !v.isEmpty()) apiKey = v;
      v = System.getenv("EINVOICE_GSTIN");
      if (v != null && !v.isEmpty()) gstin = v;
      String id = System.getenv("EINVOICE_CLIENT_ID");
      String secret = System.getenv("EINVOICE_CLIENT_SECRET");
      if (id != null && !id.isEmpty() && secret != null && !secret.isEmpty()) {
        credentials.put(gstin == null ? "" : gstin, new Credential(id, secret));
      }
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * The account API key (administration operations); {@code null} drops one taken from
     * EINVOICE_API_KEY.
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The default GSTIN credential (OAuth client id and secret). */
    public Builder credentials(String clientId, String clientSecret) {
      credentials.put("", new Credential(clientId, clientSecret));
      return this;
    }

    /** The credential of one GSTIN; one client can act for many, each with its own cached token. */
    public Builder gstinCredential(String gstin, String clientId, String clientSecret) {
      if (gstin == null || gstin.isEmpty()) {
        throw new EinvoiceConfigException(
            "einvoice: gstinCredential needs the GSTIN (credentials(...) for the default one)");
      }
      credentials.put(gstin, new Credential(clientId, clientSecret));
      return this;
    }

    public Builder credential(String gstin, Credential credential) {
      credentials.put(gstin == null ? "" : gstin, credential);
      return this;
    }

    /** The GSTIN to act for by default. */
    public Builder gstin(String gstin) {
      this.gstin = gstin;
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** Timeout of each attempt (default 60 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** A header on every request (the token and status requests included). */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Enables RFC 9421 request signing (HMAC-SHA256). */
    public Builder signingKey(SigningKey key) {
      this.signingKey = key;
      return this;
    }

    /**
     * Before retrying 502/503/504, wait while GET /v1/status reports an IRP down (default on, 2 s
     * poll, 30 s max).
     */
    public Builder statusAwareBackoff(boolean enabled) {
      this.statusAwareBackoff = enabled;
      return this;
    }

    public Builder statusPollInterval(Duration d) {
      this.statusPollInterval = d;
      return this;
    }

    public Builder statusMaxWait(Duration d) {
      this.statusMaxWait = d;
      return this;
    }

    /** Client-side throttling from X-RateLimit-Remaining/Reset (default on). */
    public Builder throttle(boolean enabled) {
      this.throttle = enabled;
      return this;
    }

    /**
     * The HTTP seam ({@link Transport#of(java.net.http.HttpClient)} to reuse your own HttpClient).
     */
    public Builder transport(Transport transport) {
      this.transport = transport;
      return this;
    }

    /** Where async calls run (default: a shared cached pool of daemon threads). */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Pins the dated API version sent in {@code Einvoice-Version} (default {@link
     * dev.einvoice.ApiVersion#VALUE}); one call can send another with a per-request header.
     */
    public Builder apiVersion(String apiVersion) {
      if (apiVersion == null || !apiVersion.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new EinvoiceConfigException(
            "einvoice: apiVersion must be a date such as 2026-12-05, got " + apiVersion);
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Acts for one of your tenants, as Stripe's {@code stripeAccount}: every request carries {@code
     * Einvoice-Tenant}, so account-key calls see and change only that tenant's GSTINs, credentials,
     * webhook endpoints and usage. {@link RequestOptions.Builder#tenant(String)} wins for one call.
     *
     * @param tenant a tenant id ({@code ten_...}), or null to act on the account itself
     * @throws EinvoiceConfigException when the id is malformed
     */
    public Builder tenant(String tenant) {
      this.tenant = tenant == null ? null : checkTenant(tenant);
      return this;
    }

    /**
     * Identifies the platform built on this SDK: appends {@code name/version (+url)} to the
     * User-Agent of every request, as Stripe's {@code setAppInfo} does.
     *
     * @param name your product, a token without spaces or {@code /} ({@code "AcmeERP"})
     * @param version its version, a token without spaces ({@code "4.2.0"})
     * @param url where to learn about it, or null
     * @throws EinvoiceConfigException when a value would not be a valid User-Agent product
     */
    public Builder appInfo(String name, String version, String url) {
      String token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
      if (name == null || !name.matches(token)) {
        throw new EinvoiceConfigException(
            "einvoice: appInfo name must be a token such as AcmeERP (letters, digits, . _ - ...),"
                + " got "
                + name);
      }
      if (version == null || !version.matches(token)) {
        throw new EinvoiceConfigException(
            "einvoice: appInfo version must be a token such as 4.2.0, got " + version);
      }
      if (url != null && !url.matches("[\\x21-\\x7e&&[^()]]+")) {
        throw new EinvoiceConfigException(
            "einvoice: appInfo url must be printable ASCII without spaces or parentheses, got "
                + url);
      }
      this.appInfo = name + "/" + version + (url == null ? "" : " (+" + url + ")");
      return this;
    }

    /** {@link #appInfo(String, String, String)} without a URL. */
    public Builder appInfo(String name, String version) {
      return appInfo(name, version, null);
    }

    /**
     * Where the SDK logs one line per HTTP attempt: any {@link System.Logger} (an adapter to SLF4J,
     * Log4j, ...). Without a {@link #logLevel} (or EINVOICE_LOG) a supplied logger gets {@code
     * INFO} lines.
     */
    public Builder logger(System.Logger logger) {
      this.logger = logger;
      return this;
    }

    /**
     * {@code INFO}: one line per HTTP attempt (method, path, status, request id, attempt, latency);
     * {@code DEBUG}: also the headers, secrets redacted; {@code OFF}: nothing. Default: the
     * EINVOICE_LOG environment variable ({@code info}, {@code debug}), else off.
     */
    public Builder logLevel(System.Logger.Level level) {
      this.logLevel = level;
      return this;
    }

    /** Jitter source, U[0, 1) (tests pin it). */
    public Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    public ClientOptions build() {
      return new ClientOptions(this);
    }
  }
}
