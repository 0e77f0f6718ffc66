package dev.billingone.workstation.reconcile;

/** How a client × product row of a period compares: what should have been billed against what was. */
public enum ReconciliationStatus {
    MATCHED("Matched"),
    UNDER_BILLED("Under-billed"),
    OVER_BILLED("Over-billed"),
    UNBILLED("Unbilled"),
    /** The client or product is not mapped yet, so the row cannot be judged; the mapping workbench fixes it. */
    UNMAPPED("Unmapped");

    private final String label;

    ReconciliationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rows that become missed-billing items. */
    public boolean isMissedBilling() {
        return this == UNDER_BILLED || this == UNBILLED;
    }
}
