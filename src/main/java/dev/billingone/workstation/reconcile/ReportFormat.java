package dev.billingone.workstation.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** How reports print numbers: amounts at the currency's decimals with thousands separators, quantities up to 4 decimals. */
public final class ReportFormat {
    private ReportFormat() {
    }

    public static String amount(BigDecimal amount, String currency) {
        int scale = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    public static String quantity(BigDecimal quantity) {
        BigDecimal plain = quantity.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }
}
