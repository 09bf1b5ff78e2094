package dev.einvoice.core;

import dev.einvoice.core.errors.WebhookVerificationException;
import dev.einvoice.models.WebhookEvent;
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

  /**
   * Verifies, then returns the typed event ({@code event.asIrnGenerated()} and the like; an event
   * type newer than this SDK keeps its raw JSON).
   */
  public WebhookEvent unwrap(byte[] payload, Map<String, String> headers) {
    verify(payload, headers);
    return WebhookEvent.parse(payload);
  }

  public static void verify(
      byte[] payload, Map<String, String> headers, List<String> secrets, long nowSeconds) {
    for (String secret : secrets)
      key(secret); // a malformed secret is invalid_secret, never a mismatch
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
          "invalid_timestamp", "einvoice: webhook: webhook-timestamp is not a number");
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
      String want = sign(id, t, payload, secret);
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

  /**
   * {@code v1,} + base64(HMAC-SHA256(key, id.timestamp.payload)); also a test helper. Throws {@link
   * WebhookVerificationException} ({@code invalid_secret}) for a secret that is not {@code whsec_}
   * + base64.
   */
  public static String sign(String msgId, long timestamp, byte[] payload, String secret) {
    byte[] key = key(secret);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((msgId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(payload));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The three headers of a delivery of {@code payload}: what a test of your receiver sends. */
  public static Map<String, String> headers(
      String msgId, long timestamp, byte[] payload, String secret) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.put("webhook-id", msgId);
    h.put("webhook-timestamp", Long.toString(timestamp));
    h.put("webhook-signature", sign(msgId, timestamp, payload, secret));
    return h;
  }

  private static byte[] key(String secret) {
    String raw = secret == null ? "" : secret.startsWith("whsec_") ? secret.substring(6) : secret;
    try {
      byte[] key = Base64.getDecoder().decode(raw);
      if (key.length > 0) return key;
    } catch (IllegalArgumentException e) {
      // fall through: not base64
    }
    throw new WebhookVerificationException(
        "invalid_secret",
        "einvoice: webhook: the secret is not whsec_ followed by base64 (copy it from the"
            + " endpoint)");
  }

  private static boolean blank(String s) {
    return s == null || s.trim().isEmpty();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
