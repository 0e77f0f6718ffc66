package dev.billingone.workstation.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads amounts as accountants' spreadsheets write them: currency symbols or codes, thousands separators,
 * accounting negatives {@code (12.50)}, and the decimal comma when the file's locale uses it.
 */
final class Numbers {
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|-?\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?(\\d{1,3}([. ']\\d{3})+|\\d+)(,\\d+)?|-?,\\d+");
    private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}\\s*|\\s*[A-Z]{3}$");

    private Numbers() {
    }

    static BigDecimal parseDecimal(String raw, boolean decimalComma) throws FieldProblem {
        String text = raw.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
        boolean negative = false;
        if (text.startsWith("(") && text.endsWith(")")) {
            negative = true;
            text = text.substring(1, text.length() - 1).strip();
        }
        text = CURRENCY_CODE.matcher(text).replaceAll("");
        text = text.replaceAll("[$€£¥₹]|A\\$|NZ\\$|US\\$|C\\$", "").strip();
        if (text.startsWith("-") && negative) {
            throw invalid(decimalComma);
        }
        text = text.replaceFirst("^-\\s+", "-");
        if (!decimalComma && DOT_DECIMAL.matcher(text).matches()) {
            return signed(new BigDecimal(text.replace(",", "")), negative);
        }
        if (decimalComma && COMMA_DECIMAL.matcher(text).matches()) {
            return signed(new BigDecimal(text.replaceAll("[. ']", "").replace(',', '.')), negative);
        }
        if (!decimalComma && COMMA_DECIMAL.matcher(text).matches()) {
            throw new FieldProblem("looks like a decimal comma (e.g. 1.234,50): import with the decimal-comma option, "
                    + "or write the number as 1234.50");
        }
        throw invalid(decimalComma);
    }

    private static FieldProblem invalid(boolean decimalComma) {
        return new FieldProblem(decimalComma
                ? "is not a number: write it like 1.234,50 or 1234,50"
                : "is not a number: write it like 1,234.50 or 1234.50");
    }

    private static BigDecimal signed(BigDecimal value, boolean negative) {
        return negative ? value.negate() : value;
    }

    /** Plain text without exponent, at least two decimals so prices read naturally, no needless trailing zeros. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
