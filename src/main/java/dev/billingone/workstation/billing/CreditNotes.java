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
 * Credit notes against pushed invoices, full or partial, line by line. A credit note never credits more of a line
 * than was invoiced less what earlier (non-void) credit notes already credited, nor more of the invoice's total than
 * all of them (typed ones from {@link CreditNoteService} too) left, so crediting twice by mistake is refused. Runs in
 * the caller's transaction; the result is a DRAFT that {@link #approve} queues for the remote.
 */
public final class CreditNotes {
    /** The invoices credited line by line: the remote system has them. */
    public static final Set<InvoiceStatus> CREDITABLE = EnumSet.of(InvoiceStatus.PUSHED, InvoiceStatus.PAID);

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
        Map<Long, Credited> credited = credited(session, invoiceId);
        Map<Long, BigDecimal> left = new LinkedHashMap<>();
        invoiceLines.forEach((id, line) -> left.put(id,
                line.getQuantity().subtract(credited.getOrDefault(id, Credited.NONE).quantity()).max(BigDecimal.ZERO)));
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
            boolean rest = e.getValue().compareTo(left.get(e.getKey())) == 0;
            CreditNoteLine line = creditLine(note, invoiceLines.get(e.getKey()), e.getValue(), ++lineNo, currency,
                    rest ? credited.getOrDefault(e.getKey(), Credited.NONE) : null);
            session.persist(line);
            lines.add(line);
        }
        recomputeTotals(note, lines);
        CreditNoteValidation.checkNotOverCredited(session, note, invoice);
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

    /** What non-void credit notes already credited of one invoice line. */
    private record Credited(BigDecimal quantity, BigDecimal amount, BigDecimal tax) {
        static final Credited NONE = new Credited(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static Map<Long, Credited> credited(Session session, long invoiceId) {
        Map<Long, Credited> credited = new HashMap<>();
        session.createSelectionQuery("select l.invoiceLineId, sum(l.quantity), sum(l.lineAmount), sum(l.taxAmount) "
                        + "from CreditNoteLine l, CreditNote n where l.creditNoteId = n.id and n.invoiceId = :invoice "
                        + "and n.status <> :void and l.invoiceLineId is not null group by l.invoiceLineId", Object[].class)
                .setParameter("invoice", invoiceId)
                .setParameter("void", CreditNoteStatus.VOID)
                .getResultList()
                .forEach(row -> credited.put((Long) row[0], new Credited((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3])));
        return credited;
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

    /** {@code earlier} is what was credited of the line before, when this credits all that is left of it (else null). */
    private static CreditNoteLine creditLine(CreditNote note, GeneratedInvoiceLine source, BigDecimal quantity, int lineNo,
                                             Currency currency, Credited earlier) {
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
        // Crediting all that is left of a line returns exactly what is left of its invoiced amounts, so the line's
        // credits net it to zero even where rounding each partial quantity would differ by a cent (3 × 29.997 is
        // 89.99 invoiced but 3 × 30.00 credited one seat at a time).
        if (earlier != null) {
            line.setLineAmount(source.getLineAmount().subtract(earlier.amount()));
            line.setTaxAmount(source.getTaxAmount().subtract(earlier.tax()));
        } else {
            line.setLineAmount(InvoiceMath.lineAmount(quantity, source.getUnitPrice(), source.getDiscountPct(), currency));
            line.setTaxAmount(InvoiceMath.lineTax(line.getLineAmount(), source.getTaxType(), note.getLineAmountTypes(), currency));
        }
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
