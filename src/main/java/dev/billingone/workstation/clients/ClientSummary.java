package dev.billingone.workstation.clients;

import java.math.BigDecimal;

/** One row of the Clients list: who, and how much there is to look at for them. */
public record ClientSummary(long id, String name, String email, String currency, boolean active,
                            int linkedSystems, long subscriptions, long contracts, BigDecimal outstanding) {
}
