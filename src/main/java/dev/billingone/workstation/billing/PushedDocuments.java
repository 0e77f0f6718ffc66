package dev.billingone.workstation.billing;

import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.sync.DeliveryOutcome;
import dev.billingone.workstation.sync.OutboxDelivery;
import java.time.Instant;
import java.util.Map;
import org.hibernate.Session;

/**
 * What a delivery of a queued invoice or credit note means here, applied by the push handlers inside the outbox
 * worker's transaction (so "sent" and "pushed" commit together): delivered → PUSHED with the remote id and the
 * number the remote shows; refused or in conflict → the reason on the document, which stays approved.
 */
public final class PushedDocuments {
    static final String INVOICE_ENTITY = "generated_invoice";
    static final String CREDIT_NOTE_ENTITY = "credit_note";

    private PushedDocuments() {
    }

    /** Applies {@code outcome} to the document behind {@code delivery}; other entity types are not ours. */
    public static void record(Session session, OutboxDelivery delivery, DeliveryOutcome outcome) {
        if (INVOICE_ENTITY.equals(delivery.entityType())) {
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, delivery.entityId());
            if (invoice != null) {
                invoice(session, invoice, outcome);
            }
        } else if (CREDIT_NOTE_ENTITY.equals(delivery.entityType())) {
            CreditNote note = session.find(CreditNote.class, delivery.entityId());
            if (note != null) {
                creditNote(session, note, outcome);
            }
        }
    }

    private static void invoice(Session session, GeneratedInvoice invoice, DeliveryOutcome outcome) {
        invoice.setPushAttempts(invoice.getPushAttempts() + 1);
        if (!(outcome instanceof DeliveryOutcome.Delivered delivered)) {
            invoice.setLastError(reason(outcome));
            return;
        }
        invoice.setStatus(InvoiceStatus.PUSHED);
        invoice.setExternalId(delivered.externalId());
        if (invoice.getInvoiceNumber() == null) {
            invoice.setInvoiceNumber(delivered.number());
        }
        invoice.setPushedAt(Instant.now());
        invoice.setLastError(null);
        AuditLog.record(session, INVOICE_ENTITY, invoice.getId(), "pushed", Map.of("status", "APPROVED"),
                Map.of("status", "PUSHED", "externalId", String.valueOf(delivered.externalId()),
                        "number", String.valueOf(invoice.getInvoiceNumber())), null);
    }

    private static void creditNote(Session session, CreditNote note, DeliveryOutcome outcome) {
        if (!(outcome instanceof DeliveryOutcome.Delivered delivered)) {
            note.setLastError(reason(outcome));
            return;
        }
        note.setStatus(CreditNoteStatus.PUSHED);
        note.setExternalId(delivered.externalId());
        if (note.getCreditNoteNumber() == null) {
            note.setCreditNoteNumber(delivered.number());
        }
        note.setLastError(null);
        AuditLog.record(session, CREDIT_NOTE_ENTITY, note.getId(), "pushed", Map.of("status", "APPROVED"),
                Map.of("status", "PUSHED", "externalId", String.valueOf(delivered.externalId()),
                        "number", String.valueOf(note.getCreditNoteNumber())), null);
    }

    private static String reason(DeliveryOutcome outcome) {
        return outcome instanceof DeliveryOutcome.Rejected r ? r.message() : ((DeliveryOutcome.Conflict) outcome).message();
    }
}
