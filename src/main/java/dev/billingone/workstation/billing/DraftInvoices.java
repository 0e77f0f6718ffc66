package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.AuditLog;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.hibernate.Session;

/**
 * The drafts that other features add lines to (applied missed billing, procurement "bill this", manual lines).
 * Lines go to the client's REGULAR invoice for the period while it is a draft; once that invoice is approved or
 * pushed, to an ADJUSTMENT draft instead, so nothing approved is ever changed behind the accountant's back.
 * Everything runs in the caller's transaction.
 */
public final class DraftInvoices {
    private DraftInvoices() {
    }

    public static String idempotencyKey(long clientId, Period period, InvoiceKind kind, int sequenceNo) {
        return "gi-" + clientId + "-" + period + "-" + kind.name().toLowerCase() + "-" + sequenceNo;
    }

    /** The draft that new lines for (client, period) belong to, created when there is none. */
    public static GeneratedInvoice openDraft(Session session, long clientId, Period period) {
        List<GeneratedInvoice> existing = session.createSelectionQuery(
                        "from GeneratedInvoice where clientId = :client and period = :period order by kind, sequenceNo",
                        GeneratedInvoice.class)
                .setParameter("client", clientId)
                .setParameter("period", period.toString())
                .getResultList();
        GeneratedInvoice regular = existing.stream().filter(i -> i.getKind() == InvoiceKind.REGULAR).findFirst().orElse(null);
        if (regular == null) {
            return create(session, clientId, period, InvoiceKind.REGULAR, 0);
        }
        if (regular.getStatus() == InvoiceStatus.DRAFT) {
            return regular;
        }
        return existing.stream()
                .filter(i -> i.getKind() == InvoiceKind.ADJUSTMENT && i.getStatus() == InvoiceStatus.DRAFT)
                .findFirst()
                .orElseGet(() -> create(session, clientId, period, InvoiceKind.ADJUSTMENT,
                        (int) existing.stream().filter(i -> i.getKind() == InvoiceKind.ADJUSTMENT).count()));
    }

    private static GeneratedInvoice create(Session session, long clientId, Period period, InvoiceKind kind, int sequenceNo) {
        Client client = session.find(Client.class, clientId);
        if (client == null) {
            throw new InvalidInputException("Client " + clientId + " does not exist.");
        }
        return create(session, client, period, kind, sequenceNo);
    }

    /** A new draft for a client already at hand (generation creates thousands; no lookup per client). */
    static GeneratedInvoice create(Session session, Client client, Period period, InvoiceKind kind, int sequenceNo) {
        long clientId = client.getId();
        GeneratedInvoice invoice = new GeneratedInvoice();
        invoice.setClientId(clientId);
        invoice.setPeriod(period.toString());
        invoice.setKind(kind);
        invoice.setSequenceNo(sequenceNo);
        invoice.setStatus(InvoiceStatus.DRAFT);
        invoice.setCurrency(client.getCurrency());
        invoice.setLineAmountTypes(client.getTaxTreatment());
        invoice.setIdempotencyKey(idempotencyKey(clientId, period, kind, sequenceNo));
        session.persist(invoice);
        AuditLog.record(session, "generated_invoice", invoice.getId(), "create", null,
                java.util.Map.of("client", clientId, "period", period.toString(), "kind", kind.name()), null);
        return invoice;
    }

    /** Adds a line to the open draft for (client, period) and recomputes its totals. */
    public static GeneratedInvoiceLine addLine(Session session, long clientId, Period period, NewInvoiceLine line) {
        GeneratedInvoice invoice = openDraft(session, clientId, period);
        List<GeneratedInvoiceLine> lines = lines(session, invoice.getId());
        Currency currency = Money.currency(invoice.getCurrency());
        GeneratedInvoiceLine added = new GeneratedInvoiceLine();
        added.setInvoiceId(invoice.getId());
        added.setLineNo(lines.stream().mapToInt(GeneratedInvoiceLine::getLineNo).max().orElse(0) + 1);
        GeneratedLines.copy(line, added);
        price(added, invoice, currency);
        session.persist(added);
        lines.add(added);
        recomputeTotals(invoice, lines);
        AuditLog.record(session, "generated_invoice", invoice.getId(), "add-line", null, line, null);
        return added;
    }

    /** Removes a line (e.g. undo of an applied missed-billing item); only while its invoice is a draft. */
    public static void removeLine(Session session, long lineId) {
        GeneratedInvoiceLine line = session.find(GeneratedInvoiceLine.class, lineId);
        if (line == null) {
            return;
        }
        GeneratedInvoice invoice = session.find(GeneratedInvoice.class, line.getInvoiceId());
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw new ConflictException("Invoice " + describe(invoice) + " is " + invoice.getStatus().name().toLowerCase()
                    + ": its lines can no longer be removed. Raise a credit note instead.");
        }
        session.remove(line);
        session.flush();
        recomputeTotals(invoice, lines(session, invoice.getId()));
        AuditLog.record(session, "generated_invoice", invoice.getId(), "remove-line", line.getDescription(), null, null);
    }

    public static List<GeneratedInvoiceLine> lines(Session session, long invoiceId) {
        return session.createSelectionQuery("from GeneratedInvoiceLine where invoiceId = :id order by lineNo",
                        GeneratedInvoiceLine.class)
                .setParameter("id", invoiceId)
                .getResultList();
    }

    /** Sets the line's amount and tax from its quantity, price, discount and tax type, per the invoice's tax mode. */
    public static void price(GeneratedInvoiceLine line, GeneratedInvoice invoice, Currency currency) {
        BigDecimal amount = InvoiceMath.lineAmount(line.getQuantity(), line.getUnitPrice(), line.getDiscountPct(), currency);
        line.setLineAmount(amount);
        line.setTaxAmount(InvoiceMath.lineTax(amount, line.getTaxType(), invoice.getLineAmountTypes(), currency));
    }

    public static void recomputeTotals(GeneratedInvoice invoice, List<GeneratedInvoiceLine> lines) {
        InvoiceMath.Totals totals = InvoiceMath.totals(lines, GeneratedInvoiceLine::getLineAmount,
                GeneratedInvoiceLine::getTaxAmount, invoice.getLineAmountTypes());
        invoice.setSubtotal(totals.subtotal());
        invoice.setTotalTax(totals.tax());
        invoice.setTotal(totals.total());
    }

    static String describe(GeneratedInvoice invoice) {
        return invoice.getInvoiceNumber() != null ? invoice.getInvoiceNumber()
                : "for client " + invoice.getClientId() + " " + invoice.getPeriod();
    }
}
