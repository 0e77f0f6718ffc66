package dev.billingone.workstation.contracts;

import dev.billingone.workstation.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A live contract whose term ends within the queue's horizon (negative {@code daysLeft}: already past its end). */
public record RenewalCandidate(long contractId, long version, String clientName, String contractName, LocalDate endDate,
                               long daysLeft, Integer termMonths, boolean autoRenew, BigDecimal renewalUpliftPct,
                               Money monthlyValue) {
}
