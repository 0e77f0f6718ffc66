package dev.billingone.workstation.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One client × product of a period. Quantities are unit-months (a seat for half the month counts 0.5);
 * amounts are exclusive of tax and already rounded to the currency, so every total is a plain sum of rows.
 * For unmapped rows clientId or productId is null and the names are the external system's.
 *
 * @param expectedUnitPrice the monthly price per unit that the expected amount is billed at
 * @param amountVariance    expected minus billed; zero for unmapped rows, which cannot be judged
 */
public record ReconciliationRow(Long clientId, String clientName, Long productId, String sku, String productName,
                                String vendor, String currency, ReconciliationStatus status,
                                BigDecimal soldQuantity, BigDecimal soldAmount,
                                BigDecimal contractedQuantity, BigDecimal contractedAmount,
                                BigDecimal expectedQuantity, BigDecimal expectedUnitPrice, BigDecimal expectedAmount,
                                BigDecimal billedQuantity, BigDecimal billedAmount,
                                BigDecimal quantityVariance, BigDecimal amountVariance,
                                String note, List<SourceRecord> sources) {

    public boolean isMapped() {
        return clientId != null && productId != null;
    }
}
