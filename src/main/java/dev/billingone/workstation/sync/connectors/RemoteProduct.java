package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * A Pax8 product, Xero item or QBO item, parsed. {@link #upsert} writes the snapshot fields only: the mapping to
 * our catalog ({@code productId}, {@code mappedBy}) belongs to the mapping workbench and is never touched.
 *
 * @param code the remote system's own code (Pax8 sku, Xero item Code, QBO item Sku)
 */
public record RemoteProduct(String externalId, String name, String vendorName, String code, String partNumber,
                            BigDecimal unitPrice, String taxType, String accountCode, String status, Instant remoteUpdatedAt) {
    private static final Snapshots.Kind<VendorProduct> KIND = new Snapshots.Kind<>(VendorProduct.class, VendorProduct::new,
            VendorProduct::setSystem, VendorProduct::setExternalId, VendorProduct::getExternalId);

    public static void upsert(Session session, ExternalSystem system, List<RemoteProduct> products, PageOutcome outcome) {
        Snapshots.upsert(session, KIND, system, products, RemoteProduct::externalId, (product, row) -> {
            row.setName(Snapshots.text(product.name(), 300));
            row.setVendorName(Snapshots.text(product.vendorName(), 200));
            row.setVendorSku(Snapshots.text(product.code(), 100));
            row.setManufacturerPartNumber(Snapshots.text(product.partNumber(), 100));
            row.setUnitPrice(product.unitPrice());
            row.setTaxType(Snapshots.text(product.taxType(), 50));
            row.setAccountCode(Snapshots.text(product.accountCode(), 50));
            row.setStatus(Snapshots.text(product.status(), 30));
            row.setRemoteUpdatedAt(product.remoteUpdatedAt());
        }, outcome);
    }
}
