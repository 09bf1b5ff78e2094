package dev.einvoice.core;

import dev.einvoice.core.errors.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks verification (HMAC-SHA256, {@code webhook-id/-timestamp/-signature}, 300 s
 * tolerance both ways, several secrets during a rotation) with an injectable clock. Pass the raw
 * body bytes, never re-serialised JSON.
 */
public final class Webhooks {
  public static final long TOLERANCE_SECONDS = 300;

  private final List<String> secrets;
  private final Clock clock;

  public Webhooks(List<String> secrets, Clock clock) {
    this.secrets = List.copyOf(secrets);
    this.clock = clock;
  }

  public Webhooks(String secret) {
    this(List.of(secret), Clock.systemUTC());
  }

  /**
   * Throws {@link WebhookVerificationException} unless a trusted secret signed this payload
   * recently.
   */
  public void verify(byte[] payload, Map<String, String> headers) {
    verify(payload, headers, secrets, clock.instant().getEpochSecond());
  }

  public static void verify(
      byte[] payload, Map<String, String> headers, List<String> secrets, long nowSeconds) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) h.putAll(headers);
    String id = h.get("webhook-id");
    String ts = h.get("webhook-timestamp");
    String sigs = h.get("webhook-signature");
    if (blank(id) || blank(ts) || blank(sigs)) {
      throw new WebhookVerificationException(
          "missing_headers", "einvoice: webhook: missing headers");
    }
    long t;
    try {
      t = Long.parseLong(ts.trim());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(
          "missing_headers", "einvoice: webhook: bad webhook-timestamp");
    }
    long diff = nowSeconds - t;
    if (diff > TOLERANCE_SECONDS) {
      throw new WebhookVerificationException(
          "timestamp_too_old", "einvoice: webhook: timestamp too old");
    }
    if (-diff > TOLERANCE_SECONDS) {
      throw new WebhookVerificationException(
          "timestamp_too_new", "einvoice: webhook: timestamp too new");
    }
    for (String secret : secrets) {
      String want;
      try {
        want = sign(id, t, payload, secret);
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (String s : sigs.split(" ")) {
        if (s.startsWith("v1,")
            && MessageDigest.isEqual(
                s.getBytes(StandardCharsets.UTF_8), want.getBytes(StandardCharsets.UTF_8))) {
          return;
        }
      }
    }
    throw new WebhookVerificationException(
        "no_matching_signature",
        "einvoice: webhook: no signature matches (check the secret, and pass the raw body bytes,"
            + " not re-encoded JSON)");
  }

  /** {@code v1,} + base64(HMAC-SHA256(key, id.timestamp.payload)); also a test helper. */
  public static String sign(String msgId, long timestamp, byte[] payload, String secret) {
    String raw = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    byte[] key = Base64.getDecoder().decode(raw);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((msgId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(payload));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.trim().isEmpty();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
