package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.billing.PushQueue;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.AccessTokenProvider;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.OutboxWorker;
import dev.billingone.workstation.sync.RetryPolicy;
import dev.billingone.workstation.sync.Sleeper;
import dev.billingone.workstation.sync.SyncHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;

/**
 * "Push" ({@code push}, month-end, the invoices screen): delivers the queued invoices and credit notes through the
 * outbox worker and each system's push handler — the same path the sync's outbox drain takes, without the sync.
 *
 * <p>Someone asking for a push wants it tried now: entries that failed earlier are made due at once, and a batch
 * left SENDING by a crashed run is taken over at once (no lease wait). Both keep their request key, so the re-send
 * is answered by Xero ({@code Idempotency-Key}) or QBO ({@code requestid}) without creating a document twice.
 */
public final class ConnectedPush {
    private static final List<String> OPERATIONS = List.of(PushQueue.INVOICE, PushQueue.CREDIT_NOTE);
    private static final List<OutboxState> QUEUED = List.of(OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED);

    private final Store store;
    private final Settings settings;
    private final AccessTokenProvider tokens;
    private final OkHttpClient http;
    private final RetryPolicy retry;

    public ConnectedPush(Store store, Settings settings, AccessTokenProvider tokens) {
        this(store, settings, tokens, SyncHttp.shared(), RetryPolicy.DEFAULT);
    }

    /** With another HTTP client and retry policy (tests: short timeouts, quick retries). */
    public ConnectedPush(Store store, Settings settings, AccessTokenProvider tokens, OkHttpClient http, RetryPolicy retry) {
        this.store = store;
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.retry = retry;
    }

    /**
     * What a push did: {@code failed} are documents the remote refused (the reason is on the document), {@code calls}
     * the HTTP requests made, {@code queued} what is left, {@code problem} why a system could not be reached.
     */
    public record Result(int pushed, int failed, int calls, long queued, String problem) {
    }

    public Result push(BooleanSupplier cancelled) {
        AtomicInteger calls = new AtomicInteger();
        OkHttpClient counted = http.newBuilder().addInterceptor(chain -> {
            calls.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
        ConnectorContext context = new ConnectorContext(settings, counted, tokens, Clock.systemUTC(), Sleeper.REAL, retry);
        int pushed = 0;
        int failed = 0;
        String problem = null;
        for (ExternalSystem system : store.inTransaction(ConnectedPush::dueNow)) {
            List<OutboxHandler> handlers;
            try {
                handlers = Connectors.of(system, context).handlers().stream()
                        .filter(h -> OPERATIONS.contains(h.operation())).toList();
            } catch (RemoteSystemException e) {
                problem = e.getMessage();
                continue;
            }
            OutboxWorker.DrainResult drained = new OutboxWorker(store, handlers, Clock.systemUTC(),
                    new RetryPolicy(Integer.MAX_VALUE, Duration.ofSeconds(15), Duration.ofHours(1)), Duration.ZERO).drain(cancelled);
            pushed += drained.delivered();
            failed += drained.rejected() + drained.conflicts();
            if (drained.failed() > 0) {
                problem = drained.lastError();
            }
        }
        long queued = store.read(session -> session.createSelectionQuery("select count(*) from OutboxEntry "
                        + "where operation in (:ops) and state in (:queued)", Long.class)
                .setParameterList("ops", OPERATIONS)
                .setParameterList("queued", QUEUED)
                .getSingleResult());
        return new Result(pushed, failed, calls.get(), queued, problem);
    }

    /** Makes the queued documents due now and returns the systems they go to. */
    private static List<ExternalSystem> dueNow(org.hibernate.Session session) {
        session.createMutationQuery("update OutboxEntry set nextAttemptAt = :now where operation in (:ops) and state in (:queued)")
                .setParameter("now", Instant.now())
                .setParameterList("ops", OPERATIONS)
                .setParameterList("queued", QUEUED)
                .executeUpdate();
        return session.createSelectionQuery("select distinct system from OutboxEntry where operation in (:ops) "
                        + "and state in (:queued) order by system", ExternalSystem.class)
                .setParameterList("ops", OPERATIONS)
                .setParameterList("queued", QUEUED)
                .getResultList();
    }
}
