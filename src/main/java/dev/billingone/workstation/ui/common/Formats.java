package dev.billingone.workstation.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How amounts, quantities and dates look on screen (the user's locale; exact decimals, no floating point). */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Formats() {
    }

    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** " — about 40 s left" from the pace so far ({@code done} is the fraction finished, 0..1); empty at the ends. */
    public static String timeLeft(long startedNanos, double done) {
        if (!(done > 0 && done < 1)) {
            return "";
        }
        long elapsed = System.nanoTime() - startedNanos;
        Duration left = Duration.ofNanos((long) (elapsed / done * (1 - done)));
        return " — about " + (left.toSeconds() < 60 ? Math.max(1, left.toSeconds()) + " s" : left.toMinutes() + " min") + " left";
    }
}
