package dev.billingone.workstation.dashboard;

/** Accounts-receivable aging by days past the due date. */
public enum AgingBucket {
    CURRENT("Current", Integer.MIN_VALUE, 0),
    DAYS_1_30("1–30", 1, 30),
    DAYS_31_60("31–60", 31, 60),
    DAYS_61_90("61–90", 61, 90),
    OVER_90("90+", 91, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int toDays;

    AgingBucket(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public String label() {
        return label;
    }

    public static AgingBucket of(long daysOverdue) {
        for (AgingBucket bucket : values()) {
            if (daysOverdue >= bucket.fromDays && daysOverdue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("no bucket for " + daysOverdue);
    }
}
