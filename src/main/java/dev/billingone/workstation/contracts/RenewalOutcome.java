package dev.billingone.workstation.contracts;

import dev.billingone.workstation.core.Money;
import java.time.LocalDate;

/** What one renewal changed: the term and the value per month, before and after. */
public record RenewalOutcome(long contractId, String contractName, LocalDate previousEnd, LocalDate newEnd,
                             Money previousMonthlyValue, Money newMonthlyValue) {
}
