package dev.einvoice;

import dev.einvoice.core.ClientContext;
import dev.einvoice.core.ClientOptions;
import dev.einvoice.core.HttpEngine;

/**
 * The asynchronous view of an {@link EinvoiceClient} ({@code client.async()}): the same resources,
 * each call returning a {@code CompletableFuture} that runs on the options' executor and shares the
 * client's token cache. {@code future.cancel(true)} interrupts the call; cancellation is never
 * retried.
 */
public final class EinvoiceClientAsync extends EinvoiceAsyncResources {
  private final EinvoiceClient sync;

  EinvoiceClientAsync(ClientOptions options, HttpEngine engine, EinvoiceClient sync) {
    super(new ClientContext(options, engine));
    this.sync = sync;
  }

  /** The synchronous client this view belongs to. */
  public EinvoiceClient sync() {
    return sync;
  }
}
