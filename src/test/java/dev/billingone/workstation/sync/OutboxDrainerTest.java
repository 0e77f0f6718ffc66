package dev.billingone.workstation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.Store;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The background drainer against a real port: nothing listens → the worker finds the remote unreachable and the
 * status reads "offline · 3 queued"; a server comes up on that port → the queue drains by itself, no click.
 */
class OutboxDrainerTest {
    static final String OPERATION = "test.post";
    static Store store;
    int port;
    RecordingServer remote;
    OutboxDrainer drainer;
    final List<OutboxDrainer.Status> published = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openStore() throws Exception {
        store = SyncTestStore.open();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        SyncTestStore.clean(store);
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // free now, and nothing listens on it until the test starts the remote
        }
    }

    @AfterEach
    void tearDown() {
        if (drainer != null) {
            drainer.close();
        }
        if (remote != null) {
            remote.close();
        }
    }

    /** Posts a batch's payloads in one request under its request key; the remote's id for each comes back. */
    private OutboxHandler handler() {
        ConnectorContext context = new ConnectorContext(Settings.defaultsOnly(), SyncHttp.client(Duration.ofSeconds(15)),
                new FakeTokens("t"), Clock.systemUTC(), Sleeper.REAL, new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20)));
        RemoteApi api = context.api(ExternalSystem.XERO, "t", (request, token) -> { });
        HttpUrl url = HttpUrl.get("http://127.0.0.1:" + port + "/outbox");
        return new OutboxHandler() {
            @Override
            public ExternalSystem system() {
                return ExternalSystem.XERO;
            }

            @Override
            public String operation() {
                return OPERATION;
            }

            @Override
            public int maxBatchSize() {
                return 2;
            }

            @Override
            public List<DeliveryOutcome> deliver(OutboxBatch batch) {
                JsonNode answer = api.send("POST", url, batch.deliveries().stream().map(OutboxDelivery::payload).toList(),
                        Map.of("Idempotency-Key", batch.requestKey()));
                return batch.deliveries().stream().map(d -> (DeliveryOutcome) new DeliveryOutcome.Delivered(d.entryId(),
                        answer.path("id").asText() + "-" + d.entityId())).toList();
            }
        };
    }

    private void enqueue(int count) {
        store.write(session -> {
            for (int i = 0; i < count; i++) {
                Outbox.enqueue(session, ExternalSystem.XERO, "t", OPERATION, "GeneratedInvoice", 100 + i, "\"invoice " + i + "\"",
                        "key-" + i);
            }
        });
    }

    private static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not happen within 60 s", e);
        }
    }

    private long sent() {
        return store.read(s -> s.createSelectionQuery("select count(*) from OutboxEntry where state = :sent", Long.class)
                .setParameter("sent", OutboxState.SENT).getSingleResult());
    }

    @Test
    void goesOfflineWhileNothingListensAndDrainsByItselfOnceTheRemoteIsBack() throws Exception {
        enqueue(3);
        drainer = new OutboxDrainer(store, () -> List.of(handler()), Clock.systemUTC(), Duration.ofMillis(50),
                Duration.ofMillis(400), false);
        drainer.onChange(published::add);
        drainer.wake();

        await(() -> drainer.status() != null && drainer.status().offline(), "going offline");
        assertThat(drainer.status().describe()).isEqualTo("offline \u00b7 3 queued");
        assertThat(sent()).isZero();

        remote = RecordingServer.start(port, request -> RecordingServer.json("{\"id\":\"remote\"}"));

        await(() -> drainer.status().equals(new OutboxDrainer.Status(false, 0)), "draining after the remote came back");
        assertThat(drainer.status().describe()).isEqualTo("online \u00b7 0 queued");
        assertThat(sent()).isEqualTo(3);
        assertThat(remote.requests).hasSize(2); // batches of two: [key-0, key-1] then [key-2]
        assertThat(remote.requests.get(1).getHeaders().get("Idempotency-Key")).isEqualTo("key-2");
        assertThat(published).contains(new OutboxDrainer.Status(true, 3), new OutboxDrainer.Status(false, 0));
    }

    @Test
    void forcedOfflineNeverSendsAndSaysSo() {
        enqueue(2);
        drainer = new OutboxDrainer(store, () -> {
            throw new AssertionError("no handler is needed while offline is forced");
        }, Clock.systemUTC(), Duration.ofMillis(50), Duration.ofMillis(400), true);

        OutboxDrainer.Status status = drainer.tick();

        assertThat(status.describe()).isEqualTo("offline \u00b7 2 queued");
        assertThat(sent()).isZero();
    }
}
