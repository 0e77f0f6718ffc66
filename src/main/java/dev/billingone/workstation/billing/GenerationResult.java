package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a run did: counts per outcome, lines and totals per currency of the drafts it produced, the parked clients
 * with their reasons, and (for the review) one entry per client.
 */
public record GenerationResult(Period period, boolean dryRun, boolean cancelled, int clients, int created, int updated,
                               int unchanged, int adjusted, int lines, Map<String, BigDecimal> totals,
                               List<ClientReview> reviews, long millis) {

    public List<ClientReview> parked() {
        return reviews.stream().filter(r -> r.outcome() == GenerationOutcome.PARKED).toList();
    }
}
