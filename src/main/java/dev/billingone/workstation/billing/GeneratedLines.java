package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.LineAmountTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Line arithmetic of generation: which lines a rerun owns, when a stored line equals a proposed one, and the
 * difference between what was billed and what should have been (the proposed adjustment).
 */
final class GeneratedLines {
    /** Sources that generation recomputes; every other source (missed billing, procurement, manual) is kept. */
    static final Set<LineSource> GENERATED = EnumSet.of(LineSource.CONTRACT, LineSource.SUBSCRIPTION, LineSource.DEVICE);

    private GeneratedLines() {
    }

    static boolean generated(GeneratedInvoiceLine line) {
        return GENERATED.contains(line.getSource());
    }

    static String key(LineSource source, String sourceRef, String description) {
        return source + ":" + (sourceRef != null ? sourceRef : description);
    }

    static String key(GeneratedInvoiceLine line) {
        return key(line.getSource(), line.getSourceRef(), line.getDescription());
    }

    static String key(NewInvoiceLine line) {
        return key(line.source(), line.sourceRef(), line.description());
    }

    static boolean same(GeneratedInvoiceLine stored, NewInvoiceLine proposed) {
        return Objects.equals(stored.getProductId(), proposed.productId())
                && Objects.equals(stored.getSku(), proposed.sku())
                && Objects.equals(stored.getDescription(), proposed.description())
                && equal(stored.getQuantity(), proposed.quantity())
                && equal(stored.getUnitPrice(), proposed.unitPrice())
                && equal(stored.getDiscountPct(), proposed.discountPct())
                && Objects.equals(stored.getTaxType(), proposed.taxType())
                && Objects.equals(stored.getAccountCode(), proposed.accountCode())
                && Objects.equals(stored.getServiceStart(), proposed.serviceStart())
                && Objects.equals(stored.getServiceEnd(), proposed.serviceEnd())
                && stored.getSource() == proposed.source()
                && Objects.equals(stored.getSourceRef(), proposed.sourceRef());
    }

    /** Same lines in the same order. */
    static boolean same(List<GeneratedInvoiceLine> stored, List<NewInvoiceLine> proposed) {
        if (stored.size() != proposed.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (!same(stored.get(i), proposed.get(i))) {
                return false;
            }
        }
        return true;
    }

    static void copy(NewInvoiceLine from, GeneratedInvoiceLine to) {
        to.setProductId(from.productId());
        to.setSku(from.sku());
        to.setDescription(from.description());
        to.setQuantity(from.quantity());
        to.setUnitPrice(from.unitPrice());
        to.setDiscountPct(from.discountPct() == null ? BigDecimal.ZERO : from.discountPct());
        to.setTaxType(from.taxType());
        to.setAccountCode(from.accountCode());
        to.setServiceStart(from.serviceStart());
        to.setServiceEnd(from.serviceEnd());
        to.setSource(from.source());
        to.setSourceRef(from.sourceRef());
    }

    static NewInvoiceLine toNew(GeneratedInvoiceLine line) {
        return new NewInvoiceLine(line.getProductId(), line.getSku(), line.getDescription(), line.getQuantity(),
                line.getUnitPrice(), line.getDiscountPct(), line.getTaxType(), line.getAccountCode(),
                line.getServiceStart(), line.getServiceEnd(), line.getSource(), line.getSourceRef());
    }

    /** Line amount plus tax, as the invoice total counts it in its tax mode. */
    static BigDecimal totalOf(List<NewInvoiceLine> lines, LineAmountTypes types, Currency currency) {
        BigDecimal amounts = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (NewInvoiceLine line : lines) {
            BigDecimal amount = InvoiceMath.lineAmount(line.quantity(), line.unitPrice(), line.discountPct(), currency);
            amounts = amounts.add(amount);
            tax = tax.add(InvoiceMath.lineTax(amount, line.taxType(), types, currency));
        }
        return InvoiceMath.totals(amounts, tax, types).total();
    }

    /**
     * What an adjustment must add so that billed + adjustment = proposed, per line key: a quantity change at an
     * unchanged price is one line of the difference; any other change reverses what was billed and bills the
     * proposal again, so every amount stays traceable to a line the accountant can read.
     */
    static List<NewInvoiceLine> delta(List<GeneratedInvoiceLine> billed, List<NewInvoiceLine> proposed) {
        Map<String, List<GeneratedInvoiceLine>> billedByKey = new LinkedHashMap<>();
        billed.forEach(l -> billedByKey.computeIfAbsent(key(l), k -> new ArrayList<>()).add(l));
        Map<String, NewInvoiceLine> proposedByKey = new LinkedHashMap<>();
        proposed.forEach(l -> proposedByKey.put(key(l), l));
        List<NewInvoiceLine> delta = new ArrayList<>();
        for (NewInvoiceLine wanted : proposed) {
            List<GeneratedInvoiceLine> was = billedByKey.getOrDefault(key(wanted), List.of());
            if (was.isEmpty()) {
                delta.add(wanted);
            } else if (was.stream().allMatch(l -> samePrice(l, wanted))) {
                BigDecimal billedQuantity = was.stream().map(GeneratedInvoiceLine::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal change = wanted.quantity().subtract(billedQuantity);
                if (change.signum() != 0) {
                    delta.add(withQuantity(wanted, change, "Change: "));
                }
            } else {
                was.forEach(l -> delta.add(withQuantity(toNew(l), l.getQuantity().negate(), "Reversal: ")));
                delta.add(wanted);
            }
        }
        billedByKey.forEach((key, was) -> {
            if (!proposedByKey.containsKey(key)) {
                was.forEach(l -> {
                    if (l.getQuantity().signum() != 0) {
                        delta.add(withQuantity(toNew(l), l.getQuantity().negate(), "Reversal: "));
                    }
                });
            }
        });
        return delta;
    }

    private static boolean samePrice(GeneratedInvoiceLine billed, NewInvoiceLine wanted) {
        return equal(billed.getUnitPrice(), wanted.unitPrice()) && equal(billed.getDiscountPct(), wanted.discountPct())
                && Objects.equals(billed.getTaxType(), wanted.taxType());
    }

    private static NewInvoiceLine withQuantity(NewInvoiceLine line, BigDecimal quantity, String prefix) {
        String description = line.description().startsWith(prefix) ? line.description() : prefix + line.description();
        return new NewInvoiceLine(line.productId(), line.sku(), description, quantity, line.unitPrice(), line.discountPct(),
                line.taxType(), line.accountCode(), line.serviceStart(), line.serviceEnd(), line.source(), line.sourceRef());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b || (a == null ? b.signum() == 0 : a.signum() == 0);
        }
        return a.compareTo(b) == 0;
    }
}
