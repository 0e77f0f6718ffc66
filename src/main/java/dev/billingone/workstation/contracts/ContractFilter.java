package dev.billingone.workstation.contracts;

import java.time.LocalDate;

/**
 * Narrows the contracts list; every field is optional. {@code text} matches contract or client name;
 * {@code renewingBy} keeps live contracts whose term ends on or before that date.
 */
public record ContractFilter(ContractStatus status, Long clientId, String text, LocalDate renewingBy) {
    public static ContractFilter all() {
        return new ContractFilter(null, null, null, null);
    }
}
