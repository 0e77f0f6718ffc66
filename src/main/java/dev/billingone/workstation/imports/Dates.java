package dev.billingone.workstation.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO dates always; slashed dates ({@code 03/04/2026}) only when the day/month order is given or the date
 * itself shows it (a part above 12) — an accountant's 3 April must never silently become 4 March.
 */
final class Dates {
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private Dates() {
    }

    static LocalDate parse(String raw, CsvOptions.DateOrder order) throws FieldProblem {
        String text = raw.strip();
        int space = text.indexOf(' ');
        if (space > 0 && text.indexOf('T') < 0) {
            text = text.substring(0, space);
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException notIso) {
            // fall through to slashed dates
        }
        Matcher m = SLASHED.matcher(text);
        if (!m.matches()) {
            throw new FieldProblem("is not a date: use 2026-04-03 (or dd/MM/yyyy, MM/dd/yyyy)");
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        CsvOptions.DateOrder chosen = order;
        if (chosen == null) {
            if (first > 12 && second <= 12) {
                chosen = CsvOptions.DateOrder.DAY_FIRST;
            } else if (second > 12 && first <= 12) {
                chosen = CsvOptions.DateOrder.MONTH_FIRST;
            } else if (first == second) {
                chosen = CsvOptions.DateOrder.DAY_FIRST;
            } else {
                throw new FieldProblem("is ambiguous (" + describe(year, second, first) + " or " + describe(year, first, second)
                        + "): choose the date format dd/MM/yyyy or MM/dd/yyyy");
            }
        }
        try {
            return chosen == CsvOptions.DateOrder.DAY_FIRST ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (DateTimeException e) {
            throw new FieldProblem("is not a real date in " + chosen.pattern() + " (e.g. 31/04 does not exist)");
        }
    }

    private static String describe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
        } catch (DateTimeException e) {
            return day + "/" + month + "/" + year;
        }
    }
}
