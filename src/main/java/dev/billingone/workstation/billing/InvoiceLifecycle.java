package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.InvoiceNumbering;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Draft → approved → pushed (→ paid, from sync), or void. Approving freezes the invoice, numbers it when the
 * organisation numbers its own invoices, and queues the push in the same transaction. Every transition is
 * audited with the acting user. Runs in the caller's transaction.
 */
public final class InvoiceLifecycle {
    private static final java.util.Set<OutboxState> UNSENT = java.util.EnumSet.of(OutboxState.PENDING, OutboxState.FAILED,
            OutboxState.REJECTED);

    private InvoiceLifecycle() {
    }

    /** An invoice that could not be approved in a batch approval, and why. */
    public record Refusal(long invoiceId, String reason) {
    }

    public record Approval(List<Long> approved, List<Refusal> refused) {
    }

    /** Approves one invoice; refuses (throws) if it cannot be. */
    public static void approve(Session session, long invoiceId) {
        approveOne(session, load(session, invoiceId), organization(session));
    }

    /**
     * Approves each of {@code invoiceIds} that can be; the rest are returned with their reason (a missing contact
     * mapping must not hold up the month-end of 199 other clients).
     */
    public static Approval approveAll(Session session, List<Long> invoiceIds) {
        Organization organization = organization(session);
        List<Long> approved = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (long id : invoiceIds) {
            GeneratedInvoice invoice = load(session, id);
            try {
                approveOne(session, invoice, organization);
                approved.add(id);
            } catch (ConflictException | InvalidInputException e) {
                refused.add(new Refusal(id, e.getMessage()));
            }
        }
        return new Approval(approved, refused);
    }

    public static List<Long> drafts(Session session, Period period) {
        return session.createSelectionQuery("select id from GeneratedInvoice where period = :p and status = :draft "
                        + "order by id", Long.class)
                .setParameter("p", period.toString())
                .setParameter("draft", InvoiceStatus.DRAFT)
                .getResultList();
    }

