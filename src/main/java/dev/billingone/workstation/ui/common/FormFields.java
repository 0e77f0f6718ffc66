package dev.billingone.workstation.ui.common;

import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;
import javafx.scene.control.TextField;

/** Reads typed numbers exactly (BigDecimal, never double); a bad entry names its field and says what to type. */
public final class FormFields {
    private FormFields() {
    }

    /** The decimal in {@code field}, or null when blank. */
    public static BigDecimal decimal(TextField field, String where) {
        String text = field.getText() == null ? "" : field.getText().trim().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ": '" + field.getText() + "' is not a number; type digits such as 12.50.");
        }
    }

    public static Integer whole(TextField field, String where) {
        BigDecimal value = decimal(field, where);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(where + ": '" + field.getText() + "' must be a whole number.");
        }
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
