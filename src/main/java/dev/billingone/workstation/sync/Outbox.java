package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import java.time.Instant;
import org.hibernate.Session;

/**
 * Writes to remote systems never happen inline: a service calls {@link #enqueue} in the same transaction as its
 * local change, and the outbox worker delivers the entry later (with the idempotency key), retrying as needed.
 */
public final class Outbox {
    private Outbox() {
    }

    /**
     * Queues one remote write. The idempotency key must be derived from what is being sent (e.g. the invoice's
     * key plus its version) so a re-send after a crash is harmless; a second enqueue with the same key
     * returns the existing entry instead of queuing a duplicate.
     */
    public static OutboxEntry enqueue(Session session, ExternalSystem system, String tenant, String operation,
                                      String entityType, long entityId, String payload, String idempotencyKey) {
        OutboxEntry existing = session.createSelectionQuery("from OutboxEntry where idempotencyKey = :key", OutboxEntry.class)
                .setParameter("key", idempotencyKey)
                .uniqueResult();
        if (existing != null) {
            return existing;
        }
        OutboxEntry entry = new OutboxEntry();
        entry.setSystem(system);
        entry.setTenant(tenant);
        entry.setOperation(operation);
        entry.setEntityType(entityType);
        entry.setEntityId(entityId);
        entry.setPayload(payload);
        entry.setIdempotencyKey(idempotencyKey);
        entry.setState(OutboxState.PENDING);
        entry.setNextAttemptAt(Instant.now());
        session.persist(entry);
        return entry;
    }

    /** Entries a worker would deliver now (pending, failed or abandoned in flight, and due). */
    public static long dueCount(Session session, Instant now) {
        return session.createSelectionQuery(
                        "select count(*) from OutboxEntry where state in (:states) and nextAttemptAt <= :now", Long.class)
                .setParameterList("states", OutboxWorker.DUE)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Entries not yet delivered (pending, sending or failed-and-retrying): the "N queued" of the status bar. */
    public static long queuedCount(Session session) {
        return session.createSelectionQuery(
                        "select count(*) from OutboxEntry where state in (:states)", Long.class)
                .setParameterList("states", java.util.List.of(OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED))
                .getSingleResult();
    }
}
