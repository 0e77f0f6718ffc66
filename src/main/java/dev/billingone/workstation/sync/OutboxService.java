package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The outbox as people see it (CLI {@code outbox list|retry}, the Sync screen): list, retry, cancel. */
public final class OutboxService {
    private static final Set<OutboxState> RETRYABLE = Set.of(OutboxState.FAILED, OutboxState.REJECTED, OutboxState.CONFLICT,
            OutboxState.PENDING);

    private final Store store;
    private final Clock clock;

    public OutboxService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One row of the outbox list. */
    public record Item(long id, ExternalSystem system, String operation, String entityType, long entityId,
                       OutboxState state, int attempts, Instant nextAttemptAt, String lastError, String externalId) {
    }

    /** Entries not yet sent or cancelled, oldest first; with {@code all}, also the sent and cancelled ones. */
    public List<Item> list(boolean all) {
        List<OutboxState> states = all ? List.of(OutboxState.values())
                : List.of(OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED, OutboxState.REJECTED, OutboxState.CONFLICT);
        return store.read(session -> session.createSelectionQuery("from OutboxEntry where state in (:states) order by id",
                        OutboxEntry.class)
                .setParameterList("states", states)
                .getResultList().stream()
                .map(e -> new Item(e.getId(), e.getSystem(), e.getOperation(), e.getEntityType(), e.getEntityId(),
                        e.getState(), e.getAttempts(), e.getNextAttemptAt(), e.getLastError(), e.getExternalId()))
                .toList());
    }

    public long queued() {
        return store.read(Outbox::queuedCount);
    }

    /**
     * Makes entries due now: failed ones keep their request key (they may have reached the remote system, the key
     * keeps a re-send harmless); rejected and conflicting ones get a fresh key, since the point is to send again
     * after the user fixed the record. Empty {@code ids} = every entry that can be retried.
     */
    public int retry(List<Long> ids) {
        return store.inTransaction(session -> {
            List<OutboxEntry> entries = ids.isEmpty()
                    ? session.createSelectionQuery("from OutboxEntry where state in (:states)", OutboxEntry.class)
                            .setParameterList("states", RETRYABLE).getResultList()
                    : ids.stream().map(id -> found(session.find(OutboxEntry.class, id), id)).toList();
            for (OutboxEntry entry : entries) {
                if (!RETRYABLE.contains(entry.getState())) {
                    throw new ConflictException("Outbox entry " + entry.getId() + " is " + entry.getState()
                            + "; only failed, rejected, conflicting or pending entries can be retried.");
                }
                if (entry.getState() == OutboxState.REJECTED || entry.getState() == OutboxState.CONFLICT) {
                    entry.setBatchKey("retry-" + UUID.randomUUID());
                }
                entry.setState(OutboxState.PENDING);
                entry.setNextAttemptAt(clock.instant());
            }
            return entries.size();
        });
    }

    /** Gives up on an entry that was not sent; recorded in the audit log with the reason. */
    public void cancel(long id, String reason) {
        store.write(session -> {
            OutboxEntry entry = found(session.find(OutboxEntry.class, id), id);
            boolean inFlight = entry.getState() == OutboxState.SENDING && entry.getNextAttemptAt().isAfter(clock.instant());
            if (entry.getState() == OutboxState.SENT || entry.getState() == OutboxState.CANCELLED || inFlight) {
                throw new ConflictException("Outbox entry " + id + " is " + entry.getState()
                        + (inFlight ? " right now" : "") + " and cannot be cancelled.");
            }
            OutboxState before = entry.getState();
            entry.setState(OutboxState.CANCELLED);
            AuditLog.record(session, "OutboxEntry", entry.getId(), "cancel", before.name(), OutboxState.CANCELLED.name(), reason);
        });
    }

    private static OutboxEntry found(OutboxEntry entry, long id) {
        if (entry == null) {
            throw new InvalidInputException("There is no outbox entry " + id + "; see 'outbox list'.");
        }
        return entry;
    }
}
