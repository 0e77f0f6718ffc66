package dev.billingone.workstation.sync.connectors.pax8;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.subscriptions.VendorInvoice;
import dev.billingone.workstation.subscriptions.VendorInvoiceItem;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.OneServerSyncTest;
import dev.billingone.workstation.sync.RateLimits;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.RecordingServer;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncEngine;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Pax8 invoices with their items over real HTTP: both lists paged to the end, then incremental by invoice date. */
class Pax8InvoiceSyncTest extends OneServerSyncTest {
    /** Invoice i is dated the 5th of month i after January 2010; invoice 0 has 450 items (three pages), the others one. */
    static final int INVOICES = 205;
    static final LocalDate FIRST = LocalDate.of(2010, 1, 5);

    /** The pacing is RateLimiterTest's subject; here it would only make 200 calls slow. */
    static final RateLimits UNLIMITED = new RateLimits(0, Duration.ofMinutes(1), 4, 0, Duration.ofDays(1));

    final Map<Integer, BigDecimal> balances = new ConcurrentHashMap<>();

    @Override
    protected MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        int page = Integer.parseInt(request.getUrl().queryParameter("page"));
        int size = Integer.parseInt(request.getUrl().queryParameter("size"));
        String from = request.getUrl().queryParameter("invoiceDateRangeStart");
        List<ObjectNode> all = new java.util.ArrayList<>();
        if (path.equals("/v1/invoices")) {
            for (int i = 0; i < INVOICES; i++) {
                LocalDate date = FIRST.plusMonths(i);
                if (from == null || !date.isBefore(LocalDate.parse(from))) {
                    all.add(SyncHttp.JSON.createObjectNode().put("id", "inv-" + i).put("invoiceDate", date.toString())
                            .put("dueDate", date.plusDays(30).toString()).put("currencyCode", "AUD")
                            .put("total", new BigDecimal("264.00")).put("balance", balances.getOrDefault(i, new BigDecimal("264.00")))
                            .put("partnerName", "Acme MSP"));
                }
            }
        } else {
            int invoice = Integer.parseInt(path.replaceAll("/v1/invoices/inv-(\\d+)/items", "$1"));
            for (int n = 0; n < (invoice == 0 ? 450 : 1); n++) {
                all.add(SyncHttp.JSON.createObjectNode().put("id", "item-" + invoice + "-" + n).put("type", "subscription")
                        .put("companyId", "c-" + (n % 3)).put("subscriptionId", "s-" + n).put("productId", "p-1")
                        .put("sku", "MST-365-BP").put("description", "Microsoft 365 Business Premium")
                        .put("startPeriod", "2026-10-01").put("endPeriod", "2026-10-31").put("quantity", 12).put("term", "Monthly")
                        .put("price", new BigDecimal("33.10")).put("cost", new BigDecimal("22.00"))
                        .put("costTotal", new BigDecimal("264.00")).put("total", new BigDecimal("397.20")));
            }
        }
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        ArrayNode content = body.putArray("content");
        all.stream().skip((long) page * size).limit(size).forEach(content::add);
        body.putObject("page").put("size", size).put("number", page).put("totalElements", all.size())
                .put("totalPages", (all.size() + size - 1) / size);
        return RecordingServer.json(body.toString());
    }

    private SyncResult sync() {
        Settings settings = Settings.defaultsOnly().with(Map.of("pax8.apiBaseUrl", server.url("/v1").toString()));
        Pax8Connector connector = new Pax8Connector(new ConnectorContext(settings, SyncHttp.client(Duration.ofSeconds(15)),
                new FakeTokens(null), Clock.systemUTC(), Sleeper.REAL, new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20)))
                .withLimits(ExternalSystem.PAX8, UNLIMITED));
        return new SyncEngine(store, Clock.systemUTC()).run(connector.resources().stream()
                .filter(r -> r.name().equals("invoices")).findFirst().orElseThrow(), () -> false, line -> { });
    }

    private List<String> pages(String pathPart) {
        return server.requests.stream().filter(r -> r.getUrl().encodedPath().endsWith(pathPart))
                .map(r -> r.getUrl().queryParameter("page")).toList();
    }

    private long items(String invoice) {
        return store.read(s -> s.createSelectionQuery("select count(*) from VendorInvoiceItem i, VendorInvoice v "
                + "where i.vendorInvoiceId = v.id and v.externalId = :id", Long.class).setParameter("id", invoice).getSingleResult());
    }

    @Test
    void readsEveryInvoicePageAndEveryItemPage() {
        SyncResult result = sync();

        assertThat(result.failure()).isNull();
        assertThat(result.fetched()).isEqualTo(INVOICES);
        assertThat(result.created()).isEqualTo(INVOICES);
        assertThat(pages("/v1/invoices")).containsExactly("0", "1");
        assertThat(pages("/inv-0/items")).containsExactly("0", "1", "2");
        assertThat(result.calls()).isEqualTo(2 + 3 + (INVOICES - 1));
        assertThat(items("inv-0")).isEqualTo(450);
        assertThat(items("inv-9")).isEqualTo(1);
        VendorInvoiceItem item = store.read(s -> s.createSelectionQuery("select i from VendorInvoiceItem i, VendorInvoice v "
                + "where i.vendorInvoiceId = v.id and v.externalId = 'inv-9'", VendorInvoiceItem.class).getSingleResult());
        assertThat(item.getSubscriptionExternalId()).isEqualTo("s-0");
        assertThat(item.getCompanyExternalId()).isEqualTo("c-0");
        assertThat(item.getQuantity()).isEqualByComparingTo("12");
        assertThat(item.getCost()).isEqualByComparingTo("22.00");
        assertThat(item.getPrice()).isEqualByComparingTo("33.10");
        assertThat(item.getStartPeriod()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(item.getLineNo()).isEqualTo(1);
    }

    @Test
    void aLaterRunRereadsOnlyTheLastTwoMonthsAndReplacesTheirItems() {
        sync();
        balances.put(INVOICES - 1, BigDecimal.ZERO);
        server.requests.clear();

        SyncResult result = sync();

        LocalDate newest = FIRST.plusMonths(INVOICES - 1);
        assertThat(server.requests.get(0).getUrl().queryParameter("invoiceDateRangeStart"))
                .isEqualTo(newest.minusDays(62).toString());
        assertThat(result.fetched()).isEqualTo(3); // November to January
        assertThat(result.updated()).isEqualTo(3);
        assertThat(result.calls()).isEqualTo(1 + 3);
        VendorInvoice latest = store.read(s -> s.createSelectionQuery("from VendorInvoice where externalId = :id", VendorInvoice.class)
                .setParameter("id", "inv-" + (INVOICES - 1)).getSingleResult());
        assertThat(latest.getBalance()).isEqualByComparingTo("0");
        assertThat(latest.getInvoiceDate()).isEqualTo(newest);
        assertThat(items("inv-" + (INVOICES - 1))).isEqualTo(1);
        long all = store.read(s -> s.createSelectionQuery("select count(*) from VendorInvoice", Long.class).getSingleResult());
        assertThat(all).isEqualTo(INVOICES);
    }
}
