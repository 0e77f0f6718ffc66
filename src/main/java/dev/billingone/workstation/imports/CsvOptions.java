package dev.billingone.workstation.imports;

import java.nio.charset.Charset;

/**
 * How to read a file when auto-detection is not wanted: encoding and delimiter (null = detect), decimal comma
 * ({@code 1.234,50}), and the date format for day/month dates (null = only unambiguous dates are accepted).
 */
public record CsvOptions(Charset encoding, Character delimiter, boolean decimalComma, DateOrder dateOrder) {
    public static final CsvOptions DETECT = new CsvOptions(null, null, false, null);

    /** Which way round slashed dates are written. */
    public enum DateOrder {
        DAY_FIRST("dd/MM/yyyy"),
        MONTH_FIRST("MM/dd/yyyy");

        private final String pattern;

        DateOrder(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }

        public static DateOrder fromPattern(String text) {
            for (DateOrder order : values()) {
                if (order.pattern.equalsIgnoreCase(text.trim())) {
                    return order;
                }
            }
            throw new IllegalArgumentException("Unknown date format '" + text + "': use dd/MM/yyyy or MM/dd/yyyy.");
        }
    }

    public CsvOptions withDecimalComma(boolean value) {
        return new CsvOptions(encoding, delimiter, value, dateOrder);
    }
}
