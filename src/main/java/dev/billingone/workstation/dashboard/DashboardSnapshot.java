package dev.billingone.workstation.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the dashboard shows, as of one day, in the organisation's base currency. */
public record DashboardSnapshot(String organisation, LocalDate asOf, String currency, List<AttentionTile> tiles, BigDecimal outstanding,
                                Map<AgingBucket, BigDecimal> aging, List<OverdueClient> topOverdue) {

    /** A client (or an unmapped contact, by its name in the billing system) with overdue invoices. */
    public record OverdueClient(Long clientId, String name, BigDecimal overdue, int invoices, long oldestDays) {
    }
}
