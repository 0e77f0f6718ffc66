package dev.billingone.workstation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private final Period november = Period.parse("2026-11");

    @Test
    void knowsItsDaysAndNeighbours() {
        assertThat(november.days()).isEqualTo(30);
        assertThat(november.firstDay()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(november.next().toString()).isEqualTo("2026-12");
        assertThat(november.previous().toString()).isEqualTo("2026-10");
        assertThat(Period.parse("2028-02").days()).isEqualTo(29);
    }

    @Test
    void proratesByDayInclusive() {
        assertThat(november.daysCovered(LocalDate.of(2026, 11, 16), null)).isEqualTo(15);
        assertThat(november.prorationFactor(LocalDate.of(2026, 11, 16), null)).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(november.daysCovered(null, LocalDate.of(2026, 11, 10))).isEqualTo(10);
        assertThat(november.prorationFactor(LocalDate.of(2025, 1, 1), null)).isEqualTo(BigDecimal.ONE);
        assertThat(november.daysCovered(LocalDate.of(2026, 12, 1), null)).isZero();
        assertThat(november.daysCovered(null, LocalDate.of(2026, 10, 31))).isZero();
    }

    @Test
    void rejectsWhatIsNotAMonthWithTheExpectedForm() {
        assertThatThrownBy(() -> Period.parse("11/2026"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("YYYY-MM");
    }
}
