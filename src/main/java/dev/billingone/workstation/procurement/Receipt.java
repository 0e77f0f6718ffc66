package dev.billingone.workstation.procurement;

import java.math.BigDecimal;

/** Goods received against one line: into stock ({@code clientId} null) or straight to a client. */
public record Receipt(long lineId, BigDecimal quantity, Long clientId) {
}
