package dev.einvoice.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 9421 HTTP Message Signatures, HMAC-SHA256, over {@code @method}, {@code @target-uri}, {@code
 * content-digest} (RFC 9530, when there is a body) and {@code created}. Vectors:
 * spec/vectors/request-signatures.json.
 */
public final class RequestSigner {
  private RequestSigner() {}

  public static String contentDigest(byte[] body) {
    try {
      byte[] sum = MessageDigest.getInstance("SHA-256").digest(body);
      return "sha-256=:" + Base64.getEncoder().encodeToString(sum) + ":";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ("c1" "c2");created=N;keyid="k"[;alg="a"]}. */
  public static String signatureParams(
      List<String> components, long created, String keyId, String alg) {
    List<String> quoted = new ArrayList<>();
    for (String c : components) quoted.add("\"" + c + "\"");
    String s = "(" + String.join(" ", quoted) + ");created=" + created + ";keyid=\"" + keyId + "\"";
    if (alg != null && !alg.isEmpty()) s += ";alg=\"" + alg + "\"";
    return s;
  }

  /** The signature base: one line per component, then {@code "@signature-params"}; joined by LF. */
  public static String signatureBase(
      String method,
      String target,
      Map<String, String> headers,
      List<String> components,
      String params) {
    URI u = URI.create(target);
    Map<String, String> lower = new LinkedHashMap<>();
    if (headers != null) headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    StringBuilder sb = new StringBuilder();
    for (String c : components) {
      String v;
      switch (c) {
        case "@method":
          v = method.toUpperCase(Locale.ROOT);
          break;
        case "@target-uri":
          v = target;
          break;
        case "@authority":
          v = u.getRawAuthority().toLowerCase(Locale.ROOT);
          break;
        case "@path":
          v = u.getRawPath();
          break;
        case "@query":
          v = "?" + (u.getRawQuery() == null ? "" : u.getRawQuery());
          break;
        default:
          v = lower.get(c.toLowerCase(Locale.ROOT));
          if (v == null)
            throw new IllegalArgumentException("cannot sign: header " + c + " is missing");
          v = v.trim();
      }
      sb.append('"').append(c).append("\": ").append(v).append('\n');
    }
    sb.append("\"@signature-params\": ").append(params);
    return sb.toString();
  }

  public static String hmacSha256(String base, byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Headers to add: {@code content-digest} (with a body), {@code signature-input}, {@code
   * signature}.
   */
  public static Map<String, String> sign(
      String method, String target, byte[] body, SigningKey key, long created) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> components = new ArrayList<>(List.of("@method", "@target-uri"));
    if (body != null) {
      out.put("content-digest", contentDigest(body));
      components.add("content-digest");
    }
    String params = signatureParams(components, created, key.keyId(), "hmac-sha256");
    String base = signatureBase(method, target, out, components, params);
    String label = key.label() == null || key.label().isEmpty() ? "sig1" : key.label();
    out.put("signature-input", label + "=" + params);
    out.put("signature", label + "=:" + hmacSha256(base, key.secret()) + ":");
    return out;
  }

  /** Convenience for tests: the UTF-8 bytes of a body. */
  static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }
}
