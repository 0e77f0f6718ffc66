package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The service a recurring line bills in a period: lines billed every {@code months} months (1, 3 or 12) are
 * billed in advance in the months that fall on their cycle (counted from {@code anchor}), for the days of the
 * cycle that lie between the line's start and end. {@code factor} is the number of whole months that amounts to
 * (daily proration within each month), e.g. 17/30 for a line starting on the 14th of a 30-day month.
 */
public record ServiceWindow(LocalDate start, LocalDate end, BigDecimal factor, int months) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public static Optional<ServiceWindow> of(Period period, int months, LocalDate anchor, LocalDate start, LocalDate end) {
        Period anchorPeriod = Period.containing(anchor == null ? period.firstDay() : anchor);
        long offset = ChronoUnit.MONTHS.between(anchorPeriod.yearMonth(), period.yearMonth());
        if (months > 1 && (offset < 0 || offset % months != 0)) {
            return Optional.empty();
        }
        BigDecimal factor = BigDecimal.ZERO;
        for (int i = 0; i < months; i++) {
            factor = factor.add(period.plusMonths(i).prorationFactor(start, end));
        }
        if (factor.signum() == 0) {
            return Optional.empty();
        }
        LocalDate from = start == null || start.isBefore(period.firstDay()) ? period.firstDay() : start;
        LocalDate last = period.plusMonths(months - 1).lastDay();
        LocalDate to = end == null || end.isAfter(last) ? last : end;
        return Optional.of(new ServiceWindow(from, to, factor, months));
    }

    public boolean whole() {
        return factor.compareTo(BigDecimal.valueOf(months)) == 0;
    }

    /** "1 Nov 2026 – 30 Nov 2026", the way an accountant reads a service period on an invoice line. */
    public String describe() {
        return DAY.format(start) + " – " + DAY.format(end);
    }
}
