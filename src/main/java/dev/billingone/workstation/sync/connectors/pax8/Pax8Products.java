package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** Pax8 products → vendor products. The mapping to our catalog ({@code productId}) is never touched. */
final class Pax8Products extends Pax8PagedResource {
    Pax8Products(RemoteApi api, HttpUrl baseUrl) {
        super(api, baseUrl);
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    String path() {
        return "products";
    }

    private record Parsed(String id, String name, String vendor, String sku, String partNumber) {
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<Parsed> products = Snapshots.parseEach(page.records(),
                p -> "product " + p.path("name").asText(p.path("id").asText("?")),
                p -> new Parsed(Json.required(p, "id"), Json.required(p, "name"), Json.text(p, "vendorName"),
                        Json.text(p, "sku"), Json.text(p, "vendorSku")), outcome);
        Map<String, VendorProduct> existing = Snapshots.existing(session, VendorProduct.class, ExternalSystem.PAX8,
                products.stream().map(Parsed::id).toList(), VendorProduct::getExternalId);
        for (Parsed product : products) {
            VendorProduct row = existing.get(product.id());
            boolean isNew = row == null;
            if (isNew) {
                row = new VendorProduct();
                row.setSystem(ExternalSystem.PAX8);
                row.setExternalId(product.id());
            }
            row.setName(Snapshots.text(product.name(), 300));
            row.setVendorName(Snapshots.text(product.vendor(), 200));
            row.setVendorSku(Snapshots.text(product.sku(), 100));
            row.setManufacturerPartNumber(Snapshots.text(product.partNumber(), 100));
            if (isNew) {
                session.persist(row);
                outcome.created();
            } else {
                outcome.updated();
            }
        }
        return outcome;
    }
}
