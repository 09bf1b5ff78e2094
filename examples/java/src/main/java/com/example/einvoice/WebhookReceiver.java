package com.example.einvoice;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.einvoice.core.Webhooks;
import dev.einvoice.core.errors.WebhookVerificationException;
import dev.einvoice.models.WebhookEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A minimal webhook receiver on 127.0.0.1 (any free port) that checks the Standard Webhooks
 * signature of every delivery with the SDK's {@link Webhooks} helper before trusting it. In
 * production this is a route of your web application, reachable over HTTPS.
 */
final class WebhookReceiver implements AutoCloseable {
  static final String PATH = "/webhooks";

  /** What reached the receiver: a verified event, or the reason a delivery was refused. */
  static final class Delivery {
    private final String webhookId;
    private final WebhookEvent event;
    private final String rejection;

    Delivery(String webhookId, WebhookEvent event, String rejection) {
      this.webhookId = webhookId;
      this.event = event;
      this.rejection = rejection;
    }

    String webhookId() {
      return webhookId;
    }

    WebhookEvent event() {
      return event;
    }

    String rejection() {
      return rejection;
    }

    boolean verified() {
      return rejection == null;
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

  /** Set by {@link #trust} once the endpoint exists: its signing secret is only known then. */
  private volatile Webhooks webhooks;

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  /** Listens on 127.0.0.1 and a port the operating system picks. */
  static WebhookReceiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    WebhookReceiver receiver = new WebhookReceiver(server);
    server.createContext(PATH, receiver::handle);
    server.start();
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  /** Verifies deliveries with this endpoint secret (whsec_...) from now on. */
  void trust(String secret) {
    webhooks = new Webhooks(secret);
  }

  /**
   * Waits for a verified delivery that {@code wanted} accepts, skipping others. Fails at once on a
   * delivery that did not verify, and when none arrives in time.
   */
  Delivery await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      long leftMillis = Duration.between(Instant.now(), deadline).toMillis();
      Delivery delivery =
          leftMillis > 0 ? deliveries.poll(leftMillis, TimeUnit.MILLISECONDS) : null;
      if (delivery == null) {
        throw new IllegalStateException(
            "no matching webhook arrived within " + timeout.toSeconds() + " s");
      }
      if (!delivery.verified()) {
        throw new IllegalStateException(
            "webhook " + delivery.webhookId() + " failed verification: " + delivery.rejection());
      }
      if (wanted.test(delivery)) {
        return delivery;
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Webhooks verifier = webhooks;
      if (verifier == null) {
        // Not ready yet: any non-2xx answer makes the server deliver again later.
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      // Verify the raw bytes as received: re-serialised JSON would not match the signature.
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = firstValues(exchange);
      String webhookId = headers.get("webhook-id");
      try {
        verifier.verify(body, headers);
      } catch (WebhookVerificationException e) {
        deliveries.add(new Delivery(webhookId, null, e.reason()));
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      deliveries.add(new Delivery(webhookId, WebhookEvent.parse(body), null));
      // Answer 2xx quickly and do any slow work elsewhere: the sender times out and retries
      // otherwise.
      exchange.sendResponseHeaders(204, -1);
    } finally {
      exchange.close();
    }
  }

  /** The first value of each request header, looked up case-insensitively. */
  private static Map<String, String> firstValues(HttpExchange exchange) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) headers.put(name, values.get(0));
            });
    return headers;
  }
}
