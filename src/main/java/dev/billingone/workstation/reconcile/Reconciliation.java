package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One period's reconciliation rows (sorted by client, then SKU) and the totals every report prints. */
public record Reconciliation(Period period, String baseCurrency, List<ReconciliationRow> rows) {

    /** The currencies present, the organisation's base currency first. */
    public List<String> currencies() {
        Set<String> currencies = new LinkedHashSet<>();
        if (baseCurrency != null) {
            currencies.add(baseCurrency);
        }
        rows.forEach(r -> currencies.add(r.currency()));
        return new ArrayList<>(currencies);
    }

    /** The currency the headline totals are in: the base currency, or the rows' only currency. */
    public String currency() {
        return currencies().isEmpty() ? "USD" : currencies().get(0);
    }

    public Totals totals() {
        return Totals.of(currency(), rows);
    }

    public Totals totals(Predicate<ReconciliationRow> filter) {
        return Totals.of(currency(), rows.stream().filter(filter).toList());
    }

    public Reconciliation filter(Predicate<ReconciliationRow> filter) {
        return new Reconciliation(period, baseCurrency, rows.stream().filter(filter).toList());
    }

    public Reconciliation forClient(long clientId) {
        return filter(r -> Objects.equals(r.clientId(), clientId));
    }

    public long clientCount() {
        return rows.stream().map(r -> r.clientId() != null ? "id:" + r.clientId() : "ext:" + r.clientName()).distinct().count();
    }

    /** Rows grouped (in row order) by a key such as the client name, the vendor or the status. */
    public <K> Map<K, List<ReconciliationRow>> groupBy(Function<ReconciliationRow, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    /** Totals by status in the order of {@link ReconciliationStatus}, only statuses present. */
    public Map<ReconciliationStatus, Totals> totalsByStatus() {
        Map<ReconciliationStatus, Totals> totals = new LinkedHashMap<>();
        for (ReconciliationStatus status : ReconciliationStatus.values()) {
            Totals t = totals(r -> r.status() == status);
            if (t.rows() > 0) {
                totals.put(status, t);
            }
        }
        return totals;
    }

    public Map<String, Totals> totalsByVendor() {
        Map<String, Totals> totals = new LinkedHashMap<>();
        groupBy(Reconciliation::vendorOf).keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER)
                .forEach(vendor -> totals.put(vendor, totals(r -> vendorOf(r).equals(vendor))));
        return totals;
    }

    public static String vendorOf(ReconciliationRow row) {
        return row.vendor() == null || row.vendor().isBlank() ? "(no vendor)" : row.vendor();
    }

    /** Under-billed and unbilled rows in the headline currency: what the missed-billing queue will hold. */
    public Totals missed() {
        return totals(r -> r.status().isMissedBilling());
    }

    public String format(BigDecimal amount) {
        return Money.of(amount, currency()).toPlainString();
    }
}
