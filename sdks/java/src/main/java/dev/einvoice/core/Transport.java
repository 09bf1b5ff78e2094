package dev.einvoice.core;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP seam: one attempt, no retries (the engine owns those). Replace it for proxies, TLS
 * pinning or test doubles; the default wraps a {@link HttpClient} (HTTP/1.1, 10 s connect timeout).
 */
@FunctionalInterface
public interface Transport {
  HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;

  static Transport of(HttpClient client) {
    return request -> client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static Transport defaultTransport() {
    return Holder.DEFAULT;
  }

  /** Lazily built shared default, so clients share one connection pool. */
  final class Holder {
    static final Transport DEFAULT =
        of(
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());

    private Holder() {}
  }
}
