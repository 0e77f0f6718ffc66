package dev.billingone.workstation.sync.connectors.xero;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.store.StoreBackedTest;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.RateLimits;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncCursor;
import dev.billingone.workstation.sync.SyncEngine;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncResource;
import dev.billingone.workstation.sync.SyncResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Xero invoice sync over real HTTP against {@link FakeXero}, into a real database, on every backend (H2 and PostgreSQL). */
abstract class XeroSyncContractTest extends StoreBackedTest {
    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    FakeXero xero;
    FakeTokens tokens;

    @BeforeEach
    void setUp() throws Exception {
        xero = new FakeXero();
        tokens = new FakeTokens(FakeXero.TENANT);
    }

    @AfterEach
    void tearDown() {
        xero.close();
    }

    /** Generous enough that a slow, shared CI machine never times out by accident; the timeout test shortens it. */
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);

    private ConnectorContext context(RateLimits limits, Duration httpTimeout) {
        Settings settings = Settings.defaultsOnly().with(Map.of("xero.apiBaseUrl", xero.apiBase().toString()));
        return new ConnectorContext(settings, SyncHttp.client(httpTimeout), tokens, Clock.systemUTC(), Sleeper.REAL,
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50))).withLimits(ExternalSystem.XERO, limits);
    }

    private SyncResource<?> invoices() {
        return invoices(RateLimits.XERO);
    }

    private SyncResource<?> invoices(RateLimits limits) {
        return invoices(limits, HTTP_TIMEOUT);
    }

    private SyncResource<?> invoices(RateLimits limits, Duration httpTimeout) {
        return new XeroConnector(context(limits, httpTimeout)).resources().stream().filter(r -> r.name().equals("invoices")).findFirst().orElseThrow();
    }

    private SyncResult sync(SyncResource<?> resource) {
        return new SyncEngine(store, Clock.systemUTC()).run(resource, () -> false, line -> { });
    }

    private long snapshots() {
        return store.read(s -> s.createSelectionQuery("select count(*) from InvoiceSnapshot", Long.class).getSingleResult());
    }

    private SyncCursor cursor() {
        return store.read(s -> s.createSelectionQuery("from SyncCursor where resource = 'invoices'", SyncCursor.class).uniqueResult());
    }

    private List<String> pagesRequested() {
        return xero.requests.stream().filter(r -> "GET".equals(r.getMethod()))
                .map(r -> r.getUrl().queryParameter("page")).toList();
    }

    @Test
    void readsEveryPageToTheEndWithOneCallPerPage() {
        xero.addInvoices(250, T0);

        SyncResult result = sync(invoices());

        assertThat(result.failure()).isNull();
        assertThat(result.fetched()).isEqualTo(250);
        assertThat(result.created()).isEqualTo(250);
        assertThat(result.calls()).isEqualTo(3);
        assertThat(pagesRequested()).containsExactly("1", "2", "3");
        assertThat(snapshots()).isEqualTo(250);
        InvoiceSnapshot one = store.read(s -> s.createSelectionQuery("from InvoiceSnapshot where invoiceNumber = 'INV-7'",
                InvoiceSnapshot.class).getSingleResult());
        assertThat(one.getTotal()).isEqualByComparingTo(new BigDecimal("436.92"));
        assertThat(one.getContactExternalId()).isEqualTo("contact-6");
        long lines = store.read(s -> s.createSelectionQuery("select count(*) from InvoiceSnapshotLine where invoiceId = :id", Long.class)
                .setParameter("id", one.getId()).getSingleResult());
        assertThat(lines).isEqualTo(1);
        assertThat(cursor().getLastSuccessAt()).isNotNull();
        assertThat(cursor().getRecords()).isEqualTo(250);
    }

    @Test
    void secondSyncReadsOnlyChangesSinceTheCursor() {
        xero.addInvoices(120, T0);
        sync(invoices());
        String changed = xero.invoiceIds().get(5);
        xero.change(changed, "PAID", T0.plusSeconds(3600));
        xero.requests.clear();

        SyncResult result = sync(invoices());

        assertThat(xero.requests.get(0).getHeaders().get("If-Modified-Since")).isEqualTo("2026-10-01T08:00:00");
        assertThat(result.fetched()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.created()).isZero();
        String status = store.read(s -> s.createSelectionQuery("select status from InvoiceSnapshot where externalId = :id", String.class)
                .setParameter("id", changed).getSingleResult());
        assertThat(status).isEqualTo("PAID");
        assertThat(snapshots()).isEqualTo(120);
    }

    @Test
    void honoursRetryAfterOn429() {
        xero.addInvoices(3, T0);
        xero.script(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
                .addHeader("X-Rate-Limit-Problem", "minute").build());

        long started = System.nanoTime();
        SyncResult result = sync(invoices());
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(result.failure()).isNull();
        assertThat(result.fetched()).isEqualTo(3);
        assertThat(result.calls()).isEqualTo(2);
        assertThat(waitedMillis).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void retriesServerErrorsThenSucceeds() {
        xero.addInvoices(3, T0);
        xero.script(FakeXero.json(500, "{\"Message\":\"boom\"}"), FakeXero.json(503, "{\"Message\":\"busy\"}"));

        SyncResult result = sync(invoices());

        assertThat(result.failure()).isNull();
        assertThat(result.fetched()).isEqualTo(3);
        assertThat(result.calls()).isEqualTo(3);
    }

    @Test
    void retriesATimeout() {
        xero.addInvoices(3, T0);
        xero.script(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());

        SyncResult result = sync(invoices(RateLimits.XERO, Duration.ofMillis(700)));

        assertThat(result.failure()).isNull();
        assertThat(result.fetched()).isEqualTo(3);
        assertThat(result.calls()).isEqualTo(2);
    }

    @Test
    void givesUpAfterRetriesAndKeepsWhatWasStored() {
        xero.addInvoices(150, T0);
        SyncResource<?> resource = invoices();
        xero.script(xeroPageOk(), FakeXero.json(500, "{}"), FakeXero.json(500, "{}"), FakeXero.json(500, "{}"));

        SyncResult result = sync(resource);

        assertThat(result.failure()).contains("HTTP 500").contains("3 times");
        assertThat(cursor().getLastError()).contains("HTTP 500");
        assertThat(cursor().getLastSuccessAt()).isNull();
    }

    private MockResponse xeroPageOk() {
        return FakeXero.json(200, "{\"pagination\":{\"page\":1,\"pageCount\":2},\"Invoices\":[]}");
    }

    @Test
    void malformedJsonFailsClearlyAndLeavesSnapshotsUntouched() {
        xero.addInvoices(5, T0);
        sync(invoices());
        String id = xero.invoiceIds().get(0);
        xero.change(id, "VOIDED", T0.plusSeconds(60));
        String cursorBefore = cursor().getCursorValue();
        xero.script(FakeXero.json(200, "{\"Invoices\":[{\"InvoiceID\":\"" + id + "\",\"Status\":\"VOIDED\""));

        SyncResult result = sync(invoices());

        assertThat(result.failure()).contains("malformed JSON").contains("nothing from this page was stored");
        assertThat(cursor().getCursorValue()).isEqualTo(cursorBefore);
        String status = store.read(s -> s.createSelectionQuery("select status from InvoiceSnapshot where externalId = :id", String.class)
                .setParameter("id", id).getSingleResult());
        assertThat(status).isEqualTo("AUTHORISED");
    }

    @Test
    void refreshesAnExpiredTokenOnceAndRetries() {
        xero.addInvoices(3, T0);
        xero.validTokens.clear();
        xero.validTokens.add("token-2");

        SyncResult result = sync(invoices());

        assertThat(result.failure()).isNull();
        assertThat(tokens.refreshes.get()).isEqualTo(1);
        assertThat(xero.requests).hasSize(2);
        assertThat(xero.requests.get(1).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void aTokenRejectedAgainAfterRefreshAsksForReconnect() {
        xero.addInvoices(3, T0);
        xero.validTokens.clear();

        SyncResult result = sync(invoices());

        assertThat(result.failure()).contains("Reconnect Xero");
        assertThat(tokens.refreshes.get()).isEqualTo(1);
        assertThat(snapshots()).isZero();
    }

    @Test
    void aRestartAfterACrashResumesFromTheCursor() {
        xero.addInvoices(350, T0);
        SyncResource<?> resource = invoices();
        int[] pages = {0};
        // "Crash" after two committed pages: the engine stops as if the process had died between pages.
        SyncResult first = new SyncEngine(store, Clock.systemUTC()).run(resource, () -> pages[0]++ >= 2, line -> { });
        assertThat(first.cancelled()).isTrue();
        assertThat(snapshots()).isEqualTo(200);
        xero.requests.clear();

        SyncResult resumed = sync(invoices());

        assertThat(pagesRequested()).containsExactly("3", "4");
        assertThat(resumed.fetched()).isEqualTo(150);
        assertThat(snapshots()).isEqualTo(350);
        assertThat(cursor().getRecords()).isEqualTo(350);
    }

    @Test
    void staysInsideAPerWindowLimitWithoutEverGetting429() {
        xero.addInvoices(1200, T0);
        xero.enforceLimit(5, Duration.ofSeconds(1));

        SyncResult result = sync(invoices(new RateLimits(5, Duration.ofSeconds(1), 5, 0, Duration.ofDays(1))));

        assertThat(result.failure()).isNull();
        assertThat(result.fetched()).isEqualTo(1200);
        assertThat(result.calls()).as(xero.requests.stream().map(r -> r.getMethod() + " " + r.getUrl().encodedPath() + "?" + r.getUrl().encodedQuery()).toList().toString()).isEqualTo(12);
        assertThat(xero.tooManyRequests).isZero();
    }
}
