package dev.billingone.workstation.triage;

import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One missed-billing item as the triage list shows it: who, what, how many seats short, and the money. */
public record MissedBillingRow(long id, long version, long clientId, String clientName, String sku, String productName,
                               String period, BigDecimal expectedQuantity, BigDecimal billedQuantity, Money missedAmount,
                               MissedBillingStatus status, LocalDate snoozeUntil) {
    public BigDecimal missingQuantity() {
        return expectedQuantity.subtract(billedQuantity);
    }
}
