package dev.billingone.workstation.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** One product as the catalog table shows it; immutable so it can be filtered off the UI thread. */
public record ProductRow(long id, long version, String sku, String name, String description, BigDecimal unitPrice,
                         BigDecimal cost, String currency, String taxType, String salesAccountCode, String vendor,
                         String pax8ProductId, BillingUnit billingUnit, boolean active, String searchText) {

    static ProductRow of(Product p, String pax8ProductId) {
        String search = String.join("\u0001", nz(p.getSku()), nz(p.getName()), nz(p.getDescription()), nz(p.getVendor()),
                nz(p.getTaxType()), nz(p.getSalesAccountCode())).toLowerCase(Locale.ROOT);
        return new ProductRow(p.getId(), p.getVersion(), p.getSku(), p.getName(), p.getDescription(), p.getUnitPrice(),
                p.getCost(), p.getCurrency(), p.getTaxType(), p.getSalesAccountCode(), p.getVendor(), pax8ProductId,
                p.getBillingUnit(), p.isActive(), search);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** Price minus cost, or null when either is unknown. */
    public BigDecimal margin() {
        return unitPrice == null || cost == null ? null : unitPrice.subtract(cost);
    }

    /** Margin as a percentage of the price (one decimal), or null. */
    public BigDecimal marginPercent() {
        BigDecimal margin = margin();
        if (margin == null || unitPrice.signum() == 0) {
            return null;
        }
        return margin.multiply(BigDecimal.valueOf(100)).divide(unitPrice, 1, RoundingMode.HALF_UP);
    }
}
