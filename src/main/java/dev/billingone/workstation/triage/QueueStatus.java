package dev.billingone.workstation.triage;

import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxState;

/**
 * The footer's "offline · N queued": whether remote writes are held back, how many wait in the outbox, and how
 * many came back as conflicts (the record changed remotely) for the user to resolve.
 */
public record QueueStatus(boolean offline, long queued, long conflicts) {
    public static QueueStatus of(Store store, boolean offline) {
        return store.read(session -> new QueueStatus(offline, Outbox.queuedCount(session),
                session.createSelectionQuery("select count(*) from OutboxEntry where state = :conflict", Long.class)
                        .setParameter("conflict", OutboxState.CONFLICT)
                        .getSingleResult()));
    }

    public String describe() {
        String text = (offline ? "offline" : "online") + " · " + queued + " queued";
        return conflicts == 0 ? text : text + " · " + conflicts + (conflicts == 1 ? " conflict" : " conflicts");
    }
}
