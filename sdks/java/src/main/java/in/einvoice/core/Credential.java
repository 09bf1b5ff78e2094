package in.einvoice.core;

import java.util.Objects;

/** A GSTIN credential: OAuth client id and secret, optionally the scopes to request. */
public record Credential(String clientId, String clientSecret, String scope) {
  public Credential {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }

  public Credential(String clientId, String clientSecret) {
    this(clientId, clientSecret, null);
  }

  @Override
  public String toString() {
    return "Credential[clientId=" + clientId + ", clientSecret=***]";
  }
}
