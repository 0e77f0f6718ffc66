package dev.billingone.workstation.subscriptions;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One charge on a distributor invoice: which company, subscription and product, for which period, at what price and cost. */
@Entity
@Table(name = "vendor_invoice_item")
public class VendorInvoiceItem extends BaseEntity {
    @Column(name = "vendor_invoice_id", nullable = false)
    private Long vendorInvoiceId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "item_type")
    private String itemType;

    @Column(name = "company_external_id")
    private String companyExternalId;

    @Column(name = "subscription_external_id")
    private String subscriptionExternalId;

    @Column(name = "vendor_product_external_id")
    private String vendorProductExternalId;

    @Column(name = "sku")
    private String sku;

    @Column(name = "description")
    private String description;

    @Column(name = "start_period")
    private LocalDate startPeriod;

    @Column(name = "end_period")
    private LocalDate endPeriod;

    @Column(name = "quantity", precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "term")
    private String term;

    @Column(name = "price", precision = 19, scale = 4)
    private BigDecimal price;

    @Column(name = "cost", precision = 19, scale = 4)
    private BigDecimal cost;

    @Column(name = "cost_total", precision = 19, scale = 4)
    private BigDecimal costTotal;

    @Column(name = "total", precision = 19, scale = 4)
    private BigDecimal total;

    public Long getVendorInvoiceId() {
        return vendorInvoiceId;
    }

    public void setVendorInvoiceId(Long vendorInvoiceId) {
        this.vendorInvoiceId = vendorInvoiceId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getItemType() {
        return itemType;
    }

    public void setItemType(String itemType) {
        this.itemType = itemType;
    }

    public String getCompanyExternalId() {
        return companyExternalId;
    }

    public void setCompanyExternalId(String companyExternalId) {
        this.companyExternalId = companyExternalId;
    }

    public String getSubscriptionExternalId() {
        return subscriptionExternalId;
    }

    public void setSubscriptionExternalId(String subscriptionExternalId) {
        this.subscriptionExternalId = subscriptionExternalId;
    }

    public String getVendorProductExternalId() {
        return vendorProductExternalId;
    }

    public void setVendorProductExternalId(String vendorProductExternalId) {
        this.vendorProductExternalId = vendorProductExternalId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartPeriod() {
        return startPeriod;
    }

    public void setStartPeriod(LocalDate startPeriod) {
        this.startPeriod = startPeriod;
    }

    public LocalDate getEndPeriod() {
        return endPeriod;
    }

    public void setEndPeriod(LocalDate endPeriod) {
        this.endPeriod = endPeriod;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public BigDecimal getCostTotal() {
        return costTotal;
    }

    public void setCostTotal(BigDecimal costTotal) {
        this.costTotal = costTotal;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }
}
