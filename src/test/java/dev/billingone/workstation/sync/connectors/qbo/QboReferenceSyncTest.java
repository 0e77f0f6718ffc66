package dev.billingone.workstation.sync.connectors.qbo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.catalog.TaxRate;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.OneServerSyncTest;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.RecordingServer;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncEngine;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** QBO Items (query paging, then CDC) and TaxCodes (always a query) over real HTTP. */
class QboReferenceSyncTest extends OneServerSyncTest {
    static final int ITEMS = 1200;

    private static ObjectNode item(int i, String updated) {
        ObjectNode item = SyncHttp.JSON.createObjectNode().put("Id", String.valueOf(i)).put("Name", "Item " + i)
                .put("Sku", "SKU-" + i).put("UnitPrice", 25.5).put("Active", true).put("Type", "Service");
        item.putObject("SalesTaxCodeRef").put("value", "TAX");
        item.putObject("IncomeAccountRef").put("value", "79").put("name", "Sales");
        item.putObject("MetaData").put("LastUpdatedTime", updated);
        return item;
    }

    @Override
    protected MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        if (path.endsWith("/query")) {
            String query = request.getUrl().queryParameter("query");
            int start = Integer.parseInt(query.replaceAll(".*STARTPOSITION (\\d+).*", "$1"));
            if (query.startsWith("select * from TaxCode ")) {
                ArrayNode codes = body.putObject("QueryResponse").putArray("TaxCode");
                codes.addObject().put("Id", "2").put("Name", "California").put("Active", true).put("Taxable", true)
                        .putObject("MetaData").put("LastUpdatedTime", "2026-09-01T10:00:00-07:00");
                codes.addObject().put("Id", "NON").put("Name", "Non").put("Active", false)
                        .putObject("MetaData").put("LastUpdatedTime", "2026-09-01T10:00:00-07:00");
            } else {
                ArrayNode page = body.putObject("QueryResponse").putArray("Item");
                for (int i = start; i < Math.min(ITEMS + 1, start + 1000); i++) {
                    page.add(item(i, "2026-10-01T10:00:00-07:00"));
                }
            }
        } else if (path.endsWith("/cdc")) {
            ArrayNode changed = body.putArray("CDCResponse").addObject().putArray("QueryResponse").addObject().putArray("Item");
            changed.add(item(3, "2026-10-02T09:00:00-07:00").put("UnitPrice", 27));
            changed.addObject().put("Id", "4").put("status", "Deleted").put("Name", "Item 4")
                    .putObject("MetaData").put("LastUpdatedTime", "2026-10-02T09:30:00-07:00");
        }
        return RecordingServer.json(body.toString());
    }

    private SyncResult sync(String resource) {
        Settings settings = Settings.defaultsOnly().with(Map.of("qbo.apiBaseUrl", server.url("/v3/company").toString()));
        QboConnector connector = new QboConnector(new ConnectorContext(settings, SyncHttp.client(Duration.ofSeconds(15)),
                new FakeTokens(QboSyncTest.REALM), QboSyncTest.OCTOBER_5, Sleeper.REAL,
                new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20))));
        return new SyncEngine(store, QboSyncTest.OCTOBER_5).run(connector.resources().stream()
                .filter(r -> r.name().equals(resource)).findFirst().orElseThrow(), () -> false, line -> { });
    }

    private List<String> calls() {
        return server.requests.stream().map(r -> r.getUrl().encodedPath().replaceAll(".*/", "") + " "
                + (r.getUrl().queryParameter("query") != null ? r.getUrl().queryParameter("query")
                        : r.getUrl().queryParameter("entities") + " " + r.getUrl().queryParameter("changedSince"))).toList();
    }

    private VendorProduct item(String id) {
        return store.read(s -> s.createSelectionQuery("from VendorProduct where system = :qbo and externalId = :id", VendorProduct.class)
                .setParameter("qbo", ExternalSystem.QBO).setParameter("id", id).getSingleResult());
    }

    @Test
    void itemsArePagedToTheEndThenFollowedByChangeDataCapture() {
        SyncResult first = sync("items");
        server.requests.clear();
        SyncResult second = sync("items");

        assertThat(first.fetched()).isEqualTo(ITEMS);
        assertThat(first.created()).isEqualTo(ITEMS);
        assertThat(first.calls()).isEqualTo(2);
        assertThat(calls()).containsExactly("cdc Item 2026-10-01T17:00:00Z");
        assertThat(second.updated()).isEqualTo(2);
        VendorProduct three = item("3");
        assertThat(three.getUnitPrice()).isEqualByComparingTo("27");
        assertThat(three.getVendorSku()).isEqualTo("SKU-3");
        assertThat(three.getTaxType()).isEqualTo("TAX");
        assertThat(three.getAccountCode()).isEqualTo("79");
        assertThat(three.getStatus()).isEqualTo("ACTIVE");
        assertThat(item("4").getStatus()).isEqualTo("DELETED");
    }

    @Test
    void taxCodesAreAlwaysQueriedWhole() {
        SyncResult first = sync("tax-codes");
        SyncResult second = sync("tax-codes");

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.updated()).isEqualTo(2);
        assertThat(calls()).containsExactly("query select * from TaxCode STARTPOSITION 1 MAXRESULTS 1000",
                "query select * from TaxCode STARTPOSITION 1 MAXRESULTS 1000");
        TaxRate california = store.read(s -> s.createSelectionQuery("from TaxRate where externalId = '2'", TaxRate.class)
                .getSingleResult());
        assertThat(california.getSystem()).isEqualTo(ExternalSystem.QBO);
        assertThat(california.getName()).isEqualTo("California");
        assertThat(california.getRatePercent()).isNull();
        assertThat(california.getStatus()).isEqualTo("ACTIVE");
    }
}
