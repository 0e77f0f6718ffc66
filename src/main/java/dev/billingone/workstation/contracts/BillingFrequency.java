package dev.billingone.workstation.contracts;

/** How often a contract line is billed. */
public enum BillingFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    BillingFrequency(int months) {
        this.months = months;
    }

    /** Months one billing covers: the divisor that turns a line's price into its value per month. */
    public int months() {
        return months;
    }
}
