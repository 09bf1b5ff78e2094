package dev.einvoice.core;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** An RFC 9421 HMAC-SHA256 signing key. Immutable. */
public final class SigningKey {
  private final String keyId;
  private final byte[] secret;
  private final String label;

  public SigningKey(String keyId, byte[] secret, String label) {
    this.keyId = keyId;
    this.secret = secret == null ? null : secret.clone();
    this.label = label;
  }

  public static SigningKey ofBase64(String keyId, String secretBase64) {
    return new SigningKey(keyId, Base64.getDecoder().decode(secretBase64), "sig1");
  }

  public String keyId() {
    return keyId;
  }

  /** A copy of the secret bytes. */
  public byte[] secret() {
    return secret == null ? null : secret.clone();
  }

  /** The signature label ({@code sig1} unless set). */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SigningKey)) return false;
    SigningKey that = (SigningKey) o;
    return Objects.equals(keyId, that.keyId)
        && Arrays.equals(secret, that.secret)
        && Objects.equals(label, that.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyId, Arrays.hashCode(secret), label);
  }

  @Override
  public String toString() {
    return "SigningKey[keyId=" + keyId + "]";
  }
}
