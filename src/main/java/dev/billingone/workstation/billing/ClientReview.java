package dev.billingone.workstation.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One client's line of the review an accountant reads before approving: what the run does to the client's
 * invoice, and how it differs from last month's (new, removed and changed lines, total delta).
 */
public record ClientReview(long clientId, String clientName, GenerationOutcome outcome, String currency,
                           BigDecimal total, int lineCount, BigDecimal previousTotal, List<LineChange> changes,
                           String parkedReason) {

    public BigDecimal delta() {
        return total.subtract(previousTotal == null ? BigDecimal.ZERO : previousTotal);
    }

    public enum ChangeKind { NEW, REMOVED, CHANGED }

    public record LineChange(ChangeKind kind, String description, BigDecimal quantityBefore, BigDecimal quantityAfter,
                             BigDecimal amountBefore, BigDecimal amountAfter) {
    }
}
