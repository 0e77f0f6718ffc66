package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/** The rules of a credit note, reported together; and the cap that an invoice is never credited above its total. */
final class CreditNoteValidation {
    private CreditNoteValidation() {
    }

    static void check(Session session, CreditNoteInput input) {
        List<String> problems = new ArrayList<>();
        if (input.clientId() == null || session.find(Client.class, input.clientId()) == null) {
            problems.add("client: choose an existing client");
        }
        if (input.invoiceId() != null) {
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, input.invoiceId());
            if (invoice == null || !invoice.getClientId().equals(input.clientId())) {
                problems.add("invoice: choose one of the client's invoices, or none for a standalone credit");
            } else if (invoice.getStatus() == InvoiceStatus.DRAFT || invoice.getStatus() == InvoiceStatus.VOID) {
                problems.add("invoice: " + DraftInvoices.describe(invoice) + " is "
                        + invoice.getStatus().name().toLowerCase(Locale.ROOT)
                        + (invoice.getStatus() == InvoiceStatus.DRAFT ? "; edit the draft instead of crediting it" : ""));
            }
        }
        if (input.reason() == null) {
            problems.add("reason: choose one");
        } else if (input.reason() == CreditNoteReason.OTHER && (input.reasonText() == null || input.reasonText().isBlank())) {
            problems.add("reason: describe it when the reason is 'other'");
        }
        if (input.issueDate() == null) {
            problems.add("issue date: required");
        }
        if (input.lines().isEmpty()) {
            problems.add("lines: add at least one line");
        }
        for (int i = 0; i < input.lines().size(); i++) {
            CreditNoteInput.Line line = input.lines().get(i);
            String where = "line " + (i + 1) + ": ";
            if (line.description() == null || line.description().isBlank()) {
                problems.add(where + "description required");
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(where + "quantity must be more than 0");
            }
            if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
                problems.add(where + "unit price must be 0 or more");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The credit note was not saved: " + String.join("; ", problems) + ".");
        }
    }

    /** Credit notes against one invoice (void ones aside) may not add up to more than the invoice. */
    static void checkNotOverCredited(Session session, CreditNote note, GeneratedInvoice invoice) {
        BigDecimal others = session.createSelectionQuery("select coalesce(sum(total), 0) from CreditNote "
                        + "where invoiceId = :invoice and status <> :void and id <> :self", BigDecimal.class)
                .setParameter("invoice", invoice.getId())
                .setParameter("void", CreditNoteStatus.VOID)
                .setParameter("self", note.getId() == null ? -1L : note.getId())
                .getSingleResult();
        BigDecimal left = invoice.getTotal().subtract(others);
        if (note.getTotal().compareTo(left) > 0) {
            throw new InvalidInputException("The credit note was not saved: its total " + Money.of(note.getTotal(), note.getCurrency())
                    + " is more than the " + Money.of(left, invoice.getCurrency()) + " of invoice "
                    + DraftInvoices.describe(invoice) + " not yet credited.");
        }
    }
}
