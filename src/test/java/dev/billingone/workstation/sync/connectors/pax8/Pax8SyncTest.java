package dev.billingone.workstation.sync.connectors.pax8;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.OneServerSyncTest;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.RecordingServer;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncResult;
import dev.billingone.workstation.sync.SyncService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Pax8 over real HTTP: page/size paging from 0, snapshots and per-record errors. */
class Pax8SyncTest extends OneServerSyncTest {
    int subscriptions = 450;

    @Override
    protected MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (!"Bearer token-1".equals(request.getHeaders().get("Authorization"))) {
            return new MockResponse.Builder().code(401).build();
        }
        int page = Integer.parseInt(request.getUrl().queryParameter("page"));
        int size = Integer.parseInt(request.getUrl().queryParameter("size"));
        ArrayNode content = SyncHttp.JSON.createArrayNode();
        int total;
        switch (path) {
            case "/v1/companies" -> {
                total = 2;
                content.addObject().put("id", "c-1").put("name", "Acme Pty Ltd").put("website", "https://www.acme.test/")
                        .put("status", "Active").putObject("address").put("city", "Sydney").put("country", "AU");
                content.addObject().put("id", "c-2").put("name", "Globex").put("status", "Active");
            }
            case "/v1/products" -> {
                total = 1;
                content.addObject().put("id", "p-1").put("name", "Microsoft 365 Business Premium").put("vendorName", "Microsoft")
                        .put("sku", "MST-365-BP").put("vendorSku", "CFQ7TTC0LCHC");
            }
            case "/v1/invoices" -> total = 0;
            default -> {
                total = subscriptions;
                for (int i = page * size; i < Math.min(total, (page + 1) * size); i++) {
                    ObjectNode s = content.addObject().put("id", "s-" + i).put("companyId", "c-" + (1 + i % 2)).put("productId", "p-1")
                            .put("price", new BigDecimal("33.10")).put("partnerCost", new BigDecimal("26.40")).put("currencyCode", "AUD")
                            .put("billingTerm", i % 3 == 0 ? "Annual" : "Monthly").put("status", "Active")
                            .put("startDate", "2026-01-01T00:00:00Z").put("updatedDate", "2026-10-01T00:00:00Z");
                    s.putObject("commitmentTerm").put("term", "1-Year");
                    if (i != 7) {
                        s.put("quantity", 10 + i);
                    }
                }
            }
        }
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        body.set("content", content);
        body.putObject("page").put("size", size).put("number", page).put("totalElements", total)
                .put("totalPages", (total + size - 1) / size);
        return RecordingServer.json(body.toString());
    }

    private Pax8Connector connector() {
        Settings settings = Settings.defaultsOnly().with(Map.of("pax8.apiBaseUrl", server.url("/v1").toString()));
        return new Pax8Connector(new ConnectorContext(settings, SyncHttp.client(Duration.ofSeconds(15)), new FakeTokens(null),
                Clock.systemUTC(),
                Sleeper.REAL, new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20))));
    }

    private SyncService.Report sync() {
        return new SyncService(store, Clock.systemUTC(), false).run(List.of(connector()), () -> false, line -> { });
    }

    @Test
    void syncsCompaniesProductsAndEverySubscriptionPage() {
        SyncService.Report report = sync();

        assertThat(report.results()).extracting(SyncResult::resource).containsExactly("companies", "products", "subscriptions", "invoices");
        SyncResult subs = report.results().get(2);
        assertThat(subs.fetched()).isEqualTo(450);
        assertThat(subs.created()).isEqualTo(449);
        assertThat(subs.calls()).isEqualTo(3);
        assertThat(subs.errors()).singleElement().satisfies(e -> {
            assertThat(e.record()).contains("s-7");
            assertThat(e.message()).isEqualTo("field quantity is missing");
        });
        assertThat(server.requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("subscriptions"))
                .map(r -> r.getUrl().queryParameter("page") + "/" + r.getUrl().queryParameter("size")))
                .containsExactly("0/200", "1/200", "2/200");

        Subscription s3 = store.read(s -> s.createSelectionQuery("from Subscription where externalId = 's-3'", Subscription.class)
                .getSingleResult());
        assertThat(s3.getQuantity()).isEqualByComparingTo("13");
        assertThat(s3.getPartnerCost()).isEqualByComparingTo("26.40");
        assertThat(s3.getBillingTerm()).isEqualTo(BillingTerm.Annual);
        assertThat(s3.getCommitmentTerm()).isEqualTo("1-Year");
        ExternalAccount acme = store.read(s -> s.createSelectionQuery("from ExternalAccount where externalId = 'c-1'",
                ExternalAccount.class).getSingleResult());
        assertThat(acme.getDomain()).isEqualTo("acme.test");
        assertThat(acme.getAddress()).isEqualTo("Sydney, AU");
    }

    @Test
    void aResyncUpdatesSnapshotsButNeverTheMappingToOurClients() {
        sync();
        store.write(s -> s.createMutationQuery("update ExternalAccount set mappedBy = 'alice' where externalId = 'c-1'").executeUpdate());
        subscriptions = 10;

        SyncService.Report report = sync();

        assertThat(report.results().get(0).updated()).isEqualTo(2);
        assertThat(report.results().get(2).updated()).isEqualTo(9);
        String mappedBy = store.read(s -> s.createSelectionQuery("select mappedBy from ExternalAccount where externalId = 'c-1'",
                String.class).getSingleResult());
        assertThat(mappedBy).isEqualTo("alice");
    }
}
