package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued {@link OutboxEntry outbox entries} through the registered {@link OutboxHandler handlers}.
 *
 * <p>Exactly once across crashes: a batch is claimed (state SENDING, a stored request key, a lease) and committed
 * <em>before</em> anything is sent; the outcome is committed after. If the process dies in between, the lease runs
 * out and the same entries are re-sent under the same request key, which the remote system recognises. Several
 * workstations on one PostgreSQL database can drain together: claims are guarded by the entries' versions.
 *
 * <p>Offline (no network, DNS failure, 503, timeouts): the batch goes back to FAILED with a backoff, the system is
 * skipped for the rest of this drain and {@link #offline()} turns true; nothing is lost and the app keeps working.
 */
public final class OutboxWorker {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    static final List<OutboxState> DUE = List.of(OutboxState.PENDING, OutboxState.FAILED, OutboxState.SENDING);

    private final Store store;
    private final Map<String, OutboxHandler> handlers = new HashMap<>();
    private final Clock clock;
    private final RetryPolicy backoff;
    private final Duration lease;
    private volatile boolean offline;

    /**
     * @param backoff when to try a failed batch again (attempt n waits up to base × 2^(n-1))
     * @param lease   how long a claimed batch belongs to this worker before another may re-send it
     */
    public OutboxWorker(Store store, List<OutboxHandler> handlers, Clock clock, RetryPolicy backoff, Duration lease) {
        this.store = store;
        this.clock = clock;
        this.backoff = backoff;
        this.lease = lease;
        handlers.forEach(this::register);
    }

    public OutboxWorker(Store store, List<OutboxHandler> handlers) {
        this(store, handlers, Clock.systemUTC(), new RetryPolicy(Integer.MAX_VALUE, Duration.ofSeconds(15), Duration.ofHours(1)),
                Duration.ofMinutes(5));
    }

    /** Adds a handler (billing registers its invoice push this way). */
    public void register(OutboxHandler handler) {
        handlers.put(key(handler.system(), handler.operation()), handler);
    }

    /** True when the last drain found a remote system unreachable. */
    public boolean offline() {
        return offline;
    }

    /** Delivers every due entry, batch by batch, until none is left, all remaining systems are offline, or cancel. */
    public DrainResult drain(BooleanSupplier cancelled) {
        DrainResult result = new DrainResult();
        Set<ExternalSystem> unreachable = new HashSet<>();
        while (!cancelled.getAsBoolean()) {
            Claimed claimed = claimNext(unreachable);
            if (claimed == null) {
                break;
            }
            deliver(claimed, result, unreachable);
        }
        offline = !unreachable.isEmpty();
        result.offline = offline;
        return result;
    }

    private void deliver(Claimed claimed, DrainResult result, Set<ExternalSystem> unreachable) {
        OutboxBatch batch = claimed.batch();
        List<DeliveryOutcome> outcomes;
        try {
            outcomes = claimed.handler().deliver(batch);
        } catch (RemoteRejectedException e) {
            // The request as a whole was refused (e.g. malformed): every entry needs someone to look at it.
            outcomes = batch.deliveries().stream()
                    .map(d -> (DeliveryOutcome) new DeliveryOutcome.Rejected(d.entryId(), e.getMessage())).toList();
        } catch (RemoteSystemException e) {
            LOG.info("Outbox: {} unavailable, {} entries stay queued: {}", batch.system().displayName(),
                    batch.deliveries().size(), e.getMessage());
            unreachable.add(batch.system());
            postpone(batch, e.getMessage());
            result.failed += batch.deliveries().size();
            result.lastError = e.getMessage();
            return;
        }
        record(claimed.handler(), batch, outcomes, result);
    }

    private void record(OutboxHandler handler, OutboxBatch batch, List<DeliveryOutcome> outcomes, DrainResult result) {
        Map<Long, DeliveryOutcome> byEntry = outcomes.stream()
                .collect(Collectors.toMap(DeliveryOutcome::entryId, Function.identity(), (a, b) -> a));
        store.write(session -> {
            for (OutboxDelivery delivery : batch.deliveries()) {
                OutboxEntry entry = session.find(OutboxEntry.class, delivery.entryId());
                DeliveryOutcome outcome = byEntry.get(delivery.entryId());
                if (outcome == null) {
                    retryLater(entry, "The remote system did not answer for this record; it will be sent again.");
                    result.failed++;
                    continue;
                }
                if (outcome instanceof DeliveryOutcome.Delivered delivered) {
                    entry.setState(OutboxState.SENT);
                    entry.setExternalId(delivered.externalId());
                    entry.setSentAt(clock.instant());
                    entry.setLastError(null);
                    result.delivered++;
                } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
                    entry.setState(OutboxState.REJECTED);
                    entry.setLastError(truncate(rejected.message()));
                    result.rejected++;
                } else if (outcome instanceof DeliveryOutcome.Conflict conflict) {
                    entry.setState(OutboxState.CONFLICT);
                    entry.setLastError(truncate(conflict.message()));
                    result.conflicts++;
                }
                handler.recordOutcome(session, delivery, outcome);
            }
        });
    }

    private void postpone(OutboxBatch batch, String message) {
        store.write(session -> batch.deliveries().forEach(d -> retryLater(session.find(OutboxEntry.class, d.entryId()), message)));
    }

    private void retryLater(OutboxEntry entry, String message) {
        entry.setState(OutboxState.FAILED);
        entry.setLastError(truncate(message));
        entry.setNextAttemptAt(clock.instant().plus(backoff.backoff(entry.getAttempts())));
    }

    private record Claimed(OutboxHandler handler, OutboxBatch batch) {
    }

    /** Claims the oldest due batch in its own transaction; retries when another worker claimed it first. */
    private Claimed claimNext(Set<ExternalSystem> skip) {
        for (int tries = 0; tries < 5; tries++) {
            try {
                return store.inTransaction(session -> claim(session, skip));
            } catch (ConflictException raced) {
                LOG.debug("Outbox claim raced with another worker; trying again");
            }
        }
        return null;
    }

    private Claimed claim(Session session, Set<ExternalSystem> skip) {
        Instant now = clock.instant();
        List<OutboxEntry> due = session.createSelectionQuery(
                        "from OutboxEntry where state in (:states) and nextAttemptAt <= :now order by id", OutboxEntry.class)
                .setParameterList("states", DUE)
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList();
        for (OutboxEntry first : due) {
            OutboxHandler handler = handlers.get(key(first.getSystem(), first.getOperation()));
            if (handler == null || skip.contains(first.getSystem())) {
                continue;
            }
            List<OutboxEntry> members = first.getBatchKey() != null
                    ? sameRequest(session, first.getBatchKey())
                    : newBatch(due, first, handler.maxBatchSize());
            String requestKey = first.getBatchKey() != null ? first.getBatchKey()
                    : OutboxBatch.requestKeyOf(members.stream().map(OutboxEntry::getIdempotencyKey).toList());
            List<OutboxDelivery> deliveries = new ArrayList<>();
            for (OutboxEntry entry : members) {
                entry.setState(OutboxState.SENDING);
                entry.setBatchKey(requestKey);
                entry.setAttempts(entry.getAttempts() + 1);
                entry.setNextAttemptAt(now.plus(lease));
                deliveries.add(OutboxDelivery.of(entry));
            }
            session.flush();
            return new Claimed(handler, new OutboxBatch(first.getSystem(), first.getTenant(), first.getOperation(),
                    requestKey, deliveries));
        }
        return null;
    }

    private static List<OutboxEntry> sameRequest(Session session, String batchKey) {
        return session.createSelectionQuery("from OutboxEntry where batchKey = :key and state in (:states) order by id",
                        OutboxEntry.class)
                .setParameter("key", batchKey)
                .setParameterList("states", DUE)
                .getResultList();
    }

    private static List<OutboxEntry> newBatch(List<OutboxEntry> due, OutboxEntry first, int max) {
        return due.stream()
                .filter(e -> e.getBatchKey() == null && e.getSystem() == first.getSystem()
                        && e.getOperation().equals(first.getOperation())
                        && java.util.Objects.equals(e.getTenant(), first.getTenant()))
                .limit(max)
                .toList();
    }

    private static String key(ExternalSystem system, String operation) {
        return system + "/" + operation;
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 4000 ? message : message.substring(0, 4000);
    }

    /** What a drain did; {@code failed} entries stay queued for a later attempt. */
    public static final class DrainResult {
        private int delivered;
        private int rejected;
        private int conflicts;
        private int failed;
        private boolean offline;
        private String lastError;

        public int delivered() {
            return delivered;
        }

        public int rejected() {
            return rejected;
        }

        public int conflicts() {
            return conflicts;
        }

        public int failed() {
            return failed;
        }

        public boolean offline() {
            return offline;
        }

        public String lastError() {
            return lastError;
        }
    }
}
