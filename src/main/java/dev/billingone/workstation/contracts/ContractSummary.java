package dev.billingone.workstation.contracts;

import dev.billingone.workstation.core.Money;
import java.time.LocalDate;

/** One row of the contracts list. {@code nextRenewal} is the first day after the term, for live contracts. */
public record ContractSummary(long id, long version, long clientId, String clientName, String name, ContractStatus status,
                              LocalDate startDate, LocalDate endDate, Integer termMonths, boolean autoRenew,
                              Money monthlyValue, LocalDate nextRenewal) {
}
