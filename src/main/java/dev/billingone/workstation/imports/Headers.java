package dev.billingone.workstation.imports;

import java.util.Locale;

/** Header names compared the forgiving way: case, spaces, punctuation and Xero's required-column '*' ignored. */
public final class Headers {
    private Headers() {
    }

    public static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
