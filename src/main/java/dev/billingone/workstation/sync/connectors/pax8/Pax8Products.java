package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.RemoteProduct;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.util.List;
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

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteProduct> products = Snapshots.parseEach(page.records(),
                p -> "product " + p.path("name").asText(p.path("id").asText("?")), Pax8Products::parse, outcome);
        RemoteProduct.upsert(session, ExternalSystem.PAX8, products, outcome);
        return outcome;
    }

    static RemoteProduct parse(JsonNode p) {
        return new RemoteProduct(Json.required(p, "id"), Json.required(p, "name"), Json.text(p, "vendorName"),
                Json.text(p, "sku"), Json.text(p, "vendorSku"), null, null, null, null, null);
    }
}
