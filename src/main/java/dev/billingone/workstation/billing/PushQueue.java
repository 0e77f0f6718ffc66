package dev.billingone.workstation.billing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxEntry;
import java.util.List;
import org.hibernate.Session;

/**
 * Puts approved documents on the outbox, in the transaction that approves them: the payload is built now, from
 * the approved (hence frozen) document, and keyed by the document's own idempotency key so queuing twice is a no-op.
 */
public final class PushQueue {
    /** The outbox operations the Xero and QBO push handlers deliver (one name each, used on both sides). */
    public static final String INVOICE = "invoice.upsert";
    public static final String CREDIT_NOTE = "credit-note.upsert";

    private PushQueue() {
    }

    /** Where a document will go, resolved before anything changes (so a refusal changes nothing). */
    record Prepared(ExternalSystem system, String contactId, List<String> itemCodes) {
    }

    static Prepared prepare(Session session, GeneratedInvoice invoice, List<GeneratedInvoiceLine> lines, ExternalSystem system) {
        return new Prepared(system, RemoteTargets.contactId(session, system, invoice.getClientId()),
                RemoteTargets.itemCodes(session, system, lines.stream().map(GeneratedInvoiceLine::getProductId).toList(),
                        lines.stream().map(GeneratedInvoiceLine::getSku).toList(),
                        lines.stream().map(GeneratedInvoiceLine::getDescription).toList()));
    }

    static OutboxEntry invoice(Session session, GeneratedInvoice invoice, List<GeneratedInvoiceLine> lines, Prepared prepared) {
        RemoteDocument doc = RemoteDocument.of(invoice, lines, prepared.contactId(), prepared.itemCodes(), reference(invoice));
        ObjectNode payload = prepared.system() == ExternalSystem.QBO ? QboPayloads.invoice(doc) : XeroPayloads.invoice(doc);
        return Outbox.enqueue(session, prepared.system(), RemoteTargets.tenant(session, prepared.system()), INVOICE,
                PushedDocuments.INVOICE_ENTITY, invoice.getId(), payload.toString(), invoice.getIdempotencyKey());
    }

    static OutboxEntry creditNote(Session session, CreditNote note, List<CreditNoteLine> lines, String invoiceNumber) {
        ExternalSystem system = note.getTargetSystem() == null ? ExternalSystem.XERO : note.getTargetSystem();
        note.setTargetSystem(system);
        List<String> items = RemoteTargets.itemCodes(session, system, lines.stream().map(CreditNoteLine::getProductId).toList(),
                lines.stream().map(CreditNoteLine::getSku).toList(), lines.stream().map(CreditNoteLine::getDescription).toList());
        RemoteDocument doc = RemoteDocument.of(note, lines, RemoteTargets.contactId(session, system, note.getClientId()), items,
                invoiceNumber == null ? null : "Credit for " + invoiceNumber);
        ObjectNode payload = system == ExternalSystem.QBO ? QboPayloads.creditMemo(doc) : XeroPayloads.creditNote(doc);
        return Outbox.enqueue(session, system, RemoteTargets.tenant(session, system), CREDIT_NOTE,
                PushedDocuments.CREDIT_NOTE_ENTITY, note.getId(), payload.toString(), note.getIdempotencyKey());
    }

    private static String reference(GeneratedInvoice invoice) {
        return (invoice.getKind() == InvoiceKind.ADJUSTMENT ? "Adjustment " : "Services ") + invoice.getPeriod();
    }
}
