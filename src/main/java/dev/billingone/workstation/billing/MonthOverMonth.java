package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accountant's pre-approval review: this period's proposal against last month's invoice, line by line
 * (matched by what produced the line: the same contract line, subscription or device product).
 */
final class MonthOverMonth {
    private MonthOverMonth() {
    }

    static ClientReview review(ClientGeneration step, boolean compare, ClientInvoices previous) {
        BigDecimal total = step.resultingTotal();
        String currency = step.client.getCurrency();
        if (!compare) {
            return new ClientReview(step.client.getId(), step.client.getName(), step.outcome, currency, total,
                    step.resultingLines.size(), null, List.of(), null);
        }
        GeneratedInvoice lastRegular = previous == null ? null : previous.regular();
        List<GeneratedInvoiceLine> lastLines = previous == null ? List.of() : previous.linesOf(lastRegular);
        List<NewInvoiceLine> now = new ArrayList<>(step.proposed);
        GeneratedInvoice regular = step.existing.regular();
        if (regular != null && regular.getStatus() == InvoiceStatus.DRAFT) {
            step.existing.linesOf(regular).stream().filter(l -> !GeneratedLines.generated(l)).map(GeneratedLines::toNew).forEach(now::add);
        }
        return new ClientReview(step.client.getId(), step.client.getName(), step.outcome, currency, total,
                step.resultingLines.size(), lastRegular == null ? BigDecimal.ZERO : lastRegular.getTotal(),
                changes(lastLines, now, Money.currency(currency)), null);
    }

    private static List<ClientReview.LineChange> changes(List<GeneratedInvoiceLine> before, List<NewInvoiceLine> after,
                                                         Currency currency) {
        Map<String, GeneratedInvoiceLine> was = new LinkedHashMap<>();
        before.forEach(l -> was.putIfAbsent(GeneratedLines.key(l), l));
        List<ClientReview.LineChange> changes = new ArrayList<>();
        for (NewInvoiceLine line : after) {
            GeneratedInvoiceLine old = was.remove(GeneratedLines.key(line));
            BigDecimal amount = InvoiceMath.lineAmount(line.quantity(), line.unitPrice(), line.discountPct(), currency);
            if (old == null) {
                changes.add(new ClientReview.LineChange(ClientReview.ChangeKind.NEW, line.description(), null,
                        line.quantity(), null, amount));
            } else if (old.getQuantity().compareTo(line.quantity()) != 0 || old.getLineAmount().compareTo(amount) != 0) {
                changes.add(new ClientReview.LineChange(ClientReview.ChangeKind.CHANGED, line.description(),
                        old.getQuantity(), line.quantity(), old.getLineAmount(), amount));
            }
        }
        was.values().forEach(old -> changes.add(new ClientReview.LineChange(ClientReview.ChangeKind.REMOVED,
                old.getDescription(), old.getQuantity(), null, old.getLineAmount(), null)));
        return changes;
    }
}
