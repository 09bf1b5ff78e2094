// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.einvoice.core.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One invoice line. Arithmetic the IRP checks: TotAmt = Qty x UnitPrice (2192); AssAmt = TotAmt -
 * Discount (2193); TotItemVal = AssAmt + taxes + cess + OthChrg (2194).
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@link #toBuilder()}. Unknown members are
 * kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Item.Builder.class)
public final class Item {
  @JsonProperty("SlNo")
  private final String slNo;

  @JsonProperty("PrdDesc")
  private final String prdDesc;

  @JsonProperty("IsServc")
  private final ItemIsServc isServc;

  @JsonProperty("HsnCd")
  private final String hsnCd;

  @JsonProperty("Barcde")
  private final String barcde;

  @JsonProperty("Qty")
  private final BigDecimal qty;

  @JsonProperty("FreeQty")
  private final BigDecimal freeQty;

  @JsonProperty("Unit")
  private final String unit;

  @JsonProperty("UnitPrice")
  private final BigDecimal unitPrice;

  @JsonProperty("TotAmt")
  private final BigDecimal totAmt;

  @JsonProperty("Discount")
  private final BigDecimal discount;

  @JsonProperty("PreTaxVal")
  private final BigDecimal preTaxVal;

  @JsonProperty("AssAmt")
  private final BigDecimal assAmt;

  @JsonProperty("GstRt")
  private final BigDecimal gstRt;

  @JsonProperty("IgstAmt")
  private final BigDecimal igstAmt;

  @JsonProperty("CgstAmt")
  private final BigDecimal cgstAmt;

  @JsonProperty("SgstAmt")
  private final BigDecimal sgstAmt;

  @JsonProperty("CesRt")
  private final BigDecimal cesRt;

  @JsonProperty("CesAmt")
  private final BigDecimal cesAmt;

  @JsonProperty("CesNonAdvlAmt")
  private final BigDecimal cesNonAdvlAmt;

  @JsonProperty("StateCesRt")
  private final BigDecimal stateCesRt;

  @JsonProperty("StateCesAmt")
  private final BigDecimal stateCesAmt;

  @JsonProperty("StateCesNonAdvlAmt")
  private final BigDecimal stateCesNonAdvlAmt;

  @JsonProperty("OthChrg")
  private final BigDecimal othChrg;

  @JsonProperty("TotItemVal")
  private final BigDecimal totItemVal;

  @JsonProperty("OrdLineRef")
  private final String ordLineRef;

  @JsonProperty("OrgCntry")
  private final String orgCntry;

  @JsonProperty("PrdSlNo")
  private final String prdSlNo;

  @JsonProperty("BchDtls")
  private final BchDtls bchDtls;

  @JsonProperty("AttribDtls")
  private final List<AttribDtls> attribDtls;

  private final Map<String, Object> additionalProperties;

