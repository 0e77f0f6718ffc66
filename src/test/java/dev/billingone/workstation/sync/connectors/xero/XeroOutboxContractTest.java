package dev.billingone.workstation.sync.connectors.xero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.billing.PushQueue;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.StoreBackedTest;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.DeliveryOutcome;
import dev.billingone.workstation.sync.FakeTokens;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxBatch;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.OutboxService;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.OutboxWorker;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivering queued invoices to {@link FakeXero}: batching, exactly-once across a crash, offline, rejections,
 * conflicts; on every backend (H2 and PostgreSQL).
 */
abstract class XeroOutboxContractTest extends StoreBackedTest {
    FakeXero xero;
    MutableClock clock;

    @BeforeEach
    void setUp() throws Exception {
        xero = new FakeXero();
        clock = new MutableClock();
    }

    @AfterEach
    void tearDown() {
        xero.close();
    }

    private OutboxHandler push() {
        Settings settings = Settings.defaultsOnly().with(Map.of("xero.apiBaseUrl", xero.apiBase().toString()));
        ConnectorContext context = new ConnectorContext(settings, SyncHttp.client(Duration.ofSeconds(15)),
                new FakeTokens(FakeXero.TENANT), Clock.systemUTC(), Sleeper.REAL, new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20)));
        return new XeroConnector(context).handlers().get(0);
    }

    private OutboxWorker worker(OutboxHandler handler) {
        return new OutboxWorker(store, List.of(handler), clock, new RetryPolicy(100, Duration.ofSeconds(30), Duration.ofMinutes(10)),
                Duration.ofMinutes(2));
    }

    private void enqueue(int count, boolean withContact) {
        store.write(session -> {
            for (int i = 0; i < count; i++) {
                ObjectNode invoice = SyncHttp.JSON.createObjectNode();
                invoice.put("Type", "ACCREC");
                invoice.put("InvoiceNumber", "BO-" + i);
                invoice.putObject("Contact").put("ContactID", withContact ? "contact-" + i : "");
                invoice.putArray("LineItems").addObject().put("Description", "Managed services").put("Quantity", 1)
                        .put("UnitAmount", 100).put("AccountCode", "200");
                Outbox.enqueue(session, ExternalSystem.XERO, FakeXero.TENANT, PushQueue.INVOICE, "GeneratedInvoice",
                        1000 + i, invoice.toString(), "gi-" + (1000 + i) + "-v1-" + withContact);
            }
        });
    }

    private List<OutboxEntry> entries() {
        return store.read(s -> s.createSelectionQuery("from OutboxEntry order by id", OutboxEntry.class).getResultList());
    }

    private long postCalls() {
        return xero.requests.stream().filter(r -> "POST".equals(r.getMethod())).count();
    }

    @Test
    void deliversInBatchesOfFiftyAndRecordsExternalIds() {
        enqueue(120, true);

        OutboxWorker.DrainResult result = worker(push()).drain(() -> false);

        assertThat(result.delivered()).isEqualTo(120);
        assertThat(postCalls()).isEqualTo(3);
        assertThat(xero.created).isEqualTo(120);
        assertThat(entries()).allSatisfy(e -> {
            assertThat(e.getState()).isEqualTo(OutboxState.SENT);
            assertThat(xero.invoice(e.getExternalId())).isNotNull();
        });
        assertThat(store.read(Outbox::queuedCount)).isZero();
    }

    @Test
    void aCrashBetweenSendAndCommitDoesNotCreateTwice() {
        enqueue(3, true);
        OutboxHandler real = push();
        OutboxHandler crashing = new Delegate(real) {
            @Override
            public List<DeliveryOutcome> deliver(OutboxBatch batch) {
                real.deliver(batch);
                throw new ProcessDied(); // the process dies after Xero created the invoices, before our commit
            }
        };
        assertThatThrownBy(() -> worker(crashing).drain(() -> false)).isInstanceOf(ProcessDied.class);
        assertThat(xero.created).isEqualTo(3);
        assertThat(entries()).allSatisfy(e -> assertThat(e.getState()).isEqualTo(OutboxState.SENDING));

        clock.advance(Duration.ofMinutes(3)); // the dead worker's lease runs out
        OutboxWorker.DrainResult afterRestart = worker(push()).drain(() -> false);

        assertThat(afterRestart.delivered()).isEqualTo(3);
        assertThat(postCalls()).isEqualTo(2);
        assertThat(xero.requests.get(0).getHeaders().get("Idempotency-Key"))
                .isEqualTo(xero.requests.get(1).getHeaders().get("Idempotency-Key"));
        assertThat(xero.created).isEqualTo(3);
        assertThat(xero.invoiceCount()).isEqualTo(3);
        assertThat(entries()).allSatisfy(e -> assertThat(e.getState()).isEqualTo(OutboxState.SENT));
    }

    @Test
    void offlineKeepsEverythingQueuedAndDrainsWhenBackOnline() {
        enqueue(4, true);
        xero.script(FakeXero.json(503, "{}"), FakeXero.json(503, "{}"));
        OutboxWorker worker = worker(push());

        OutboxWorker.DrainResult offline = worker.drain(() -> false);

        assertThat(offline.offline()).isTrue();
        assertThat(worker.offline()).isTrue();
        assertThat(offline.delivered()).isZero();
        assertThat(store.read(Outbox::queuedCount)).isEqualTo(4);
        assertThat(entries()).allSatisfy(e -> {
            assertThat(e.getState()).isEqualTo(OutboxState.FAILED);
            assertThat(e.getLastError()).contains("HTTP 503");
        });
        assertThat(worker.drain(() -> false).delivered()).as("nothing is due before the backoff").isZero();

        clock.advance(Duration.ofMinutes(1));
        OutboxWorker.DrainResult online = worker.drain(() -> false);

        assertThat(online.delivered()).isEqualTo(4);
        assertThat(worker.offline()).isFalse();
        assertThat(store.read(Outbox::queuedCount)).isZero();
        assertThat(xero.created).isEqualTo(4);
    }

    @Test
    void validationErrorsAreReportedPerInvoiceAndTheRestIsDelivered() {
        enqueue(2, true);
        enqueue(1, false);

        OutboxWorker.DrainResult result = worker(push()).drain(() -> false);

        assertThat(result.delivered()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        OutboxEntry rejected = entries().stream().filter(e -> e.getState() == OutboxState.REJECTED).findFirst().orElseThrow();
        assertThat(rejected.getLastError()).contains("A Contact must be specified");
        assertThat(store.read(Outbox::queuedCount)).isZero();
    }

    @Test
    void anInvoiceChangedInXeroSinceOurSnapshotBecomesAConflict() {
        xero.addInvoices(1, Instant.parse("2026-11-01T08:00:00Z"));
        String id = xero.invoiceIds().get(0);
        xero.change(id, "AUTHORISED", Instant.parse("2026-11-01T08:30:00Z"));
        store.write(session -> {
            ObjectNode update = SyncHttp.JSON.createObjectNode();
            update.put("InvoiceID", id);
            update.put("UpdatedDateUTC", "2026-11-01T08:00:00Z");
            update.put("Reference", "changed by us");
            Outbox.enqueue(session, ExternalSystem.XERO, FakeXero.TENANT, PushQueue.INVOICE, "GeneratedInvoice", 7L,
                    update.toString(), "gi-7-v2");
        });

        OutboxWorker.DrainResult result = worker(push()).drain(() -> false);

        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(postCalls()).isZero();
        OutboxEntry entry = entries().get(0);
        assertThat(entry.getState()).isEqualTo(OutboxState.CONFLICT);
        assertThat(entry.getLastError()).contains("was changed in Xero");

        new OutboxService(store, clock).cancel(entry.getId(), "kept Xero's version");
        assertThat(entries().get(0).getState()).isEqualTo(OutboxState.CANCELLED);
    }

    @Test
    void retryOfARejectedEntrySendsItUnderAFreshKey() {
        enqueue(1, false);
        OutboxWorker worker = worker(push());
        worker.drain(() -> false);

        int retried = new OutboxService(store, clock).retry(List.of());
        worker.drain(() -> false);

        assertThat(retried).isEqualTo(1);
        assertThat(postCalls()).isEqualTo(2);
        assertThat(xero.requests.get(0).getHeaders().get("Idempotency-Key"))
                .isNotEqualTo(xero.requests.get(1).getHeaders().get("Idempotency-Key"));
    }

    @Test
    void aThrottledSendWaitsAndStillDeliversOnce() {
        enqueue(1, true);
        xero.script(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());

        assertThat(worker(push()).drain(() -> false).delivered()).isEqualTo(1);
        assertThat(xero.created).isEqualTo(1);
    }

    /** A crash that no code path catches, like the process being killed. */
    static final class ProcessDied extends Error {
    }

    abstract static class Delegate implements OutboxHandler {
        private final OutboxHandler inner;

        Delegate(OutboxHandler inner) {
            this.inner = inner;
        }

        @Override
        public ExternalSystem system() {
            return inner.system();
        }

        @Override
        public String operation() {
            return inner.operation();
        }

        @Override
        public int maxBatchSize() {
            return inner.maxBatchSize();
        }
    }

    /** Real time plus however far the test has moved it forward (entries are queued with the real "now"). */
    static final class MutableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
