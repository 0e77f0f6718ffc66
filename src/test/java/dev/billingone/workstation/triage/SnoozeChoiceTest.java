package dev.billingone.workstation.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class SnoozeChoiceTest {
    @Test
    void quickPicksFromAWednesdayAtTheEndOfAMonth() {
        LocalDate wednesday = LocalDate.of(2026, 12, 30);
        assertThat(SnoozeChoice.TOMORROW.until(wednesday)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(SnoozeChoice.NEXT_WEEK.until(wednesday)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(SnoozeChoice.NEXT_MONTH.until(wednesday)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void nextWeekFromAMondayIsTheFollowingMonday() {
        assertThat(SnoozeChoice.NEXT_WEEK.until(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Property
    void everyPickIsInTheFutureAndNoFurtherThanAMonth(@ForAll @DateRange(min = "2020-01-01", max = "2035-12-31") LocalDate today) {
        for (SnoozeChoice choice : SnoozeChoice.values()) {
            assertThat(choice.until(today)).isAfter(today).isBeforeOrEqualTo(today.plusDays(31));
        }
    }
}
