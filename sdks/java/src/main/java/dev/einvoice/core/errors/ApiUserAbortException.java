package dev.einvoice.core.errors;

/**
 * The caller cancelled the call (thread interrupt or {@code future.cancel(true)}). Never retried.
 */
public class ApiUserAbortException extends EinvoiceException {
  private static final long serialVersionUID = 1L;

  public ApiUserAbortException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String contractClass() {
    return "APIUserAbortError";
  }
}
