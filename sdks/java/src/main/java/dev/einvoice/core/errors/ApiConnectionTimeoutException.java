package dev.einvoice.core.errors;

/** An attempt ran past its timeout. A subclass of {@link ApiConnectionException}; retried. */
public class ApiConnectionTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  public ApiConnectionTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String contractClass() {
    return "APIConnectionTimeoutError";
  }
}
