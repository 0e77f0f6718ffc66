package dev.billingone.workstation.sync.connectors.xero;

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

/** Xero Items (whole list, If-Modified-Since) → vendor products of system XERO, with their sales price, tax and account. */
final class XeroItems extends XeroPagedResource {
    XeroItems(RemoteApi api, HttpUrl baseUrl, String tenant) {
        super(api, baseUrl, tenant);
    }

    @Override
    public String name() {
        return "items";
    }

    @Override
    String endpoint() {
        return "Items";
    }

    @Override
    boolean paged() {
        return false;
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteProduct> items = Snapshots.parseEach(page.records(),
                i -> "item " + i.path("Code").asText(i.path("ItemID").asText("?")), XeroItems::parse, outcome);
        RemoteProduct.upsert(session, ExternalSystem.XERO, items, outcome);
        return outcome;
    }

    static RemoteProduct parse(JsonNode item) {
        String code = Json.required(item, "Code");
        JsonNode sales = item.path("SalesDetails");
        String name = Json.text(item, "Name");
        return new RemoteProduct(Json.required(item, "ItemID"), name == null || name.isBlank() ? code : name, null, code, null,
                Json.decimal(sales, "UnitPrice"), Json.text(sales, "TaxType"), Json.text(sales, "AccountCode"),
                item.path("IsSold").asBoolean(true) ? "SOLD" : "NOT_SOLD", XeroDates.instant(Json.text(item, "UpdatedDateUTC")));
    }
}
