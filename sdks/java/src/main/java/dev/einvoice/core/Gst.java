package dev.einvoice.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Offline GST helpers: GSTIN check character and IRN hash (spec/vectors/gstin-check-digits.json,
 * irn-hashes.json).
 */
public final class Gst {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final Pattern[] KINDS = {
    Pattern.compile("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$"),
    Pattern.compile("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]C[0-9A-Z]$"),
    Pattern.compile("^[0-9]{2}[A-Z]{4}[A-Z0-9][0-9]{4}[A-Z][1-9A-Z]D[0-9A-Z]$"),
    Pattern.compile("^[0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]$"),
    Pattern.compile("^9999[0-9]{2}[A-Z]{3}[0-9]{5}[A-Z0-9]{2}$"),
  };

  private Gst() {}

  /** Check character of the first 14 characters (mod-36 Luhn, factors 1,2 from the left). */
  public static char gstinCheckDigit(String first14) {
    if (first14.length() != 14) throw new IllegalArgumentException("need 14 characters");
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int v = ALPHABET.indexOf(first14.charAt(i));
      if (v < 0) throw new IllegalArgumentException("bad character " + first14.charAt(i));
      int p = v * (i % 2 == 0 ? 1 : 2);
      sum += p / 36 + p % 36;
    }
    return ALPHABET.charAt((36 - sum % 36) % 36);
  }

  public static boolean isValidGstin(String gstin) {
    if (gstin == null || gstin.length() != 15) return false;
    boolean shaped = false;
    for (Pattern p : KINDS) shaped |= p.matcher(gstin).matches();
    return shaped && gstinCheckDigit(gstin.substring(0, 14)) == gstin.charAt(14);
  }

  /** {@code 2022-23} for a {@code dd/MM/yyyy} date (January-March belong to the previous year). */
  public static String financialYear(String docDate) {
    String[] p = docDate.split("/");
    int m = Integer.parseInt(p[1]);
    int y = Integer.parseInt(p[2]);
    int start = m >= 4 ? y : y - 1;
    return start + "-" + String.format("%02d", (start + 1) % 100);
  }

  /** IRN = sha256 hex of seller GSTIN + financial year + doc type + doc number. */
  public static String computeIrn(
      String sellerGstin, String docType, String docNo, String docDate, boolean uppercaseDocNo) {
    String no = uppercaseDocNo ? docNo.toUpperCase(Locale.ROOT) : docNo;
    String pre =
        sellerGstin.toUpperCase(Locale.ROOT)
            + financialYear(docDate)
            + docType.toUpperCase(Locale.ROOT)
            + no;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(pre.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest)
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