    private static void approveOne(Session session, GeneratedInvoice invoice, Organization organization) {
        requireDraft(invoice, "approved");
        List<GeneratedInvoiceLine> lines = DraftInvoices.lines(session, invoice.getId());
        if (lines.isEmpty()) {
            throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " has no lines: nothing to approve.");
        }
        if (invoice.getTotal().signum() < 0) {
            throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " totals "
                    + invoice.getTotal().toPlainString() + ": an invoice cannot be negative; raise a credit note instead.");
        }
        ExternalSystem system = invoice.getTargetSystem() != null ? invoice.getTargetSystem()
                : organization != null ? organization.getBillingSystem() : ExternalSystem.XERO;
        PushQueue.Prepared push = PushQueue.prepare(session, invoice, lines, system);
        if (organization != null && organization.getInvoiceNumbering() == InvoiceNumbering.LOCAL
                && invoice.getInvoiceNumber() == null) {
            String prefix = organization.getInvoiceNumberPrefix() == null ? "" : organization.getInvoiceNumberPrefix();
            invoice.setInvoiceNumber(prefix + organization.getNextInvoiceNumber());
            organization.setNextInvoiceNumber(organization.getNextInvoiceNumber() + 1);
        }
        invoice.setTargetSystem(system);
        if (invoice.getIssueDate() == null) {
            // Lines added by other features (missed billing, procurement) open drafts without dates.
            Period period = Period.parse(invoice.getPeriod());
            invoice.setIssueDate(invoice.getKind() == InvoiceKind.REGULAR ? period.firstDay() : LocalDate.now());
            invoice.setDueDate(invoice.getIssueDate().plusDays(organization == null ? 14 : organization.getPaymentTermsDays()));
        }
        invoice.setStatus(InvoiceStatus.APPROVED);
        invoice.setApprovedBy(Actor.current());
        invoice.setApprovedAt(Instant.now());
        PushQueue.invoice(session, invoice, lines, push);
        AuditLog.record(session, "generated_invoice", invoice.getId(), "approve", Map.of("status", "DRAFT"),
                Map.of("status", "APPROVED", "total", invoice.getTotal(),
                        "number", invoice.getInvoiceNumber() == null ? "" : invoice.getInvoiceNumber()), null);
    }

    /**
     * Voids a draft, or an approved invoice whose push has not started (its queued push is cancelled). A pushed
     * invoice is corrected with a credit note, so that both systems keep the same history.
     */
    public static void voidInvoice(Session session, long invoiceId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Say why the invoice is voided; the reason is kept in the audit log.");
        }
        GeneratedInvoice invoice = load(session, invoiceId);
        InvoiceStatus before = invoice.getStatus();
        if (before == InvoiceStatus.APPROVED) {
            OutboxEntry entry = queuedPush(session, invoice);
            // Pending, failed or refused (rejected by the remote) pushes never created the document there.
            if (entry != null && !UNSENT.contains(entry.getState())) {
                throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " is being sent to "
                        + invoice.getTargetSystem().displayName() + " (" + entry.getState().name().toLowerCase()
                        + "); wait for the push to finish, then raise a credit note.");
            }
            if (entry != null) {
                entry.setState(OutboxState.CANCELLED);
            }
        } else if (before != InvoiceStatus.DRAFT) {
            throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " is " + before.name().toLowerCase()
                    + ": raise a credit note against it instead of voiding it.");
        }
        invoice.setStatus(InvoiceStatus.VOID);
        invoice.setVoidReason(reason);
        AuditLog.record(session, "generated_invoice", invoice.getId(), "void", Map.of("status", before.name()),
                Map.of("status", "VOID"), reason);
    }

    /** A line's editable fields on a draft; amounts and tax are recomputed, never typed. */
    public record LineEdit(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                           String taxType, String accountCode) {
    }

    public static GeneratedInvoiceLine editLine(Session session, long lineId, LineEdit edit) {
        GeneratedInvoiceLine line = session.find(GeneratedInvoiceLine.class, lineId);
        if (line == null) {
            throw new InvalidInputException("Invoice line " + lineId + " does not exist.");
        }
        GeneratedInvoice invoice = load(session, line.getInvoiceId());
        requireDraft(invoice, "edited");
        validate(edit, line.getLineNo());
        Map<String, Object> before = snapshot(line);
        line.setDescription(edit.description().trim());
        line.setQuantity(edit.quantity());
        line.setUnitPrice(InvoiceMath.unitPrice(edit.unitPrice()));
        line.setDiscountPct(edit.discountPct() == null ? BigDecimal.ZERO : edit.discountPct());
        line.setTaxType(edit.taxType() == null || edit.taxType().isBlank() ? null : edit.taxType().trim());
        line.setAccountCode(edit.accountCode() == null || edit.accountCode().isBlank() ? null : edit.accountCode().trim());
        // An edited generated line becomes the accountant's: a rerun must not silently undo the edit.
        if (GeneratedLines.generated(line)) {
            line.setSourceRef(null);
            line.setSource(LineSource.MANUAL);
        }
        DraftInvoices.price(line, invoice, Money.currency(invoice.getCurrency()));
        DraftInvoices.recomputeTotals(invoice, DraftInvoices.lines(session, invoice.getId()));
        AuditLog.record(session, "generated_invoice", invoice.getId(), "edit-line", before, snapshot(line), null);
        return line;
    }

    private static void validate(LineEdit edit, int lineNo) {
        String where = "Line " + lineNo + ": ";
        if (edit.description() == null || edit.description().isBlank()) {
            throw new InvalidInputException(where + "the description cannot be empty.");
        }
        if (edit.quantity() == null || edit.unitPrice() == null) {
            throw new InvalidInputException(where + "quantity and unit price are required.");
        }
        BigDecimal discount = edit.discountPct() == null ? BigDecimal.ZERO : edit.discountPct();
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(where + "the discount must be between 0 and 100%.");
        }
        if (edit.taxType() != null && !edit.taxType().isBlank() && !TaxRates.isKnown(edit.taxType())) {
            throw new InvalidInputException(where + "tax type '" + edit.taxType() + "' is not one of the organisation's "
                    + "tax rates.");
        }
    }

    private static Map<String, Object> snapshot(GeneratedInvoiceLine line) {
        return Map.of("description", line.getDescription(), "quantity", line.getQuantity(), "unitPrice", line.getUnitPrice(),
                "discountPct", line.getDiscountPct(), "taxType", line.getTaxType() == null ? "" : line.getTaxType(),
                "lineAmount", line.getLineAmount(), "taxAmount", line.getTaxAmount());
    }

    private static void requireDraft(GeneratedInvoice invoice, String action) {
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " is "
                    + invoice.getStatus().name().toLowerCase() + " and can no longer be " + action + ".");
        }
    }

    static OutboxEntry queuedPush(Session session, GeneratedInvoice invoice) {
        return session.createSelectionQuery("from OutboxEntry where idempotencyKey = :k", OutboxEntry.class)
                .setParameter("k", invoice.getIdempotencyKey())
                .uniqueResult();
    }

    private static GeneratedInvoice load(Session session, long invoiceId) {
        GeneratedInvoice invoice = session.find(GeneratedInvoice.class, invoiceId);
        if (invoice == null) {
            throw new InvalidInputException("Invoice " + invoiceId + " does not exist.");
        }
        return invoice;
    }

    private static Organization organization(Session session) {
        return session.createSelectionQuery("from Organization order by id", Organization.class).setMaxResults(1).uniqueResult();
    }
}
