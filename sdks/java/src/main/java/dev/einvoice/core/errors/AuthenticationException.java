package dev.einvoice.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** Contract class {@code AuthenticationError}. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(
      int statusCode, HttpHeaders headers, JsonNode problem, String message) {
    super(statusCode, headers, problem, message);
  }

  @Override
  public String contractClass() {
    return "AuthenticationError";
  }
}
