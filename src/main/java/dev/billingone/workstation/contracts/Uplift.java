package dev.billingone.workstation.contracts;

import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;

/** How prices change at renewal: by a percentage (rounded to the currency's cents) or to today's catalog price. */
public sealed interface Uplift {
    /** Prices grow by {@code percent} (5 for 5%); 0 renews at the same prices. */
    record Percent(BigDecimal percent) implements Uplift {
        public Percent {
            if (percent == null || percent.signum() < 0) {
                throw new InvalidInputException("Renewal uplift must be 0% or more (to lower prices, edit the contract).");
            }
        }
    }

    /** Every renewed line takes the product's current catalog price. */
    record ToCatalogPrice() implements Uplift {
    }

    static Uplift none() {
        return new Percent(BigDecimal.ZERO);
    }
}
