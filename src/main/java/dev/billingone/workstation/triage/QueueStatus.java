package dev.billingone.workstation.triage;

import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxState;
import java.util.List;
import org.hibernate.Session;

/**
 * The footer's "offline · N queued": whether remote writes are held back, how many wait in the outbox, and how
 * many came back refused or in conflict (the record changed remotely) for the user to resolve. Offline means
 * forced ({@code sync.offline}) or that the latest delivery attempt could not reach its system: the queue waits.
 */
public record QueueStatus(boolean offline, long queued, long conflicts) {
    static final List<OutboxState> TO_RESOLVE = List.of(OutboxState.CONFLICT, OutboxState.REJECTED);
    private static final List<OutboxState> ATTEMPTED = List.of(OutboxState.SENT, OutboxState.FAILED, OutboxState.REJECTED,
            OutboxState.CONFLICT);

    public static QueueStatus of(Store store, boolean forcedOffline) {
        return store.read(session -> new QueueStatus(forcedOffline || lastAttemptFailed(session), Outbox.queuedCount(session),
                session.createSelectionQuery("select count(*) from OutboxEntry where state in (:resolve)", Long.class)
                        .setParameterList("resolve", TO_RESOLVE)
                        .getSingleResult()));
    }

    /** A refusal or a delivery is an answer (online); a batch put back as FAILED never got one. */
    private static boolean lastAttemptFailed(Session session) {
        return session.createSelectionQuery("select state from OutboxEntry where attempts > 0 and state in (:attempted) "
                        + "order by updatedAt desc, id desc", OutboxState.class)
                .setParameterList("attempted", ATTEMPTED)
                .setMaxResults(1)
                .getResultList()
                .equals(List.of(OutboxState.FAILED));
    }

    public String describe() {
        String text = (offline ? "offline" : "online") + " · " + queued + " queued";
        return conflicts == 0 ? text : text + " · " + conflicts + (conflicts == 1 ? " conflict" : " conflicts");
    }
}
