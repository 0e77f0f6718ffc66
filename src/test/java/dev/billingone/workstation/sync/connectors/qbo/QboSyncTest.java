package dev.billingone.workstation.sync.connectors.qbo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.billing.PushQueue;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.OneServerSyncTest;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.OutboxWorker;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.RecordingServer;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncEngine;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncResource;
import dev.billingone.workstation.sync.SyncResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** QBO over real HTTP: query paging, CDC since the cursor, batch create with requestid, stale SyncToken as conflict. */
class QboSyncTest extends OneServerSyncTest {
    static final String REALM = "9130";
    /** Four days after the invoices changed: well inside CDC's 30-day reach. */
    static final Clock OCTOBER_5 = Clock.fixed(java.time.Instant.parse("2026-10-05T00:00:00Z"), java.time.ZoneOffset.UTC);
    int invoices = 1500;

    private static ObjectNode invoice(int i, String updated) {
        ObjectNode invoice = SyncHttp.JSON.createObjectNode().put("Id", String.valueOf(i)).put("DocNumber", "10" + i)
                .put("SyncToken", "0").put("TxnDate", "2026-10-01").put("TotalAmt", 110).put("Balance", 110)
                .put("GlobalTaxCalculation", "TaxExcluded");
        invoice.putObject("CustomerRef").put("value", "c" + (i % 5));
        invoice.putObject("CurrencyRef").put("value", "USD");
        invoice.putObject("TxnTaxDetail").put("TotalTax", 10);
        invoice.putObject("MetaData").put("LastUpdatedTime", updated);
        ObjectNode line = invoice.putArray("Line").addObject().put("Amount", 100).put("DetailType", "SalesItemLineDetail")
                .put("Description", "Managed services");
        line.putObject("SalesItemLineDetail").put("Qty", 1).put("UnitPrice", 100).putObject("ItemRef").put("name", "MS-01");
        invoice.withArray("Line").addObject().put("Amount", 100).put("DetailType", "SubTotalLineDetail");
        return invoice;
    }

    @Override
    protected MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        if (path.endsWith("/query")) {
            String query = request.getUrl().queryParameter("query");
            int start = Integer.parseInt(query.replaceAll(".*STARTPOSITION (\\d+).*", "$1"));
            ArrayNode page = body.putObject("QueryResponse").putArray("Invoice");
            for (int i = start; i < Math.min(invoices + 1, start + 1000); i++) {
                page.add(invoice(i, "2026-10-01T10:00:00-07:00"));
            }
        } else if (path.endsWith("/cdc")) {
            body.putArray("CDCResponse").addObject().putArray("QueryResponse").addObject().putArray("Invoice")
                    .add(invoice(3, "2026-10-02T09:00:00-07:00").put("Balance", 0));
        } else if (path.endsWith("/batch")) {
            ArrayNode answers = body.putArray("BatchItemResponse");
            try {
                for (JsonNode item : SyncHttp.JSON.readTree(request.getBody().utf8()).path("BatchItemRequest")) {
                    ObjectNode answer = answers.addObject().put("bId", item.path("bId").asText());
                    if ("update".equals(item.path("operation").asText())) {
                        answer.putObject("Fault").put("type", "ValidationFault").putArray("Error").addObject()
                                .put("Message", "Stale Object Error").put("Detail", "You and Alice were working on this at the same time.")
                                .put("code", "5010");
                    } else {
                        answer.putObject("Invoice").put("Id", "9" + item.path("bId").asText()).put("SyncToken", "0");
                    }
                }
            } catch (Exception e) {
                return new MockResponse.Builder().code(400).build();
            }
        }
        return RecordingServer.json(body.toString());
    }

    private QboConnector connector() {
        Settings settings = Settings.defaultsOnly().with(Map.of("qbo.apiBaseUrl", server.url("/v3/company").toString()));
        return new QboConnector(new ConnectorContext(settings, SyncHttp.client(Duration.ofSeconds(15)), new FakeTokens(REALM),
                OCTOBER_5, Sleeper.REAL, new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20))));
    }

    private SyncResult syncInvoices() {
        SyncResource<?> resource = connector().resources().stream().filter(r -> r.name().equals("invoices")).findFirst().orElseThrow();
        return new SyncEngine(store, OCTOBER_5)
                .run(resource, () -> false, line -> { });
    }

    @Test
    void pagesWithQueryThenReadsChangesWithCdc() {
        SyncResult full = syncInvoices();

        assertThat(full.fetched()).isEqualTo(1500);
        assertThat(full.calls()).isEqualTo(2);
        assertThat(server.requests.get(0).getUrl().queryParameter("query")).isEqualTo("select * from Invoice STARTPOSITION 1 MAXRESULTS 1000");
        assertThat(server.requests.get(1).getUrl().queryParameter("query")).contains("STARTPOSITION 1001");
        assertThat(server.requests.get(0).getUrl().queryParameter("minorversion")).isEqualTo("75");
        assertThat(server.requests.get(0).getUrl().encodedPath()).isEqualTo("/v3/company/" + REALM + "/query");
        server.requests.clear();

        SyncResult incremental = syncInvoices();

        assertThat(incremental.fetched()).isEqualTo(1);
        assertThat(incremental.updated()).isEqualTo(1);
        assertThat(server.requests).singleElement().satisfies(r -> {
            assertThat(r.getUrl().encodedPath()).endsWith("/cdc");
            assertThat(r.getUrl().queryParameter("changedSince")).isEqualTo("2026-10-01T17:00:00Z");
        });
        InvoiceSnapshot paid = store.read(s -> s.createSelectionQuery("from InvoiceSnapshot where externalId = '3'",
                InvoiceSnapshot.class).getSingleResult());
        assertThat(paid.getStatus()).isEqualTo("PAID");
        assertThat(paid.getSubtotal()).isEqualByComparingTo("100");
        long lines = store.read(s -> s.createSelectionQuery("select count(*) from InvoiceSnapshotLine where invoiceId = :id", Long.class)
                .setParameter("id", paid.getId()).getSingleResult());
        assertThat(lines).as("subtotal lines are not items").isEqualTo(1);
    }

    @Test
    void batchCreatesInTensAndTurnsAStaleSyncTokenIntoAConflict() {
        store.write(session -> {
            for (int i = 0; i < 12; i++) {
                String payload = i == 0 ? "{\"Id\":\"55\",\"SyncToken\":\"1\",\"DocNumber\":\"BO-55\"}" : "{\"DocNumber\":\"BO-" + i + "\"}";
                Outbox.enqueue(session, ExternalSystem.QBO, REALM, PushQueue.INVOICE, "GeneratedInvoice", i, payload, "qbo-" + i);
            }
        });

        OutboxWorker.DrainResult result = new OutboxWorker(store, connector().handlers()).drain(() -> false);

        assertThat(result.delivered()).isEqualTo(11);
        assertThat(result.conflicts()).isEqualTo(1);
        List<RecordedRequest> batches = server.requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("/batch")).toList();
        assertThat(batches).hasSize(2);
        assertThat(batches).allSatisfy(r -> assertThat(r.getUrl().queryParameter("requestid")).isNotBlank());
        OutboxEntry conflict = store.read(s -> s.createSelectionQuery("from OutboxEntry where entityId = 0", OutboxEntry.class)
                .getSingleResult());
        assertThat(conflict.getState()).isEqualTo(OutboxState.CONFLICT);
        assertThat(conflict.getLastError()).contains("Stale Object Error");
    }
}
