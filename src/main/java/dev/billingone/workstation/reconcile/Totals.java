package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;

/**
 * Sums of rows in one currency. Every report (screen, PDF, CSV, JSON) totals through here, so they agree to the cent.
 * Variance is the sum of judged rows only: unmapped rows carry none.
 */
public record Totals(String currency, int rows, BigDecimal sold, BigDecimal contracted, BigDecimal expected,
                     BigDecimal billed, BigDecimal variance) {

    public static Totals of(String currency, Collection<ReconciliationRow> rows) {
        Currency code = Money.currency(currency);
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal contracted = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal variance = BigDecimal.ZERO;
        int count = 0;
        for (ReconciliationRow row : rows) {
            if (!currency.equals(row.currency())) {
                continue;
            }
            count++;
            sold = sold.add(row.soldAmount());
            contracted = contracted.add(row.contractedAmount());
            expected = expected.add(row.expectedAmount());
            billed = billed.add(row.billedAmount());
            variance = variance.add(row.amountVariance());
        }
        return new Totals(currency, count, Money.round(sold, code), Money.round(contracted, code), Money.round(expected, code),
                Money.round(billed, code), Money.round(variance, code));
    }
}
