package dev.billingone.workstation.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line to add to a client's draft invoice, from whichever feature found it (missed billing, procurement, manual). */
public record NewInvoiceLine(Long productId, String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
                             BigDecimal discountPct, String taxType, String accountCode, LocalDate serviceStart,
                             LocalDate serviceEnd, LineSource source, String sourceRef) {
}
