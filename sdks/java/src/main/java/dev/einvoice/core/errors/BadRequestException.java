package dev.einvoice.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** Contract class {@code BadRequestError}. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(
      int statusCode, HttpHeaders headers, JsonNode problem, String message) {
    super(statusCode, headers, problem, message);
  }

  @Override
  public String contractClass() {
    return "BadRequestError";
  }
}
