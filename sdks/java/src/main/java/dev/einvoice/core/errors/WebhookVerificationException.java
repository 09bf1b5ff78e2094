package dev.einvoice.core.errors;

/**
 * A webhook did not verify. {@link #reason()} is one of {@code missing_headers}, {@code
 * timestamp_too_old}, {@code timestamp_too_new}, {@code no_matching_signature}.
 */
public class WebhookVerificationException extends EinvoiceException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public WebhookVerificationException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  /**
   * The code, the same in every einvoice SDK: {@code invalid_secret}, {@code missing_headers},
   * {@code invalid_timestamp}, {@code timestamp_too_old}, {@code timestamp_too_new} or {@code
   * no_matching_signature} ({@link #reason()} is the same value).
   */
  public String code() {
    return reason;
  }

  @Override
  public String contractClass() {
    return "WebhookVerificationError";
  }
}
