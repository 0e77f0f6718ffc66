package dev.billingone.workstation.monthend;

import java.util.List;
import java.util.Locale;

/** The steps of a month-end, in the order they run. */
public enum MonthEndStep {
    SYNC, RECONCILE, GENERATE, APPROVE, PUSH, REPORTS;

    /** The steps of a run: approve and push only when asked to push. */
    public static List<MonthEndStep> plan(boolean push) {
        return push ? List.of(values()) : List.of(SYNC, RECONCILE, GENERATE, REPORTS);
    }

    /** As scripts and people see it: {@code sync}, {@code push}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
