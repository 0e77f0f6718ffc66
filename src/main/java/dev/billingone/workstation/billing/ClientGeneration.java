package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.AuditLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * One client's step of a generation run: compare the proposal with the stored invoices ({@link #decide}, no
 * writes — the dry run stops there) and write only the difference ({@link #apply}). Approved, pushed and paid
 * invoices are never changed: their difference becomes the client's adjustment draft; a voided invoice stays void.
 */
final class ClientGeneration {
    final Client client;
    final Period period;
    final ClientInvoices existing;
    /** Everything the client should be billed for the period (the proposal). */
    final List<NewInvoiceLine> proposed;
    /** The generated lines the target draft must hold: the proposal, or for an adjustment the difference. */
    final List<NewInvoiceLine> toWrite;
    final GenerationOutcome outcome;
    /** The lines the resulting draft holds (regular or adjustment), for totals and the review. */
    final List<NewInvoiceLine> resultingLines;

    private ClientGeneration(Client client, Period period, ClientInvoices existing, List<NewInvoiceLine> proposed,
                             List<NewInvoiceLine> toWrite, GenerationOutcome outcome, List<NewInvoiceLine> resultingLines) {
        this.client = client;
        this.period = period;
        this.existing = existing;
        this.proposed = proposed;
        this.toWrite = toWrite;
        this.outcome = outcome;
        this.resultingLines = resultingLines;
    }

    static ClientGeneration decide(Client client, Period period, ClientInvoices existing, List<NewInvoiceLine> proposed,
                                   Organization organization) {
        GeneratedInvoice regular = existing.regular();
        if (regular == null) {
            return new ClientGeneration(client, period, existing, proposed, proposed,
                    proposed.isEmpty() ? GenerationOutcome.NOTHING_TO_BILL : GenerationOutcome.CREATED, proposed);
        }
        if (regular.getStatus() == InvoiceStatus.VOID) {
            return new ClientGeneration(client, period, existing, proposed, List.of(), GenerationOutcome.UNCHANGED, List.of());
        }
        if (regular.getStatus() == InvoiceStatus.DRAFT) {
            List<GeneratedInvoiceLine> stored = existing.linesOf(regular);
            List<GeneratedInvoiceLine> generatedStored = stored.stream().filter(GeneratedLines::generated).toList();
            List<NewInvoiceLine> resulting = new ArrayList<>(proposed);
            stored.stream().filter(l -> !GeneratedLines.generated(l)).map(GeneratedLines::toNew).forEach(resulting::add);
            boolean same = GeneratedLines.same(generatedStored, proposed) && headerMatches(regular, client, period, organization);
            return new ClientGeneration(client, period, existing, proposed, proposed,
                    same ? GenerationOutcome.UNCHANGED : GenerationOutcome.UPDATED, resulting);
        }
        List<GeneratedInvoiceLine> billed = new ArrayList<>();
        for (GeneratedInvoice invoice : existing.invoices) {
            if (invoice.getStatus() != InvoiceStatus.VOID && invoice.getStatus() != InvoiceStatus.DRAFT) {
                existing.linesOf(invoice).stream().filter(GeneratedLines::generated).forEach(billed::add);
            }
        }
        List<NewInvoiceLine> delta = GeneratedLines.delta(billed, proposed);
        GeneratedInvoice draft = existing.adjustmentDraft();
        List<GeneratedInvoiceLine> draftGenerated = existing.linesOf(draft).stream().filter(GeneratedLines::generated).toList();
        boolean same = GeneratedLines.same(draftGenerated, delta);
        List<NewInvoiceLine> resulting = new ArrayList<>(delta);
        existing.linesOf(draft).stream().filter(l -> !GeneratedLines.generated(l)).map(GeneratedLines::toNew).forEach(resulting::add);
        return new ClientGeneration(client, period, existing, proposed, delta,
                same ? GenerationOutcome.UNCHANGED : GenerationOutcome.ADJUSTED, resulting);
    }

    private static boolean headerMatches(GeneratedInvoice invoice, Client client, Period period, Organization organization) {
        return invoice.getCurrency().equals(client.getCurrency())
                && invoice.getLineAmountTypes() == client.getTaxTreatment()
                && Objects.equals(invoice.getIssueDate(), period.firstDay())
                && Objects.equals(invoice.getDueDate(), dueDate(period, organization));
    }

    static LocalDate dueDate(Period period, Organization organization) {
        return period.firstDay().plusDays(organization == null ? 14 : organization.getPaymentTermsDays());
    }

    /** Writes the decision in the caller's transaction. */
    void apply(Session session, Organization organization) {
        switch (outcome) {
            case CREATED -> {
                GeneratedInvoice invoice = DraftInvoices.create(session, client, period, InvoiceKind.REGULAR, 0);
                header(invoice, organization);
                replaceGeneratedLines(session, invoice, List.of(), toWrite);
                AuditLog.record(session, "generated_invoice", invoice.getId(), "generate", null, summary(invoice), null);
            }
            case UPDATED -> {
                GeneratedInvoice invoice = existing.regular();
                Map<String, Object> before = summary(invoice);
                header(invoice, organization);
                replaceGeneratedLines(session, invoice, existing.linesOf(invoice), toWrite);
                AuditLog.record(session, "generated_invoice", invoice.getId(), "regenerate", before, summary(invoice), null);
            }
            case ADJUSTED -> {
                GeneratedInvoice draft = existing.adjustmentDraft();
                if (draft == null) {
                    draft = DraftInvoices.openDraft(session, client.getId(), period);
                    header(draft, organization);
                }
                Map<String, Object> before = summary(draft);
                replaceGeneratedLines(session, draft, existing.linesOf(draft), toWrite);
                AuditLog.record(session, "generated_invoice", draft.getId(), "propose-adjustment", before, summary(draft),
                        "the period's invoice is already " + existing.regular().getStatus().name().toLowerCase());
            }
            default -> {
            }
        }
    }

    private void header(GeneratedInvoice invoice, Organization organization) {
        invoice.setCurrency(client.getCurrency());
        invoice.setLineAmountTypes(client.getTaxTreatment());
        invoice.setIssueDate(period.firstDay());
        invoice.setDueDate(dueDate(period, organization));
        invoice.setTargetSystem(organization == null ? null : organization.getBillingSystem());
    }

    /**
     * Generated lines take the proposal's order and values (updated in place where the key matches, so line ids
     * stay stable for credit notes and the UI); kept lines follow in their order. An invoice left with no line
     * at all is deleted, so nothing empty is ever approved.
     */
    private static void replaceGeneratedLines(Session session, GeneratedInvoice invoice, List<GeneratedInvoiceLine> stored,
                                              List<NewInvoiceLine> proposed) {
        Map<String, GeneratedInvoiceLine> reusable = new HashMap<>();
        List<GeneratedInvoiceLine> kept = new ArrayList<>();
        for (GeneratedInvoiceLine line : stored) {
            if (GeneratedLines.generated(line) && !reusable.containsKey(GeneratedLines.key(line))) {
                reusable.put(GeneratedLines.key(line), line);
            } else if (GeneratedLines.generated(line)) {
                session.remove(line);
            } else {
                kept.add(line);
            }
        }
        Currency currency = Money.currency(invoice.getCurrency());
        List<GeneratedInvoiceLine> result = new ArrayList<>();
        int lineNo = 0;
        for (NewInvoiceLine wanted : proposed) {
            GeneratedInvoiceLine line = reusable.remove(GeneratedLines.key(wanted));
            if (line == null) {
                line = new GeneratedInvoiceLine();
                line.setInvoiceId(invoice.getId());
                GeneratedLines.copy(wanted, line);
                line.setLineNo(++lineNo);
                DraftInvoices.price(line, invoice, currency);
                session.persist(line);
            } else {
                if (!GeneratedLines.same(line, wanted)) {
                    GeneratedLines.copy(wanted, line);
                }
                if (line.getLineNo() != ++lineNo) {
                    line.setLineNo(lineNo);
                }
                DraftInvoices.price(line, invoice, currency);
            }
            result.add(line);
        }
        reusable.values().forEach(session::remove);
        for (GeneratedInvoiceLine line : kept) {
            if (line.getLineNo() != ++lineNo) {
                line.setLineNo(lineNo);
            }
            DraftInvoices.price(line, invoice, currency);
            result.add(line);
        }
        if (result.isEmpty()) {
            AuditLog.record(session, "generated_invoice", invoice.getId(), "delete-empty", summary(invoice), null,
                    "nothing left to bill");
            session.remove(invoice);
            return;
        }
        DraftInvoices.recomputeTotals(invoice, result);
    }

    private static Map<String, Object> summary(GeneratedInvoice invoice) {
        return Map.of("status", invoice.getStatus().name(), "kind", invoice.getKind().name(),
                "subtotal", invoice.getSubtotal(), "tax", invoice.getTotalTax(), "total", invoice.getTotal());
    }

    BigDecimal resultingTotal() {
        Currency currency = Money.currency(client.getCurrency());
        return GeneratedLines.totalOf(resultingLines, client.getTaxTreatment(), currency);
    }
}
