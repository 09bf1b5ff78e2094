package dev.einvoice.core;

/** Which credential an operation needs (from the spec's security requirements). */
public enum Auth {
  NONE,
  /** The account API key. */
  ACCOUNT,
  /** The OAuth token of one GSTIN credential, cached per credential. */
  GSTIN,
  /** The account key when configured, else the GSTIN token. */
  ACCOUNT_OR_GSTIN,
  /** HTTP Basic with a credential's client id and secret (the token endpoint). */
  CLIENT_BASIC
}
