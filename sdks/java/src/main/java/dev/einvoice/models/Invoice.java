// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The GST e-invoice as defined by GSTN/NIC schema INV-01 version 1.1. Do not send {@code Irn}; the
 * IRP computes it.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Invoice.Builder.class)
public final class Invoice {
  @JsonProperty("Version")
  private final String version;

  @JsonProperty("TranDtls")
  private final TranDtls tranDtls;

  @JsonProperty("DocDtls")
  private final DocDtls docDtls;

  @JsonProperty("SellerDtls")
  private final SellerDtls sellerDtls;

  @JsonProperty("BuyerDtls")
  private final BuyerDtls buyerDtls;

  @JsonProperty("DispDtls")
  private final DispDtls dispDtls;

  @JsonProperty("ShipDtls")
  private final ShipDtls shipDtls;

  @JsonProperty("ItemList")
  private final List<Item> itemList;

  @JsonProperty("ValDtls")
  private final ValDtls valDtls;

  @JsonProperty("PayDtls")
  private final PayDtls payDtls;

  @JsonProperty("RefDtls")
  private final RefDtls refDtls;

  @JsonProperty("AddlDocDtls")
  private final List<AddlDocDtls> addlDocDtls;

  @JsonProperty("ExpDtls")
  private final ExpDtls expDtls;

  @JsonProperty("EwbDtls")
  private final EwbDtls ewbDtls;

  private final Map<String, Object> additionalProperties;