  private Item(Builder b) {
    this.slNo = b.slNo;
    this.prdDesc = b.prdDesc;
    this.isServc = b.isServc;
    this.hsnCd = b.hsnCd;
    this.barcde = b.barcde;
    this.qty = b.qty;
    this.freeQty = b.freeQty;
    this.unit = b.unit;
    this.unitPrice = b.unitPrice;
    this.totAmt = b.totAmt;
    this.discount = b.discount;
    this.preTaxVal = b.preTaxVal;
    this.assAmt = b.assAmt;
    this.gstRt = b.gstRt;
    this.igstAmt = b.igstAmt;
    this.cgstAmt = b.cgstAmt;
    this.sgstAmt = b.sgstAmt;
    this.cesRt = b.cesRt;
    this.cesAmt = b.cesAmt;
    this.cesNonAdvlAmt = b.cesNonAdvlAmt;
    this.stateCesRt = b.stateCesRt;
    this.stateCesAmt = b.stateCesAmt;
    this.stateCesNonAdvlAmt = b.stateCesNonAdvlAmt;
    this.othChrg = b.othChrg;
    this.totItemVal = b.totItemVal;
    this.ordLineRef = b.ordLineRef;
    this.orgCntry = b.orgCntry;
    this.prdSlNo = b.prdSlNo;
    this.bchDtls = b.bchDtls;
    this.attribDtls =
        b.attribDtls == null ? null : Collections.unmodifiableList(new ArrayList<>(b.attribDtls));
    this.additionalProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Line number, unique within the invoice (2233).
   *
   * <p>Wire name {@code SlNo}. Required.
   */
  public String slNo() {
    return slNo;
  }

  /**
   * Product description.
   *
   * <p>Wire name {@code PrdDesc}. Optional: empty when absent.
   */
  public Optional<String> prdDesc() {
    return Optional.ofNullable(prdDesc);
  }

  /**
   * {@code Y} for a service (SAC code), {@code N} for goods.
   *
   * <p>Wire name {@code IsServc}. Required.
   */
  public ItemIsServc isServc() {
    return isServc;
  }

  /**
   * HSN or SAC code, 4, 6 or 8 digits, in the HSN master (2176).
   *
   * <p>Wire name {@code HsnCd}. Required.
   */
  public String hsnCd() {
    return hsnCd;
  }

  /**
   * Barcode.
   *
   * <p>Wire name {@code Barcde}. Optional: empty when absent.
   */
  public Optional<String> barcde() {
    return Optional.ofNullable(barcde);
  }

  /**
   * Quantity; required for goods (2238).
   *
   * <p>Wire name {@code Qty}. Optional: empty when absent.
   */
  public Optional<BigDecimal> qty() {
    return Optional.ofNullable(qty);
  }

  /**
   * Free quantity.
   *
   * <p>Wire name {@code FreeQty}. Optional: empty when absent.
   */
  public Optional<BigDecimal> freeQty() {
    return Optional.ofNullable(freeQty);
  }

  /**
   * Unit quantity code (UQC) such as {@code NOS}, {@code KGS}, {@code BAG}; required for goods
   * (2239), in the UQC master (2177).
   *
   * <p>Wire name {@code Unit}. Optional: empty when absent.
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Price per unit.
   *
   * <p>Wire name {@code UnitPrice}. Required.
   */
  public BigDecimal unitPrice() {
    return unitPrice;
  }

  /**
   * Gross amount, Qty x UnitPrice.
   *
   * <p>Wire name {@code TotAmt}. Required.
   */
  public BigDecimal totAmt() {
    return totAmt;
  }

  /**
   * Discount.
   *
   * <p>Wire name {@code Discount}. Optional: empty when absent.
   */
  public Optional<BigDecimal> discount() {
    return Optional.ofNullable(discount);
  }

  /**
   * Pre-tax value.
   *
   * <p>Wire name {@code PreTaxVal}. Optional: empty when absent.
   */
  public Optional<BigDecimal> preTaxVal() {
    return Optional.ofNullable(preTaxVal);
  }

  /**
   * Taxable value, TotAmt - Discount.
   *
   * <p>Wire name {@code AssAmt}. Required.
   */
  public BigDecimal assAmt() {
    return assAmt;
  }

  /**
   * Combined GST rate in percent (IGST-equivalent).
   *
   * <p>Wire name {@code GstRt}. Required.
   */
  public BigDecimal gstRt() {
    return gstRt;
  }

  /**
   * IGST amount.
   *
   * <p>Wire name {@code IgstAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> igstAmt() {
    return Optional.ofNullable(igstAmt);
  }

  /**
   * CGST amount.
   *
   * <p>Wire name {@code CgstAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> cgstAmt() {
    return Optional.ofNullable(cgstAmt);
  }

  /**
   * SGST/UTGST amount.
   *
   * <p>Wire name {@code SgstAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> sgstAmt() {
    return Optional.ofNullable(sgstAmt);
  }

  /**
   * Cess rate in percent.
   *
   * <p>Wire name {@code CesRt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> cesRt() {
    return Optional.ofNullable(cesRt);
  }

  /**
   * Cess amount (ad valorem).
   *
   * <p>Wire name {@code CesAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> cesAmt() {
    return Optional.ofNullable(cesAmt);
  }

  /**
   * Cess amount (non ad valorem).
   *
   * <p>Wire name {@code CesNonAdvlAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> cesNonAdvlAmt() {
    return Optional.ofNullable(cesNonAdvlAmt);
  }

  /**
   * State cess rate in percent.
   *
   * <p>Wire name {@code StateCesRt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> stateCesRt() {
    return Optional.ofNullable(stateCesRt);
  }

  /**
   * State cess amount (ad valorem).
   *
   * <p>Wire name {@code StateCesAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> stateCesAmt() {
    return Optional.ofNullable(stateCesAmt);
  }

  /**
   * State cess amount (non ad valorem).
   *
   * <p>Wire name {@code StateCesNonAdvlAmt}. Optional: empty when absent.
   */
  public Optional<BigDecimal> stateCesNonAdvlAmt() {
    return Optional.ofNullable(stateCesNonAdvlAmt);
  }

  /**
   * Other charges.
   *
   * <p>Wire name {@code OthChrg}. Optional: empty when absent.
   */
  public Optional<BigDecimal> othChrg() {
    return Optional.ofNullable(othChrg);
  }

  /**
   * Total item value including taxes.
   *
   * <p>Wire name {@code TotItemVal}. Required.
   */
  public BigDecimal totItemVal() {
    return totItemVal;
  }

  /**
   * Order line reference.
   *
   * <p>Wire name {@code OrdLineRef}. Optional: empty when absent.
   */
  public Optional<String> ordLineRef() {
    return Optional.ofNullable(ordLineRef);
  }

  /**
   * Country of origin (ISO 3166 alpha-2).
   *
   * <p>Wire name {@code OrgCntry}. Optional: empty when absent.
   */
  public Optional<String> orgCntry() {
    return Optional.ofNullable(orgCntry);
  }

  /**
   * Product serial number.
   *
   * <p>Wire name {@code PrdSlNo}. Optional: empty when absent.
   */
  public Optional<String> prdSlNo() {
    return Optional.ofNullable(prdSlNo);
  }

  /** Wire name {@code BchDtls}. Optional: empty when absent. */
  public Optional<BchDtls> bchDtls() {
    return Optional.ofNullable(bchDtls);
  }

  /**
   * Free attributes of the item.
   *
   * <p>Wire name {@code AttribDtls}. Optional: empty when absent.
   */
  public Optional<List<AttribDtls>> attribDtls() {
    return Optional.ofNullable(attribDtls);
  }

  /** Members this SDK version does not know, kept as decoded JSON values. */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Decodes JSON text (the API's wire format, as sent or received) into a {@code Item}; members
   * this SDK version does not know are kept. The same as {@code Json.parse(json, Item.class)}.
   *
   * @param json the JSON text
   * @return the decoded value
   * @throws dev.einvoice.core.errors.EinvoiceException when the text is not JSON or does not fit
   *     this model
   */
  public static Item fromJson(String json) {
    return Json.parse(json, Item.class);
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
    b.slNo = slNo;
    b.prdDesc = prdDesc;
    b.isServc = isServc;
    b.hsnCd = hsnCd;
    b.barcde = barcde;
    b.qty = qty;
    b.freeQty = freeQty;
    b.unit = unit;
    b.unitPrice = unitPrice;
    b.totAmt = totAmt;
    b.discount = discount;
    b.preTaxVal = preTaxVal;
    b.assAmt = assAmt;
    b.gstRt = gstRt;
    b.igstAmt = igstAmt;
    b.cgstAmt = cgstAmt;
    b.sgstAmt = sgstAmt;
    b.cesRt = cesRt;
    b.cesAmt = cesAmt;
    b.cesNonAdvlAmt = cesNonAdvlAmt;
    b.stateCesRt = stateCesRt;
    b.stateCesAmt = stateCesAmt;
    b.stateCesNonAdvlAmt = stateCesNonAdvlAmt;
    b.othChrg = othChrg;
    b.totItemVal = totItemVal;
    b.ordLineRef = ordLineRef;
    b.orgCntry = orgCntry;
    b.prdSlNo = prdSlNo;
    b.bchDtls = bchDtls;
    b.attribDtls = attribDtls;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Item)) return false;
    Item that = (Item) o;
    return Objects.equals(slNo, that.slNo)
        && Objects.equals(prdDesc, that.prdDesc)
        && Objects.equals(isServc, that.isServc)
        && Objects.equals(hsnCd, that.hsnCd)
        && Objects.equals(barcde, that.barcde)
        && Objects.equals(qty, that.qty)
        && Objects.equals(freeQty, that.freeQty)
        && Objects.equals(unit, that.unit)
        && Objects.equals(unitPrice, that.unitPrice)
        && Objects.equals(totAmt, that.totAmt)
        && Objects.equals(discount, that.discount)
        && Objects.equals(preTaxVal, that.preTaxVal)
        && Objects.equals(assAmt, that.assAmt)
        && Objects.equals(gstRt, that.gstRt)
        && Objects.equals(igstAmt, that.igstAmt)
        && Objects.equals(cgstAmt, that.cgstAmt)
        && Objects.equals(sgstAmt, that.sgstAmt)
        && Objects.equals(cesRt, that.cesRt)
        && Objects.equals(cesAmt, that.cesAmt)
        && Objects.equals(cesNonAdvlAmt, that.cesNonAdvlAmt)
        && Objects.equals(stateCesRt, that.stateCesRt)
        && Objects.equals(stateCesAmt, that.stateCesAmt)
        && Objects.equals(stateCesNonAdvlAmt, that.stateCesNonAdvlAmt)
        && Objects.equals(othChrg, that.othChrg)
        && Objects.equals(totItemVal, that.totItemVal)
        && Objects.equals(ordLineRef, that.ordLineRef)
        && Objects.equals(orgCntry, that.orgCntry)
        && Objects.equals(prdSlNo, that.prdSlNo)
        && Objects.equals(bchDtls, that.bchDtls)
        && Objects.equals(attribDtls, that.attribDtls)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        slNo,
        prdDesc,
        isServc,
        hsnCd,
        barcde,
        qty,
        freeQty,
        unit,
        unitPrice,
        totAmt,
        discount,
        preTaxVal,
        assAmt,
        gstRt,
        igstAmt,
        cgstAmt,
        sgstAmt,
        cesRt,
        cesAmt,
        cesNonAdvlAmt,
        stateCesRt,
        stateCesAmt,
        stateCesNonAdvlAmt,
        othChrg,
        totItemVal,
        ordLineRef,
        orgCntry,
        prdSlNo,
        bchDtls,
        attribDtls,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Item{"
        + "slNo="
        + slNo
        + ", prdDesc="
        + prdDesc
        + ", isServc="
        + isServc
        + ", hsnCd="
        + hsnCd
        + ", barcde="
        + barcde
        + ", qty="
        + qty
        + ", freeQty="
        + freeQty
        + ", unit="
        + unit
        + ", unitPrice="
        + unitPrice
        + ", totAmt="
        + totAmt
        + ", discount="
        + discount
        + ", preTaxVal="
        + preTaxVal
        + ", assAmt="
        + assAmt
        + ", gstRt="
        + gstRt
        + ", igstAmt="
        + igstAmt
        + ", cgstAmt="
        + cgstAmt
        + ", sgstAmt="
        + sgstAmt
        + ", cesRt="
        + cesRt
        + ", cesAmt="
        + cesAmt
        + ", cesNonAdvlAmt="
        + cesNonAdvlAmt
        + ", stateCesRt="
        + stateCesRt
        + ", stateCesAmt="
        + stateCesAmt
        + ", stateCesNonAdvlAmt="
        + stateCesNonAdvlAmt
        + ", othChrg="
        + othChrg
        + ", totItemVal="
        + totItemVal
        + ", ordLineRef="
        + ordLineRef
        + ", orgCntry="
        + orgCntry
        + ", prdSlNo="
        + prdSlNo
        + ", bchDtls="
        + bchDtls
        + ", attribDtls="
        + attribDtls
        + ", additionalProperties="
        + additionalProperties
        + "}";
  }

  /** Builder of {@link Item}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String slNo;
    private String prdDesc;
    private ItemIsServc isServc;
    private String hsnCd;
    private String barcde;
    private BigDecimal qty;
    private BigDecimal freeQty;
    private String unit;
    private BigDecimal unitPrice;
    private BigDecimal totAmt;
    private BigDecimal discount;
    private BigDecimal preTaxVal;
    private BigDecimal assAmt;
    private BigDecimal gstRt;
    private BigDecimal igstAmt;
    private BigDecimal cgstAmt;
    private BigDecimal sgstAmt;
    private BigDecimal cesRt;
    private BigDecimal cesAmt;
    private BigDecimal cesNonAdvlAmt;
    private BigDecimal stateCesRt;
    private BigDecimal stateCesAmt;
    private BigDecimal stateCesNonAdvlAmt;
    private BigDecimal othChrg;
    private BigDecimal totItemVal;
    private String ordLineRef;
    private String orgCntry;
    private String prdSlNo;
    private BchDtls bchDtls;
    private List<AttribDtls> attribDtls;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    Builder() {}

    @JsonProperty("SlNo")
    public Builder slNo(String slNo) {
      this.slNo = slNo;
      return this;
    }

    @JsonProperty("PrdDesc")
    public Builder prdDesc(String prdDesc) {
      this.prdDesc = prdDesc;
      return this;
    }

    @JsonProperty("IsServc")
    public Builder isServc(ItemIsServc isServc) {
      this.isServc = isServc;
      return this;
    }

    @JsonProperty("HsnCd")
    public Builder hsnCd(String hsnCd) {
      this.hsnCd = hsnCd;
      return this;
    }

    @JsonProperty("Barcde")
    public Builder barcde(String barcde) {
      this.barcde = barcde;
      return this;
    }

    @JsonProperty("Qty")
    public Builder qty(BigDecimal qty) {
      this.qty = qty;
      return this;
    }

    @JsonProperty("FreeQty")
    public Builder freeQty(BigDecimal freeQty) {
      this.freeQty = freeQty;
      return this;
    }

    @JsonProperty("Unit")
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    @JsonProperty("UnitPrice")
    public Builder unitPrice(BigDecimal unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    @JsonProperty("TotAmt")
    public Builder totAmt(BigDecimal totAmt) {
      this.totAmt = totAmt;
      return this;
    }

    @JsonProperty("Discount")
    public Builder discount(BigDecimal discount) {
      this.discount = discount;
      return this;
    }

    @JsonProperty("PreTaxVal")
    public Builder preTaxVal(BigDecimal preTaxVal) {
      this.preTaxVal = preTaxVal;
      return this;
    }

    @JsonProperty("AssAmt")
    public Builder assAmt(BigDecimal assAmt) {
      this.assAmt = assAmt;
      return this;
    }

    @JsonProperty("GstRt")
    public Builder gstRt(BigDecimal gstRt) {
      this.gstRt = gstRt;
      return this;
    }

    @JsonProperty("IgstAmt")
    public Builder igstAmt(BigDecimal igstAmt) {
      this.igstAmt = igstAmt;
      return this;
    }

    @JsonProperty("CgstAmt")
    public Builder cgstAmt(BigDecimal cgstAmt) {
      this.cgstAmt = cgstAmt;
      return this;
    }

    @JsonProperty("SgstAmt")
    public Builder sgstAmt(BigDecimal sgstAmt) {
      this.sgstAmt = sgstAmt;
      return this;
    }

    @JsonProperty("CesRt")
    public Builder cesRt(BigDecimal cesRt) {
      this.cesRt = cesRt;
      return this;
    }

    @JsonProperty("CesAmt")
    public Builder cesAmt(BigDecimal cesAmt) {
      this.cesAmt = cesAmt;
      return this;
    }

    @JsonProperty("CesNonAdvlAmt")
    public Builder cesNonAdvlAmt(BigDecimal cesNonAdvlAmt) {
      this.cesNonAdvlAmt = cesNonAdvlAmt;
      return this;
    }

    @JsonProperty("StateCesRt")
    public Builder stateCesRt(BigDecimal stateCesRt) {
      this.stateCesRt = stateCesRt;
      return this;
    }

    @JsonProperty("StateCesAmt")
    public Builder stateCesAmt(BigDecimal stateCesAmt) {
      this.stateCesAmt = stateCesAmt;
      return this;
    }

    @JsonProperty("StateCesNonAdvlAmt")
    public Builder stateCesNonAdvlAmt(BigDecimal stateCesNonAdvlAmt) {
      this.stateCesNonAdvlAmt = stateCesNonAdvlAmt;
      return this;
    }

    @JsonProperty("OthChrg")
    public Builder othChrg(BigDecimal othChrg) {
      this.othChrg = othChrg;
      return this;
    }

    @JsonProperty("TotItemVal")
    public Builder totItemVal(BigDecimal totItemVal) {
      this.totItemVal = totItemVal;
      return this;
    }

    @JsonProperty("OrdLineRef")
    public Builder ordLineRef(String ordLineRef) {
      this.ordLineRef = ordLineRef;
      return this;
    }

    @JsonProperty("OrgCntry")
    public Builder orgCntry(String orgCntry) {
      this.orgCntry = orgCntry;
      return this;
    }

    @JsonProperty("PrdSlNo")
    public Builder prdSlNo(String prdSlNo) {
      this.prdSlNo = prdSlNo;
      return this;
    }

    @JsonProperty("BchDtls")
    public Builder bchDtls(BchDtls bchDtls) {
      this.bchDtls = bchDtls;
      return this;
    }

    @JsonProperty("AttribDtls")
    public Builder attribDtls(List<AttribDtls> attribDtls) {
      this.attribDtls = attribDtls;
      return this;
    }

    /** Sets a member this SDK version does not model (sent as is). */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
      return this;
    }

    public Item build() {
      Objects.requireNonNull(slNo, "Item.slNo (SlNo) is required");
      Objects.requireNonNull(isServc, "Item.isServc (IsServc) is required");
      Objects.requireNonNull(hsnCd, "Item.hsnCd (HsnCd) is required");
      Objects.requireNonNull(unitPrice, "Item.unitPrice (UnitPrice) is required");
      Objects.requireNonNull(totAmt, "Item.totAmt (TotAmt) is required");
      Objects.requireNonNull(assAmt, "Item.assAmt (AssAmt) is required");
      Objects.requireNonNull(gstRt, "Item.gstRt (GstRt) is required");
      Objects.requireNonNull(totItemVal, "Item.totItemVal (TotItemVal) is required");
      return new Item(this);
    }
  }
}
