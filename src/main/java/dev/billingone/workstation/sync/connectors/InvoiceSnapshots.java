package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.sync.PageOutcome;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Upserts a page of Xero or QBO invoices: header fields by external id, lines replaced as a whole (the remote
 * system has no stable line ids we could match on, and a snapshot must equal what the remote holds).
 */
public final class InvoiceSnapshots {
    private InvoiceSnapshots() {
    }

    /** A parsed remote invoice: fills a snapshot's header, and lists its lines. */
    public interface RemoteInvoice {
        String externalId();

        String label();

        void fill(InvoiceSnapshot snapshot);

        List<InvoiceSnapshotLine> lines();
    }

    public static void upsert(Session session, ExternalSystem system, List<? extends RemoteInvoice> invoices, PageOutcome outcome) {
        Map<String, InvoiceSnapshot> existing = Snapshots.existing(session, InvoiceSnapshot.class, system,
                invoices.stream().map(RemoteInvoice::externalId).toList(), InvoiceSnapshot::getExternalId);
        List<Long> replacedLines = existing.values().stream().map(InvoiceSnapshot::getId).toList();
        if (!replacedLines.isEmpty()) {
            session.createMutationQuery("delete from InvoiceSnapshotLine where invoiceId in (:ids)")
                    .setParameterList("ids", replacedLines).executeUpdate();
        }
        for (RemoteInvoice invoice : invoices) {
            InvoiceSnapshot snapshot = existing.get(invoice.externalId());
            boolean isNew = snapshot == null;
            if (isNew) {
                snapshot = new InvoiceSnapshot();
                snapshot.setSystem(system);
                snapshot.setExternalId(invoice.externalId());
            }
            invoice.fill(snapshot);
            if (isNew) {
                session.persist(snapshot);
                outcome.created();
            } else {
                outcome.updated();
            }
            int lineNo = 1;
            for (InvoiceSnapshotLine line : invoice.lines()) {
                line.setInvoiceId(snapshot.getId());
                line.setLineNo(lineNo++);
                session.persist(line);
            }
        }
    }
}
