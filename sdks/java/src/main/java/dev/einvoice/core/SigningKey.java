package dev.einvoice.core;

import java.util.Base64;

/** An RFC 9421 HMAC-SHA256 signing key. */
public record SigningKey(String keyId, byte[] secret, String label) {
  public static SigningKey ofBase64(String keyId, String secretBase64) {
    return new SigningKey(keyId, Base64.getDecoder().decode(secretBase64), "sig1");
  }

  @Override
  public String toString() {
    return "SigningKey[keyId=" + keyId + "]";
  }
}
