package dev.einvoice.core.errors;

/** Root of every exception the SDK throws. Unchecked, so call sites catch only what they handle. */
public class EinvoiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EinvoiceException(String message) {
    super(message);
  }

  public EinvoiceException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The class name in the cross-language contract vocabulary (spec/conformance/README.md). */
  public String contractClass() {
    return "EinvoiceError";
  }
}
