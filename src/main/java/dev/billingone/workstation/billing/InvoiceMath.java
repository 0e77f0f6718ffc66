package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;

/**
 * Line and tax amounts computed the way Xero does, so our totals equal theirs to the cent:
 * LineAmount = Quantity × UnitAmount × (100 − DiscountRate)/100, rounded per line; tax per line from its
 * TaxType, on the exclusive amount, or extracted from the inclusive one; NoTax means no tax.
 */
public final class InvoiceMath {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final int UNIT_PRICE_DECIMALS = 4;

    private InvoiceMath() {
    }

    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct, Currency currency) {
        BigDecimal discount = discountPct == null ? BigDecimal.ZERO : discountPct;
        BigDecimal gross = quantity.multiply(unitPrice).multiply(HUNDRED.subtract(discount)).divide(HUNDRED, MathContext.DECIMAL128);
        return Money.round(gross, currency);
    }

    /** Unit prices carry 4 decimals, as Xero keeps them with {@code unitdp=4} and QBO accepts them. */
    public static BigDecimal unitPrice(BigDecimal value) {
        return value.setScale(UNIT_PRICE_DECIMALS, Money.ROUNDING);
    }

    public static BigDecimal lineTax(BigDecimal lineAmount, String taxType, LineAmountTypes types, Currency currency) {
        if (types == LineAmountTypes.NoTax) {
            return Money.round(BigDecimal.ZERO, currency);
        }
        BigDecimal rate = TaxRates.percent(taxType);
        if (types == LineAmountTypes.Inclusive) {
            BigDecimal tax = lineAmount.multiply(rate).divide(HUNDRED.add(rate), MathContext.DECIMAL128);
            return Money.round(tax, currency);
        }
        return Money.round(lineAmount.multiply(rate).divide(HUNDRED, MathContext.DECIMAL128), currency);
    }

    /** Subtotal (excluding tax), tax and total of lines already rounded one by one. */
    public record Totals(BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
    }

    /** Totals of any lines that carry a rounded amount and tax (invoice lines, credit note lines). */
    public static <L> Totals totals(java.util.List<L> lines, java.util.function.Function<L, BigDecimal> amount,
                                    java.util.function.Function<L, BigDecimal> tax, LineAmountTypes types) {
        BigDecimal amounts = lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal taxes = lines.stream().map(tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        return totals(amounts, taxes, types);
    }

    public static Totals totals(BigDecimal sumOfLineAmounts, BigDecimal sumOfTax, LineAmountTypes types) {
        if (types == LineAmountTypes.Inclusive) {
            return new Totals(sumOfLineAmounts.subtract(sumOfTax), sumOfTax, sumOfLineAmounts);
        }
        return new Totals(sumOfLineAmounts, sumOfTax, sumOfLineAmounts.add(sumOfTax));
    }
}
