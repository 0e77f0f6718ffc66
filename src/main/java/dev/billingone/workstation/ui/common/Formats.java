package dev.billingone.workstation.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
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
}
