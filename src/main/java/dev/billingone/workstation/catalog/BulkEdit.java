package dev.billingone.workstation.catalog;

import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A change to many products at once: a price uplift (percent or amount, then a rounding rule), and/or a new
 * tax type, sales account or active flag. Null means "leave as is".
 */
public record BulkEdit(Uplift uplift, BigDecimal upliftValue, Rounding rounding, String taxType, String salesAccountCode,
                       Boolean active) {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    public enum Uplift {
        PERCENT, AMOUNT
    }

    /** How an uplifted price is rounded, after the currency's own rounding. */
    public enum Rounding {
        CENTS("To the cent"),
        WHOLE("To the whole unit"),
        ENDING_99("Up to .99 (e.g. 34.99)");

        private final String label;

        Rounding(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public boolean changesPrice() {
        return uplift != null && upliftValue != null;
    }

    /** The new price for an old one (null stays null). */
    public BigDecimal newPrice(BigDecimal price, String currency) {
        if (!changesPrice() || price == null) {
            return price;
        }
        BigDecimal raised = uplift == Uplift.PERCENT
                ? price.multiply(BigDecimal.ONE.add(upliftValue.movePointLeft(2)))
                : price.add(upliftValue);
        BigDecimal cents = Money.round(raised, Money.currency(currency));
        return switch (rounding == null ? Rounding.CENTS : rounding) {
            case CENTS -> cents;
            case WHOLE -> cents.setScale(0, Money.ROUNDING).setScale(cents.scale());
            case ENDING_99 -> cents.add(CENT).setScale(0, RoundingMode.CEILING).subtract(CENT).max(BigDecimal.ZERO);
        };
    }
}
