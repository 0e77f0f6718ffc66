package dev.billingone.workstation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.50|1234.50", "'1,234.50'|1234.50", "$1,234.50|1234.50", "A$ 12.00|12.00", "AUD 99.95|99.95",
            "(5.00)|-5.00", "-3|-3", "£7.25|7.25", "12|12", ".5|0.5"})
    void readsDotDecimalNumbers(String text, String expected) throws FieldProblem {
        assertThat(Numbers.parseDecimal(text, false)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'1.234,50'|1234.50", "'12,5'|12.5", "€ 7,25|7.25", "'1 234,50'|1234.50", "1234|1234"})
    void readsDecimalCommaNumbers(String text, String expected) throws FieldProblem {
        assertThat(Numbers.parseDecimal(text, true)).isEqualByComparingTo(expected);
    }

    @Test
    void aDecimalCommaWithoutTheOptionSaysWhatToDo() {
        assertThatThrownBy(() -> Numbers.parseDecimal("12,50", false)).isInstanceOf(FieldProblem.class)
                .hasMessage("looks like a decimal comma (e.g. 1.234,50): import with the decimal-comma option, or write the number as 1234.50");
        assertThatThrownBy(() -> Numbers.parseDecimal("abc", false)).hasMessage("is not a number: write it like 1,234.50 or 1234.50");
        assertThatThrownBy(() -> Numbers.parseDecimal("1,2,3", false)).isInstanceOf(FieldProblem.class);
    }

    @Test
    void datesInIsoAndUnambiguousSlashedFormats() throws FieldProblem {
        assertThat(Dates.parse("2026-04-03", null)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(Dates.parse("2026-04-03T00:00:00Z", null)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(Dates.parse("25/12/2025", null)).isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(Dates.parse("12/25/2025", null)).isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(Dates.parse("03/04/2025", CsvOptions.DateOrder.DAY_FIRST)).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(Dates.parse("03/04/2025", CsvOptions.DateOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void ambiguousAndImpossibleDatesAreErrors() {
        assertThatThrownBy(() -> Dates.parse("03/04/2025", null)).isInstanceOf(FieldProblem.class)
                .hasMessage("is ambiguous (3 April 2025 or 4 March 2025): choose the date format dd/MM/yyyy or MM/dd/yyyy");
        assertThatThrownBy(() -> Dates.parse("31/04/2025", CsvOptions.DateOrder.DAY_FIRST))
                .hasMessage("is not a real date in dd/MM/yyyy (e.g. 31/04 does not exist)");
        assertThatThrownBy(() -> Dates.parse("next tuesday", null)).hasMessage("is not a date: use 2026-04-03 (or dd/MM/yyyy, MM/dd/yyyy)");
    }

    @Test
    void decimalsAreExportedPlainAndCompareByValue() {
        assertThat(Numbers.plain(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Numbers.plain(new BigDecimal("12.5000"))).isEqualTo("12.50");
        assertThat(Numbers.plain(new BigDecimal("0.12345"))).isEqualTo("0.12345");
        assertThat(ValueType.DECIMAL.same(new BigDecimal("10.0000"), new BigDecimal("10"))).isTrue();
    }
}
