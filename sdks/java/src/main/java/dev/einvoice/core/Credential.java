package dev.einvoice.core;

import dev.einvoice.core.errors.EinvoiceConfigException;
import java.util.Objects;

/**
 * A GSTIN credential: OAuth client id and secret, optionally the scopes to request. A null or empty
 * client id or secret throws {@link EinvoiceConfigException}. Immutable.
 */
public final class Credential {
  private final String clientId;
  private final String clientSecret;
  private final String scope;

  public Credential(String clientId, String clientSecret, String scope) {
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
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scope = scope;
  }

  public Credential(String clientId, String clientSecret) {
    this(clientId, clientSecret, null);
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  /** The scopes to request (space-separated), or null for the credential's own. */
  public String scope() {
    return scope;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Credential)) return false;
    Credential that = (Credential) o;
    return clientId.equals(that.clientId)
        && clientSecret.equals(that.clientSecret)
        && Objects.equals(scope, that.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, clientSecret, scope);
  }

  @Override
  public String toString() {
    return "Credential[clientId=" + clientId + ", clientSecret=***]";
  }
}
