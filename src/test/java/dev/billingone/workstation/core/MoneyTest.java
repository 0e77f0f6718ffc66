package dev.billingone.workstation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void holdsTheCurrencyScaleAndRoundsHalfUp() {
        assertThat(Money.of("10.005", "AUD").toPlainString()).isEqualTo("10.01");
        assertThat(Money.of("10.004", "AUD").toPlainString()).isEqualTo("10.00");
        assertThat(Money.of("1234.5", "USD").toPlainString()).isEqualTo("1234.50");
        assertThat(Money.of("1500.5", "JPY").toPlainString()).isEqualTo("1501");
    }

    @Test
    void addsAndMultipliesWithoutFloatingPoint() {
        Money tenCents = Money.of("0.10", "AUD");
        Money sum = Money.zero("AUD");
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(tenCents);
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "AUD"));
        assertThat(Money.of("36.30", "AUD").times(new BigDecimal("0.3333")).toPlainString()).isEqualTo("12.10");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "AUD").plus(Money.of("1", "NZD")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("AUD").hasMessageContaining("NZD");
    }

    @Test
    void unknownCurrencyIsInvalidInputWithAHint() {
        assertThatThrownBy(() -> Money.of("1", "XYZ1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ISO 4217");
    }

    @Property
    void plusThenMinusIsIdentity(@ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal a,
                                 @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal b) {
        Money x = Money.of(a, "AUD");
        Money y = Money.of(b, "AUD");
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).amount().scale()).isEqualTo(2);
    }
}
