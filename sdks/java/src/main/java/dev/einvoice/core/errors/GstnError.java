package dev.einvoice.core.errors;

/** One government-side (NIC/GSTN) error from a problem body's {@code gstn_errors}. */
public record GstnError(String code, String message, String hint, String pointer) {}
