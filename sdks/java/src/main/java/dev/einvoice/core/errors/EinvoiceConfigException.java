package dev.einvoice.core.errors;

/**
 * The client is misconfigured, found when it is built ({@code EinvoiceClient.builder()...build()},
 * {@code new EinvoiceClient(options)}, {@code withOptions(...)}), before any request is sent: no
 * credential at all (neither an API key nor a client id and secret, from the builder or the
 * EINVOICE_* environment variables), a credential missing its id or secret, a negative retry
 * budget, a timeout that is not positive, or a base URL that is not an absolute http(s) URL. The
 * message says which option to fix. Never retried.
 */
public class EinvoiceConfigException extends EinvoiceException {
  private static final long serialVersionUID = 1L;

  public EinvoiceConfigException(String message) {
    super(message);
  }

  public EinvoiceConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
