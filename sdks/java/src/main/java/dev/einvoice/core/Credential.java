package dev.einvoice.core;

import dev.einvoice.core.errors.EinvoiceConfigException;

/**
 * A GSTIN credential: OAuth client id and secret, optionally the scopes to request. A null or empty
 * client id or secret throws {@link EinvoiceConfigException}.
 */
public record Credential(String clientId, String clientSecret, String scope) {
  public Credential {
    if (clientId == null || clientId.isEmpty()) {
      throw new EinvoiceConfigException(
          "einvoice: a GSTIN credential needs a client id (credentials(clientId, clientSecret))");
    }
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new EinvoiceConfigException(
          "einvoice: the GSTIN credential "
              + clientId
              + " needs a client secret (credentials(clientId, clientSecret))");
    }
  }

  public Credential(String clientId, String clientSecret) {
    this(clientId, clientSecret, null);
  }

  @Override
  public String toString() {
    return "Credential[clientId=" + clientId + ", clientSecret=***]";
  }
}
