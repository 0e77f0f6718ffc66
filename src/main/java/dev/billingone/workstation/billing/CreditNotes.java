package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Credit notes against pushed invoices, full or partial. A credit note never credits more of a line than was
 * invoiced less what earlier (non-void) credit notes already credited, so crediting twice by mistake is refused.
 * Runs in the caller's transaction; the result is a DRAFT that {@link #approve} queues for the remote.
 */
public final class CreditNotes {
    private static final Set<InvoiceStatus> CREDITABLE = EnumSet.of(InvoiceStatus.PUSHED, InvoiceStatus.PAID);

    private CreditNotes() {
    }

    public static CreditNote createAgainst(Session session, long invoiceId, CreditScope scope,
                                          CreditNoteReason reason, String reasonText) {
        GeneratedInvoice invoice = session.find(GeneratedInvoice.class, invoiceId);
        if (invoice == null) {
            throw new InvalidInputException("Invoice " + invoiceId + " does not exist.");
        }
        if (!CREDITABLE.contains(invoice.getStatus())) {
            throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " is "
                    + invoice.getStatus().name().toLowerCase() + ": only pushed or paid invoices take credit notes"
                    + (invoice.getStatus() == InvoiceStatus.DRAFT ? "; edit the draft instead." : "."));
        }
        if (reason == null) {
            throw new InvalidInputException("A credit note needs a reason.");
        }
        Map<Long, GeneratedInvoiceLine> invoiceLines = new LinkedHashMap<>();
        DraftInvoices.lines(session, invoiceId).forEach(line -> invoiceLines.put(line.getId(), line));
        Map<Long, BigDecimal> left = uncredited(session, invoiceId, invoiceLines);
        Map<Long, BigDecimal> toCredit = scope instanceof CreditScope.Lines chosen
                ? chosen(chosen, invoiceLines, left, invoice)
                : left;
        if (toCredit.values().stream().allMatch(q -> q.signum() == 0)) {
            throw new ConflictException("Nothing left to credit on invoice " + DraftInvoices.describe(invoice)
                    + ": earlier credit notes already cover it.");
        }

        CreditNote note = new CreditNote();
        note.setClientId(invoice.getClientId());
        note.setInvoiceId(invoiceId);
        note.setReason(reason);
        note.setReasonText(reasonText);
        note.setStatus(CreditNoteStatus.DRAFT);
        note.setCurrency(invoice.getCurrency());
        note.setLineAmountTypes(invoice.getLineAmountTypes());
        note.setIssueDate(LocalDate.now());
        note.setTargetSystem(invoice.getTargetSystem());
        note.setIdempotencyKey("cn-" + java.util.UUID.randomUUID());
        session.persist(note);

