package dev.einvoice;

import dev.einvoice.core.ClientContext;
import dev.einvoice.core.ClientOptions;
import dev.einvoice.core.HttpEngine;
import java.util.function.Consumer;

/**
 * The einvoice API client (synchronous). Thread-safe; build one and share it.
 *
 * <pre>{@code
 * EinvoiceClient client = EinvoiceClient.builder()
 *     .baseUrl("http://127.0.0.1:8080")
 *     .credentials("cli_test_...", "cs_test_...")
 *     .build();
 * IrnDocument doc = client.irn().generate(invoice);
 * }</pre>
 *
 * <p>Resources ({@code irn()}, {@code documents()}, ...) come from the generated {@link
 * EinvoiceResources}; {@link #async()} gives the same resources returning {@code
 * CompletableFuture}s.
 */
public final class EinvoiceClient extends EinvoiceResources {
  private final ClientOptions options;
  private final HttpEngine engine;
  private final EinvoiceClientAsync async;

  private EinvoiceClient(ClientOptions options, HttpEngine engine) {
    super(new ClientContext(options.validate(), engine));
    this.options = options;
    this.engine = engine;
    this.async = new EinvoiceClientAsync(options, engine, this);
  }

  /**
   * A client with these options.
   *
   * @throws dev.einvoice.core.errors.EinvoiceConfigException when the options cannot work (see
   *     {@link ClientOptions#validate()}): no API key and no client id + secret, negative retries,
   *     ...
   */
  public EinvoiceClient(ClientOptions options) {
    this(options, new HttpEngine());
  }

  /** A builder whose defaults come from EINVOICE_* environment variables. */
  public static ClientOptions.Builder builderOptions() {
    return ClientOptions.builder().fromEnv();
  }

  /** {@code EinvoiceClient.builder().baseUrl(...).credentials(...).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured only from EINVOICE_* environment variables.
   *
   * @throws dev.einvoice.core.errors.EinvoiceConfigException when they hold neither
   *     EINVOICE_API_KEY nor EINVOICE_CLIENT_ID + EINVOICE_CLIENT_SECRET
   */
  public static EinvoiceClient fromEnv() {
    return builder().build();
  }

  public ClientOptions options() {
    return options;
  }

  /** The same client, asynchronous: every call returns a {@code CompletableFuture}. */
  public EinvoiceClientAsync async() {
    return async;
  }

  /**
   * A copy with changed options; it shares the token cache and throttle state.
   *
   * @throws dev.einvoice.core.errors.EinvoiceConfigException when the changed options cannot work
   */
  public EinvoiceClient withOptions(Consumer<ClientOptions.Builder> change) {
    ClientOptions.Builder b = options.toBuilder();
    change.accept(b);
    return new EinvoiceClient(b.build(), engine);
  }

  /**
   * A copy acting for {@code gstin} (its credential must be configured), sharing the token cache.
   */
  public EinvoiceClient forGstin(String gstin) {
    return withOptions(b -> b.gstin(gstin));
  }

  /** OAuth token requests made by this client family (for tests and metrics). */
  public int tokenRequests() {
    return engine.tokens().requests();
  }

  /** Builder of {@link EinvoiceClient}: the {@link ClientOptions} builder plus {@code build()}. */
  public static final class Builder {
    private final ClientOptions.Builder options = ClientOptions.builder().fromEnv();

    private Builder() {}

    public Builder baseUrl(String v) {
      options.baseUrl(v);
      return this;
    }

    /**
     * The account API key; {@code apiKey(null)} drops the one builder() took from EINVOICE_API_KEY.
     */
    public Builder apiKey(String v) {
      options.apiKey(v);
      return this;
    }

    public Builder credentials(String clientId, String clientSecret) {
      options.credentials(clientId, clientSecret);
      return this;
    }

    public Builder gstinCredential(String gstin, String clientId, String clientSecret) {
      options.gstinCredential(gstin, clientId, clientSecret);
      return this;
    }

    public Builder gstin(String v) {
      options.gstin(v);
      return this;
    }

    public Builder maxRetries(int v) {
      options.maxRetries(v);
      return this;
    }

    public Builder timeout(java.time.Duration v) {
      options.timeout(v);
      return this;
    }

    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    public Builder signingKey(dev.einvoice.core.SigningKey v) {
      options.signingKey(v);
      return this;
    }

    public Builder statusAwareBackoff(boolean v) {
      options.statusAwareBackoff(v);
      return this;
    }

    public Builder statusPollInterval(java.time.Duration v) {
      options.statusPollInterval(v);
      return this;
    }

    public Builder throttle(boolean v) {
      options.throttle(v);
      return this;
    }

    public Builder transport(dev.einvoice.core.Transport v) {
      options.transport(v);
      return this;
    }

    public Builder executor(java.util.concurrent.Executor v) {
      options.executor(v);
      return this;
    }

    /**
     * Appends {@code name/version (+url)} to the User-Agent, so the API's operators can tell your
     * platform's traffic apart ({@code appInfo("AcmeERP", "4.2.0", "https://erp.acme.example")}).
     *
     * @throws dev.einvoice.core.errors.EinvoiceConfigException when a value is not a valid
     *     User-Agent product (spaces, {@code /} in the name, control characters)
     */
    public Builder appInfo(String name, String version, String url) {
      options.appInfo(name, version, url);
      return this;
    }

    /**
     * Pins the dated API version sent in {@code Einvoice-Version} (default {@link
     * ApiVersion#VALUE}, the version this SDK was generated for); one call can send another with
     * {@code RequestOptions} headers. Every answer says which version it used.
     */
    public Builder apiVersion(String apiVersion) {
      options.apiVersion(apiVersion);
      return this;
    }

    /** See {@link ClientOptions.Builder#tenant(String)}. */
    public Builder tenant(String tenant) {
      options.tenant(tenant);
      return this;
    }

    /** {@link #appInfo(String, String, String)} without a URL. */
    public Builder appInfo(String name, String version) {
      options.appInfo(name, version, null);
      return this;
    }

    /**
     * Where the one-line-per-attempt log goes (default {@code System.getLogger("einvoice")}); a
     * supplied logger gets {@code INFO} lines unless {@link #logLevel} or EINVOICE_LOG says
     * otherwise.
     */
    public Builder logger(System.Logger logger) {
      options.logger(logger);
      return this;
    }

    /**
     * {@code INFO} (one line per HTTP attempt), {@code DEBUG} (also headers, secrets redacted) or
     * {@code OFF}; default EINVOICE_LOG ({@code info}, {@code debug}), else off.
     */
    public Builder logLevel(System.Logger.Level level) {
      options.logLevel(level);
      return this;
    }

    /** Any other option. */
    public Builder options(Consumer<ClientOptions.Builder> change) {
      change.accept(options);
      return this;
    }

    /**
     * The client.
     *
     * @throws dev.einvoice.core.errors.EinvoiceConfigException when neither an API key nor a client
     *     id + secret is set (here or through EINVOICE_API_KEY, EINVOICE_CLIENT_ID/SECRET), or
     *     another option is invalid (negative maxRetries, non-positive timeout, a base URL that is
     *     not an absolute http(s) URL)
     */
    public EinvoiceClient build() {
      return new EinvoiceClient(options.build());
    }
  }
}
