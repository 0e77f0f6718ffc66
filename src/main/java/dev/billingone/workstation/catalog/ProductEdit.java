package dev.billingone.workstation.catalog;

import java.math.BigDecimal;

/** What the detail form or an inline edit saves; {@code id} null creates a product. */
public record ProductEdit(Long id, long version, String sku, String name, String description, BigDecimal unitPrice,
                          BigDecimal cost, String currency, String taxType, String salesAccountCode, String vendor,
                          BillingUnit billingUnit, boolean active) {
    public static ProductEdit of(ProductRow row) {
        return new ProductEdit(row.id(), row.version(), row.sku(), row.name(), row.description(), row.unitPrice(), row.cost(),
                row.currency(), row.taxType(), row.salesAccountCode(), row.vendor(), row.billingUnit(), row.active());
    }

    public ProductEdit withName(String value) {
        return new ProductEdit(id, version, sku, value, description, unitPrice, cost, currency, taxType, salesAccountCode, vendor, billingUnit, active);
    }

    public ProductEdit withUnitPrice(BigDecimal value) {
        return new ProductEdit(id, version, sku, name, description, value, cost, currency, taxType, salesAccountCode, vendor, billingUnit, active);
    }

    public ProductEdit withCost(BigDecimal value) {
        return new ProductEdit(id, version, sku, name, description, unitPrice, value, currency, taxType, salesAccountCode, vendor, billingUnit, active);
    }

    public ProductEdit withTaxType(String value) {
        return new ProductEdit(id, version, sku, name, description, unitPrice, cost, currency, value, salesAccountCode, vendor, billingUnit, active);
    }

    public ProductEdit withSalesAccountCode(String value) {
        return new ProductEdit(id, version, sku, name, description, unitPrice, cost, currency, taxType, value, vendor, billingUnit, active);
    }
}
