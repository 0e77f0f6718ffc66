package dev.billingone.workstation.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A billing month, written YYYY-MM; the unit in which invoices are generated and reconciled. */
public final class Period implements Comparable<Period> {
    /** Precision for proration ratios; rounding to money happens later, once, in {@link Money}. */
    public static final MathContext RATIO_PRECISION = MathContext.DECIMAL64;

    private final YearMonth month;

    private Period(YearMonth month) {
        this.month = Objects.requireNonNull(month);
    }

    public static Period of(int year, int month) {
        return new Period(YearMonth.of(year, month));
    }

    public static Period of(YearMonth month) {
        return new Period(month);
    }

    public static Period containing(LocalDate date) {
        return new Period(YearMonth.from(date));
    }

    public static Period parse(String text) {
        try {
            return new Period(YearMonth.parse(Objects.requireNonNull(text, "period").trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Period '" + text + "' is not a month: write it as YYYY-MM, e.g. 2026-11.");
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public int days() {
        return month.lengthOfMonth();
    }

    public Period previous() {
        return new Period(month.minusMonths(1));
    }

    public Period next() {
        return new Period(month.plusMonths(1));
    }

    public Period plusMonths(int months) {
        return new Period(month.plusMonths(months));
    }

    public YearMonth yearMonth() {
        return month;
    }

    public boolean contains(LocalDate date) {
        return YearMonth.from(date).equals(month);
    }

    /**
     * Days of this period covered by [start, end] (both inclusive; null means open-ended).
     * Zero when the range lies outside the period.
     */
    public int daysCovered(LocalDate start, LocalDate end) {
        LocalDate from = start == null || start.isBefore(firstDay()) ? firstDay() : start;
        LocalDate to = end == null || end.isAfter(lastDay()) ? lastDay() : end;
        if (to.isBefore(from)) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Fraction of the period covered by [start, end], for daily proration: 1 for a whole month. */
    public BigDecimal prorationFactor(LocalDate start, LocalDate end) {
        int covered = daysCovered(start, end);
        if (covered == days()) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(days()), RATIO_PRECISION);
    }

    @Override
    public int compareTo(Period o) {
        return month.compareTo(o.month);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.month.equals(month);
    }

    @Override
    public int hashCode() {
        return month.hashCode();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
