package dev.einvoice.core.errors;

/** The request did not get an HTTP answer (refused, reset, DNS, TLS). Retried by the client. */
public class ApiConnectionException extends EinvoiceException {
  private static final long serialVersionUID = 1L;

  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String contractClass() {
    return "APIConnectionError";
  }
}
