package dev.billingone.workstation.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A missed-billing item with the names a list shows beside it. */
public record MissedBillingEntry(long id, long clientId, String clientName, long productId, String sku, String productName,
                                 String period, String source, BigDecimal expectedQuantity, BigDecimal billedQuantity,
                                 BigDecimal expectedAmount, BigDecimal billedAmount, BigDecimal shortfall, String currency,
                                 MissedBillingStatus status, LocalDate snoozeUntil, String reason, String decidedBy,
                                 Instant decidedAt, Long appliedLineId, String applyBatch) {

    static MissedBillingEntry of(MissedBillingItem item, String clientName, String sku, String productName) {
        return new MissedBillingEntry(item.getId(), item.getClientId(), clientName, item.getProductId(), sku, productName,
                item.getPeriod(), item.getSource(), item.getExpectedQuantity(), item.getBilledQuantity(),
                item.getExpectedAmount(), item.getBilledAmount(), item.shortfallAmount(), item.getCurrency(), item.getStatus(),
                item.getSnoozeUntil(), item.getReason(), item.getDecidedBy(), item.getDecidedAt(), item.getAppliedLineId(),
                item.getApplyBatch());
    }
}
