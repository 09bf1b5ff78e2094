// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import dev.einvoice.core.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query and header parameters of {@code deleteTestClock} (DELETE /v1/test_clocks/{test_clock_id}).
 * Immutable; {@link #builder()}.
 */
public final class TestClocksDeleteParams {
  private final String einvoiceTenant;

  private TestClocksDeleteParams(Builder b) {
    this.einvoiceTenant = b.einvoiceTenant;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.einvoiceTenant = einvoiceTenant;
    return b;
  }

  /**
   * The tenant this call acts on ({@code ten_...}, issue #24): lists hold only its resources, and
   * another tenant's ids are answered exactly as absent ones (404). Without it, the account key
   * acts on the account itself and sees every tenant; a restricted key bound to a tenant acts on
   * that tenant, and naming another is answered 404 {@code tenant_not_found}, as an unknown tenant
   * is. GSTIN tokens (on the operations they share with the account key) act for their GSTIN's
   * tenant and ignore a well-formed value.
   *
   * <p>Header {@code Einvoice-Tenant}.
   */
  public String einvoiceTenant() {
    return einvoiceTenant;
  }

  /** The query parameters as sent. */
  public Map<String, String> toQuery() {
    Map<String, String> out = new LinkedHashMap<>();
    return out;
  }

  /** The header parameters as sent. */
  public Map<String, String> toHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    if (einvoiceTenant != null) out.put("Einvoice-Tenant", ApiRequest.render(einvoiceTenant));
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TestClocksDeleteParams)) return false;
    TestClocksDeleteParams that = (TestClocksDeleteParams) o;
    return Objects.equals(einvoiceTenant, that.einvoiceTenant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(einvoiceTenant);
  }

  @Override
  public String toString() {
    return "TestClocksDeleteParams" + toQuery() + toHeaders();
  }

  /** Builder of {@link TestClocksDeleteParams}. */
  public static final class Builder {
    private String einvoiceTenant;

    Builder() {}

    public Builder einvoiceTenant(String einvoiceTenant) {
      this.einvoiceTenant = einvoiceTenant;
      return this;
    }

    public TestClocksDeleteParams build() {
      return new TestClocksDeleteParams(this);
    }
  }
}
