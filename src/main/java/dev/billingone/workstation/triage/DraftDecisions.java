package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.Store;
import java.util.List;

/**
 * The drafts tab's decisions, made through {@link InvoiceLifecycle} like the main window's and the CLI's: approving
 * queues each invoice's push in the outbox in the approval's own transaction (so it works offline), and a tax-type
 * change is an ordinary line edit that reports the invoice total before and after.
 */
public final class DraftDecisions {
    private final Store store;

    public DraftDecisions(Store store) {
        this.store = store;
    }

    /** What a tax-type change did to its invoice. */
    public record TaxChange(long invoiceId, int lineNo, String taxBefore, String taxAfter, Money totalBefore, Money totalAfter) {
        /** "Line 1: OUTPUT → EXEMPTOUTPUT · total AUD 772.20 → AUD 739.20 (−33.00)". */
        public String describe() {
            Money difference = totalAfter.minus(totalBefore);
            String signed = (difference.signum() < 0 ? "−" : "+") + difference.amount().abs().toPlainString();
            return "Line " + lineNo + ": " + blankAsNone(taxBefore) + " → " + blankAsNone(taxAfter) + " · total "
                    + Amounts.describe(totalBefore) + " → " + Amounts.describe(totalAfter) + " (" + signed + ")";
        }

        private static String blankAsNone(String taxType) {
            return taxType == null || taxType.isBlank() ? "no tax type" : taxType;
        }
    }

    /** Approves what can be approved; the refused are returned with the reason (another's missing mapping holds up no one). */
    public InvoiceLifecycle.Approval approve(List<Long> invoiceIds) {
        return store.inTransaction(session -> InvoiceLifecycle.approveAll(session, invoiceIds));
    }

    public List<DraftLineRow> lines(long invoiceId) {
        return store.read(session -> {
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, invoiceId);
            if (invoice == null) {
                return List.of();
            }
            return DraftInvoices.lines(session, invoiceId).stream()
                    .map(l -> new DraftLineRow(l.getId(), l.getLineNo(), l.getDescription(), l.getTaxType(),
                            Money.of(l.getLineAmount(), invoice.getCurrency()), Money.of(l.getTaxAmount(), invoice.getCurrency())))
                    .toList();
        });
    }

    /** Sets one line's tax type, everything else as it is; refused (nothing changed) once the invoice left draft. */
    public TaxChange changeTaxType(long lineId, String taxType) {
        return store.inTransaction(session -> {
            GeneratedInvoiceLine line = session.find(GeneratedInvoiceLine.class, lineId);
            if (line == null) {
                throw new InvalidInputException("Invoice line " + lineId + " no longer exists; reload the drafts (F5).");
            }
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, line.getInvoiceId());
            Money before = Money.of(invoice.getTotal(), invoice.getCurrency());
            String taxBefore = line.getTaxType();
            InvoiceLifecycle.editLine(session, lineId, new InvoiceLifecycle.LineEdit(line.getDescription(), line.getQuantity(),
                    line.getUnitPrice(), line.getDiscountPct(), taxType, line.getAccountCode()));
            return new TaxChange(invoice.getId(), line.getLineNo(), taxBefore, line.getTaxType(), before,
                    Money.of(invoice.getTotal(), invoice.getCurrency()));
        });
    }
}
