package dev.billingone.workstation.catalog;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A catalog product/SKU the MSP sells. */
@Entity
@Table(name = "product")
public class Product extends BaseEntity {
    @Column(name = "sku", nullable = false)
    private String sku;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "unit_price", precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "cost", precision = 19, scale = 4)
    private BigDecimal cost;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "tax_type")
    private String taxType;

    @Column(name = "sales_account_code")
    private String salesAccountCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_unit", nullable = false)
    private BillingUnit billingUnit = BillingUnit.PER_USER;

    @Column(name = "device_class")
    private String deviceClass;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "manufacturer_part_number")
    private String manufacturerPartNumber;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTaxType() {
        return taxType;
    }

    public void setTaxType(String taxType) {
        this.taxType = taxType;
    }

    public String getSalesAccountCode() {
        return salesAccountCode;
    }

    public void setSalesAccountCode(String salesAccountCode) {
        this.salesAccountCode = salesAccountCode;
    }

    public BillingUnit getBillingUnit() {
        return billingUnit;
    }

    public void setBillingUnit(BillingUnit billingUnit) {
        this.billingUnit = billingUnit;
    }

    public String getDeviceClass() {
        return deviceClass;
    }

    public void setDeviceClass(String deviceClass) {
        this.deviceClass = deviceClass;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getManufacturerPartNumber() {
        return manufacturerPartNumber;
    }

    public void setManufacturerPartNumber(String manufacturerPartNumber) {
        this.manufacturerPartNumber = manufacturerPartNumber;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