        Currency currency = Money.currency(invoice.getCurrency());
        List<CreditNoteLine> lines = new ArrayList<>();
        int lineNo = 0;
        for (Map.Entry<Long, BigDecimal> e : toCredit.entrySet()) {
            if (e.getValue().signum() == 0) {
                continue;
            }
            CreditNoteLine line = creditLine(note, invoiceLines.get(e.getKey()), e.getValue(), ++lineNo, currency);
            session.persist(line);
            lines.add(line);
        }
        recomputeTotals(note, lines);
        AuditLog.record(session, "credit_note", note.getId(), "create", null,
                Map.of("invoice", invoiceId, "total", note.getTotal(), "lines", lines.size()), reasonText);
        return note;
    }

    /** Approves a draft credit note and queues its push in the same transaction. */
    public static void approve(Session session, long creditNoteId) {
        CreditNote note = session.find(CreditNote.class, creditNoteId);
        if (note == null) {
            throw new InvalidInputException("Credit note " + creditNoteId + " does not exist.");
        }
        if (note.getStatus() != CreditNoteStatus.DRAFT) {
            throw new ConflictException("Credit note " + (note.getCreditNoteNumber() == null ? "#" + note.getId()
                    : note.getCreditNoteNumber()) + " is " + note.getStatus().name().toLowerCase() + " and can no longer be approved.");
        }
        GeneratedInvoice invoice = note.getInvoiceId() == null ? null : session.find(GeneratedInvoice.class, note.getInvoiceId());
        if (note.getTargetSystem() == null && invoice != null) {
            note.setTargetSystem(invoice.getTargetSystem());
        }
        PushQueue.creditNote(session, note, lines(session, creditNoteId),
                invoice == null ? null : invoice.getInvoiceNumber());
        note.setStatus(CreditNoteStatus.APPROVED);
        AuditLog.record(session, "credit_note", note.getId(), "approve", Map.of("status", "DRAFT"),
                Map.of("status", "APPROVED", "total", note.getTotal()), null);
    }

    public static List<CreditNoteLine> lines(Session session, long creditNoteId) {
        return session.createSelectionQuery("from CreditNoteLine where creditNoteId = :id order by lineNo", CreditNoteLine.class)
                .setParameter("id", creditNoteId)
                .getResultList();
    }

    /** Quantity of each invoice line not yet credited by a non-void credit note. */
    static Map<Long, BigDecimal> uncredited(Session session, long invoiceId, Map<Long, GeneratedInvoiceLine> invoiceLines) {
        Map<Long, BigDecimal> credited = new HashMap<>();
        session.createSelectionQuery("select l.invoiceLineId, sum(l.quantity) from CreditNoteLine l, CreditNote n "
                        + "where l.creditNoteId = n.id and n.invoiceId = :invoice and n.status <> :void "
                        + "and l.invoiceLineId is not null group by l.invoiceLineId", Object[].class)
                .setParameter("invoice", invoiceId)
                .setParameter("void", CreditNoteStatus.VOID)
                .getResultList()
                .forEach(row -> credited.put((Long) row[0], (BigDecimal) row[1]));
        Map<Long, BigDecimal> left = new LinkedHashMap<>();
        invoiceLines.forEach((id, line) ->
                left.put(id, line.getQuantity().subtract(credited.getOrDefault(id, BigDecimal.ZERO)).max(BigDecimal.ZERO)));
        return left;
    }

    private static Map<Long, BigDecimal> chosen(CreditScope.Lines chosen, Map<Long, GeneratedInvoiceLine> invoiceLines,
                                                Map<Long, BigDecimal> left, GeneratedInvoice invoice) {
        if (chosen.lines().isEmpty()) {
            throw new InvalidInputException("Choose at least one line to credit, or credit the whole invoice.");
        }
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        for (CreditScope.CreditedLine wanted : chosen.lines()) {
            GeneratedInvoiceLine line = invoiceLines.get(wanted.invoiceLineId());
            if (line == null) {
                throw new InvalidInputException("Line " + wanted.invoiceLineId() + " is not a line of invoice "
                        + DraftInvoices.describe(invoice) + ".");
            }
            BigDecimal quantity = wanted.quantity();
            if (quantity == null || quantity.signum() <= 0) {
                throw new InvalidInputException("Line " + line.getLineNo() + " (" + line.getDescription()
                        + "): the quantity to credit must be positive.");
            }
            BigDecimal already = result.getOrDefault(line.getId(), BigDecimal.ZERO);
            BigDecimal available = left.get(line.getId());
            if (already.add(quantity).compareTo(available) > 0) {
                throw new InvalidInputException("Line " + line.getLineNo() + " (" + line.getDescription() + "): "
                        + "cannot credit " + already.add(quantity).stripTrailingZeros().toPlainString() + ", only "
                        + available.stripTrailingZeros().toPlainString() + " of "
                        + line.getQuantity().stripTrailingZeros().toPlainString() + " is left uncredited.");
            }
            result.put(line.getId(), already.add(quantity));
        }
        return result;
    }

    private static CreditNoteLine creditLine(CreditNote note, GeneratedInvoiceLine source, BigDecimal quantity, int lineNo,
                                             Currency currency) {
        CreditNoteLine line = new CreditNoteLine();
        line.setCreditNoteId(note.getId());
        line.setLineNo(lineNo);
        line.setInvoiceLineId(source.getId());
        line.setProductId(source.getProductId());
        line.setSku(source.getSku());
        line.setDescription(source.getDescription());
        line.setQuantity(quantity);
        line.setUnitPrice(source.getUnitPrice());
        line.setDiscountPct(source.getDiscountPct());
        line.setTaxType(source.getTaxType());
        line.setAccountCode(source.getAccountCode());
        // Crediting the whole remaining quantity returns exactly the invoiced amounts, so a full credit note nets
        // the invoice to zero even where per-line rounding of a partial quantity would differ by a cent.
        BigDecimal amount = quantity.compareTo(source.getQuantity()) == 0 ? source.getLineAmount()
                : InvoiceMath.lineAmount(quantity, source.getUnitPrice(), source.getDiscountPct(), currency);
        line.setLineAmount(amount);
        line.setTaxAmount(quantity.compareTo(source.getQuantity()) == 0 ? source.getTaxAmount()
                : InvoiceMath.lineTax(amount, source.getTaxType(), note.getLineAmountTypes(), currency));
        return line;
    }

    static void recomputeTotals(CreditNote note, List<CreditNoteLine> lines) {
        InvoiceMath.Totals totals = InvoiceMath.totals(lines, CreditNoteLine::getLineAmount, CreditNoteLine::getTaxAmount,
                note.getLineAmountTypes());
        note.setSubtotal(totals.subtotal());
        note.setTotalTax(totals.tax());
        note.setTotal(totals.total());
    }
}
