package dev.billingone.workstation.triage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The snooze quick picks: the day an item comes back. */
public enum SnoozeChoice {
    TOMORROW("Tomorrow"),
    /** Next Monday: the start of the next working week, even when today is Sunday. */
    NEXT_WEEK("Next week"),
    /** The first of next month: back for the next month-end run. */
    NEXT_MONTH("Next month");

    private final String label;

    SnoozeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public LocalDate until(LocalDate today) {
        return switch (this) {
            case TOMORROW -> today.plusDays(1);
            case NEXT_WEEK -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case NEXT_MONTH -> today.with(TemporalAdjusters.firstDayOfNextMonth());
        };
    }
}
