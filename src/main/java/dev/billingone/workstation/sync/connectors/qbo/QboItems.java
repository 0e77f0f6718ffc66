package dev.billingone.workstation.sync.connectors.qbo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.RemoteProduct;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/**
 * QBO items → vendor products of system QBO (a QBO invoice line needs the item id its product maps to). Deleted
 * items arrive from CDC with status "Deleted".
 */
final class QboItems extends QboQueryResource {
    QboItems(RemoteApi api, HttpUrl companyUrl, String realm, String minorVersion, Clock clock) {
        super(api, companyUrl, realm, minorVersion, clock);
    }

    @Override
    public String name() {
        return "items";
    }

    @Override
    String entity() {
        return "Item";
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<RemoteProduct> items = Snapshots.parseEach(page.records(),
                i -> "item " + i.path("Name").asText(i.path("Id").asText("?")), QboItems::parse, outcome);
        RemoteProduct.upsert(session, ExternalSystem.QBO, items, outcome);
        return outcome;
    }

    static RemoteProduct parse(JsonNode item) {
        return new RemoteProduct(Json.required(item, "Id"), Json.required(item, "Name"), null, Json.text(item, "Sku"), null,
                Json.decimal(item, "UnitPrice"), item.path("SalesTaxCodeRef").path("value").asText(null),
                item.path("IncomeAccountRef").path("value").asText(null), QboTaxCodes.status(item),
                QboDates.instant(item.path("MetaData").path("LastUpdatedTime").asText(null)));
    }
}