  private Invoice(Builder b) {
    this.version = b.version;
    this.tranDtls = b.tranDtls;
    this.docDtls = b.docDtls;
    this.sellerDtls = b.sellerDtls;
    this.buyerDtls = b.buyerDtls;
    this.dispDtls = b.dispDtls;
    this.shipDtls = b.shipDtls;
    this.itemList =
        b.itemList == null ? null : Collections.unmodifiableList(new ArrayList<>(b.itemList));
    this.valDtls = b.valDtls;
    this.payDtls = b.payDtls;
    this.refDtls = b.refDtls;
    this.addlDocDtls =
        b.addlDocDtls == null ? null : Collections.unmodifiableList(new ArrayList<>(b.addlDocDtls));
    this.expDtls = b.expDtls;
    this.ewbDtls = b.ewbDtls;
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Schema version; {@code 1.1}.
   *
   * <p>Wire name {@code Version}. Required.
   */
  public String version() {
    return version;
  }

  /** Wire name {@code TranDtls}. Required. */
  public TranDtls tranDtls() {
    return tranDtls;
  }

  /** Wire name {@code DocDtls}. Required. */
  public DocDtls docDtls() {
    return docDtls;
  }

  /** Wire name {@code SellerDtls}. Required. */
  public SellerDtls sellerDtls() {
    return sellerDtls;
  }

  /** Wire name {@code BuyerDtls}. Required. */
  public BuyerDtls buyerDtls() {
    return buyerDtls;
  }

  /** Wire name {@code DispDtls}. Optional: empty when absent. */
  public Optional<DispDtls> dispDtls() {
    return Optional.ofNullable(dispDtls);
  }

  /** Wire name {@code ShipDtls}. Optional: empty when absent. */
  public Optional<ShipDtls> shipDtls() {
    return Optional.ofNullable(shipDtls);
  }

  /**
   * Invoice lines; 1 to 1000 (2228 when empty, 2173 over the limit).
   *
   * <p>Wire name {@code ItemList}. Required.
   */
  public List<Item> itemList() {
    return itemList;
  }

  /** Wire name {@code ValDtls}. Required. */
  public ValDtls valDtls() {
    return valDtls;
  }

  /** Wire name {@code PayDtls}. Optional: empty when absent. */
  public Optional<PayDtls> payDtls() {
    return Optional.ofNullable(payDtls);
  }

  /** Wire name {@code RefDtls}. Optional: empty when absent. */
  public Optional<RefDtls> refDtls() {
    return Optional.ofNullable(refDtls);
  }

  /**
   * Supporting documents.
   *
   * <p>Wire name {@code AddlDocDtls}. Optional: empty when absent.
   */
  public Optional<List<AddlDocDtls>> addlDocDtls() {
    return Optional.ofNullable(addlDocDtls);
  }

  /** Wire name {@code ExpDtls}. Optional: empty when absent. */
  public Optional<ExpDtls> expDtls() {
    return Optional.ofNullable(expDtls);
  }

  /** Wire name {@code EwbDtls}. Optional: empty when absent. */
  public Optional<EwbDtls> ewbDtls() {
    return Optional.ofNullable(ewbDtls);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Invoice}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Invoice.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Invoice fromJson(String json) {
    return Json.parse(json, Invoice.class);
  }

  /**
   * This value as JSON text in the API's wire format (the inverse of {@link #fromJson(String)}).
   */
  public String toJson() {
    return Json.write(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.version = version;
    b.tranDtls = tranDtls;
    b.docDtls = docDtls;
    b.sellerDtls = sellerDtls;
    b.buyerDtls = buyerDtls;
    b.dispDtls = dispDtls;
    b.shipDtls = shipDtls;
    b.itemList = itemList;
    b.valDtls = valDtls;
    b.payDtls = payDtls;
    b.refDtls = refDtls;
    b.addlDocDtls = addlDocDtls;
    b.expDtls = expDtls;
    b.ewbDtls = ewbDtls;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Invoice)) return false;
    Invoice that = (Invoice) o;
    return Objects.equals(version, that.version)
        && Objects.equals(tranDtls, that.tranDtls)
        && Objects.equals(docDtls, that.docDtls)
        && Objects.equals(sellerDtls, that.sellerDtls)
        && Objects.equals(buyerDtls, that.buyerDtls)
        && Objects.equals(dispDtls, that.dispDtls)
        && Objects.equals(shipDtls, that.shipDtls)
        && Objects.equals(itemList, that.itemList)
        && Objects.equals(valDtls, that.valDtls)
        && Objects.equals(payDtls, that.payDtls)
        && Objects.equals(refDtls, that.refDtls)
        && Objects.equals(addlDocDtls, that.addlDocDtls)
        && Objects.equals(expDtls, that.expDtls)
        && Objects.equals(ewbDtls, that.ewbDtls)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version,
        tranDtls,
        docDtls,
        sellerDtls,
        buyerDtls,
        dispDtls,
        shipDtls,
        itemList,
        valDtls,
        payDtls,
        refDtls,
        addlDocDtls,
        expDtls,
        ewbDtls,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Invoice{"
        + "version="
        + version
        + ", tranDtls="
        + tranDtls
        + ", docDtls="
        + docDtls
        + ", sellerDtls="
        + sellerDtls
        + ", buyerDtls="
        + buyerDtls
        + ", dispDtls="
        + dispDtls
        + ", shipDtls="
        + shipDtls
        + ", itemList="
        + itemList
        + ", valDtls="
        + valDtls
        + ", payDtls="
        + payDtls
        + ", refDtls="
        + refDtls
        + ", addlDocDtls="
        + addlDocDtls
        + ", expDtls="
        + expDtls
        + ", ewbDtls="
        + ewbDtls
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Invoice}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String version;
    private TranDtls tranDtls;
    private DocDtls docDtls;
    private SellerDtls sellerDtls;
    private BuyerDtls buyerDtls;
    private DispDtls dispDtls;
    private ShipDtls shipDtls;
    private List<Item> itemList;
    private ValDtls valDtls;
    private PayDtls payDtls;
    private RefDtls refDtls;
    private List<AddlDocDtls> addlDocDtls;
    private ExpDtls expDtls;
    private EwbDtls ewbDtls;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("Version")
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    @JsonProperty("TranDtls")
    public Builder tranDtls(TranDtls tranDtls) {
      this.tranDtls = tranDtls;
      return this;
    }

    @JsonProperty("DocDtls")
    public Builder docDtls(DocDtls docDtls) {
      this.docDtls = docDtls;
      return this;
    }

    @JsonProperty("SellerDtls")
    public Builder sellerDtls(SellerDtls sellerDtls) {
      this.sellerDtls = sellerDtls;
      return this;
    }

    @JsonProperty("BuyerDtls")
    public Builder buyerDtls(BuyerDtls buyerDtls) {
      this.buyerDtls = buyerDtls;
      return this;
    }

    @JsonProperty("DispDtls")
    public Builder dispDtls(DispDtls dispDtls) {
      this.dispDtls = dispDtls;
      return this;
    }

    @JsonProperty("ShipDtls")
    public Builder shipDtls(ShipDtls shipDtls) {
      this.shipDtls = shipDtls;
      return this;
    }

    @JsonProperty("ItemList")
    public Builder itemList(List<Item> itemList) {
      this.itemList = itemList;
      return this;
    }

    @JsonProperty("ValDtls")
    public Builder valDtls(ValDtls valDtls) {
      this.valDtls = valDtls;
      return this;
    }

    @JsonProperty("PayDtls")
    public Builder payDtls(PayDtls payDtls) {
      this.payDtls = payDtls;
      return this;
    }

    @JsonProperty("RefDtls")
    public Builder refDtls(RefDtls refDtls) {
      this.refDtls = refDtls;
      return this;
    }

    @JsonProperty("AddlDocDtls")
    public Builder addlDocDtls(List<AddlDocDtls> addlDocDtls) {
      this.addlDocDtls = addlDocDtls;
      return this;
    }

    @JsonProperty("ExpDtls")
    public Builder expDtls(ExpDtls expDtls) {
      this.expDtls = expDtls;
      return this;
    }

    @JsonProperty("EwbDtls")
    public Builder ewbDtls(EwbDtls ewbDtls) {
      this.ewbDtls = ewbDtls;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Invoice build() {
      Objects.requireNonNull(version, "Invoice.version (Version) is required");
      Objects.requireNonNull(tranDtls, "Invoice.tranDtls (TranDtls) is required");
      Objects.requireNonNull(docDtls, "Invoice.docDtls (DocDtls) is required");
      Objects.requireNonNull(sellerDtls, "Invoice.sellerDtls (SellerDtls) is required");
      Objects.requireNonNull(buyerDtls, "Invoice.buyerDtls (BuyerDtls) is required");
      Objects.requireNonNull(itemList, "Invoice.itemList (ItemList) is required");
      Objects.requireNonNull(valDtls, "Invoice.valDtls (ValDtls) is required");
      return new Invoice(this);
    }
  }
}
