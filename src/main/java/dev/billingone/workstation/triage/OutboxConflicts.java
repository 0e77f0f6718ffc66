package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OutboxEntry;
import java.util.List;
import org.hibernate.Session;

/**
 * Queued writes the remote system refused or found in conflict (its copy changed since ours). Nothing overwrites
 * them: they wait here until someone sends them again or drops them (through {@code sync.OutboxService}).
 */
public final class OutboxConflicts {
    private OutboxConflicts() {
    }

    /** One entry to resolve: which record, where it was going, and what the remote system said. */
    public record Conflict(long entryId, String record, String system, String problem) {
        public String describe() {
            return record + " → " + system + ": " + (problem == null ? "refused without a reason" : problem);
        }
    }

    public static List<Conflict> list(Store store) {
        return store.read(session -> session.createSelectionQuery("from OutboxEntry where state in (:resolve) order by id",
                        OutboxEntry.class)
                .setParameterList("resolve", QueueStatus.TO_RESOLVE)
                .getResultList().stream()
                .map(e -> new Conflict(e.getId(), record(session, e), e.getSystem().displayName(), e.getLastError()))
                .toList());
    }

    private static String record(Session session, OutboxEntry entry) {
        GeneratedInvoice invoice = entry.getEntityType().equals("generated_invoice")
                ? session.find(GeneratedInvoice.class, entry.getEntityId()) : null;
        if (invoice == null) {
            return entry.getEntityType().replace('_', ' ') + " " + entry.getEntityId();
        }
        Client client = session.find(Client.class, invoice.getClientId());
        return "Invoice " + (invoice.getInvoiceNumber() == null ? "" : invoice.getInvoiceNumber() + " ")
                + "for " + (client == null ? "client " + invoice.getClientId() : client.getName()) + " " + invoice.getPeriod();
    }
}
