package dev.billingone.workstation.ui.reconcile;

import dev.billingone.workstation.reconcile.ReconciliationRow;
import dev.billingone.workstation.reconcile.Totals;
import java.math.BigDecimal;

/** A line of the reconciliation tree: one row, or a group heading carrying its subtotal. */
record ReconciliationLine(String group, ReconciliationRow row, Totals totals) {

    static ReconciliationLine of(ReconciliationRow row) {
        return new ReconciliationLine(null, row, null);
    }

    static ReconciliationLine group(String label, Totals totals) {
        return new ReconciliationLine(label, null, totals);
    }

    boolean isGroup() {
        return row == null;
    }

    String first() {
        return isGroup() ? group + " (" + totals.rows() + ")" : row.clientName();
    }

    String currency() {
        return isGroup() ? totals.currency() : row.currency();
    }

    BigDecimal sold() {
        return isGroup() ? totals.sold() : row.soldAmount();
    }

    BigDecimal expected() {
        return isGroup() ? totals.expected() : row.expectedAmount();
    }

    BigDecimal billed() {
        return isGroup() ? totals.billed() : row.billedAmount();
    }

    BigDecimal variance() {
        return isGroup() ? totals.variance() : row.amountVariance();
    }
}
