package dev.billingone.workstation.procurement;

import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the purchase orders list; {@code unbilled} counts received client units not yet on an invoice. */
public record PurchaseOrderSummary(long id, long version, String poNumber, String supplier, PurchaseOrderStatus status,
                                   LocalDate orderDate, String clientName, Money totalCost, BigDecimal unbilled) {
}
