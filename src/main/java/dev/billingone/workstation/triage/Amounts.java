package dev.billingone.workstation.triage;

import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Totals kept per currency: an MSP billing in AUD and NZD gets two figures, never one meaningless sum. */
public record Amounts(List<Money> perCurrency) {
    public Amounts {
        perCurrency = List.copyOf(perCurrency);
    }

    public static Amounts none() {
        return new Amounts(List.of());
    }

    /** Sums {@code amount} by {@code currency} code; rounding happens once per currency, at the end. */
    public static Amounts sum(Map<String, BigDecimal> byCurrency) {
        return new Amounts(new TreeMap<>(byCurrency).entrySet().stream()
                .map(e -> Money.of(e.getValue(), e.getKey())).toList());
    }

    /** One amount as the lists show it: "AUD 1,234.50". */
    public static String describe(Money money) {
        return new Amounts(List.of(money)).describe();
    }

    /** "AUD 1,234.50 + NZD 80.00", or "0" when there is nothing. */
    public String describe() {
        if (perCurrency.isEmpty()) {
            return "0";
        }
        return perCurrency.stream().map(m -> m.currencyCode() + " " + String.format("%,." + m.amount().scale() + "f", m.amount()))
                .collect(Collectors.joining(" + "));
    }

    /** The largest single-currency total, compared with a threshold in the same currency by notifications. */
    public BigDecimal in(String currency) {
        return perCurrency.stream().filter(m -> m.currencyCode().equals(currency)).map(Money::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
