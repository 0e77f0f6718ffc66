package dev.billingone.workstation.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;

/**
 * What a contract is worth: each line's price (its own, or the catalog's when it has none) less its discount,
 * spread per month over its billing frequency. Exact BigDecimal arithmetic throughout, rounded once, by Money.
 */
public final class ContractPricing {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ContractPricing() {
    }

    /** The price the line bills at: its own, else the product's catalog price, else zero. */
    public static BigDecimal unitPrice(ContractLine line, Product product) {
        if (line.getUnitPrice() != null) {
            return line.getUnitPrice();
        }
        return product == null || product.getUnitPrice() == null ? BigDecimal.ZERO : product.getUnitPrice();
    }

    /** Value per month of the lines still running on {@code asOf} (a line ended before it counts for nothing). */
    public static Money monthlyValue(Collection<ContractLine> lines, Map<Long, Product> products, Currency currency,
                                     LocalDate asOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ContractLine line : lines) {
            if (line.getEndDate() != null && line.getEndDate().isBefore(asOf)) {
                continue;
            }
            sum = sum.add(lineMonthlyValue(line, unitPrice(line, products.get(line.getProductId()))));
        }
        return Money.of(sum, currency);
    }

    private static BigDecimal lineMonthlyValue(ContractLine line, BigDecimal unitPrice) {
        BigDecimal discount = line.getDiscountPct() == null ? BigDecimal.ZERO : line.getDiscountPct();
        return line.getQuantity().multiply(unitPrice)
                .multiply(HUNDRED.subtract(discount))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(line.getBillingFrequency().months())), MathContext.DECIMAL128);
    }
}
