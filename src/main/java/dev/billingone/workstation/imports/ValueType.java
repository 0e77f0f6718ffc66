package dev.billingone.workstation.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a column holds: how a cell is read (with the file's locale options), written back, and compared with
 * the stored value (so that {@code 10}, {@code 10.00} and {@code $10.00} are the same price).
 */
public interface ValueType {
    /** Reads a non-blank cell. */
    Object parse(String text, CsvOptions options) throws FieldProblem;

    /** Writes a value so that {@link #parse} reads it back equal (round trip). */
    default String format(Object value) {
        return value == null ? "" : value.toString();
    }

    default boolean same(Object stored, Object imported) {
        return Objects.equals(stored, imported);
    }

    ValueType TEXT = (text, options) -> text.strip();

    ValueType DECIMAL = new ValueType() {
        @Override
        public Object parse(String text, CsvOptions options) throws FieldProblem {
            return Numbers.parseDecimal(text, options.decimalComma());
        }

        @Override
        public String format(Object value) {
            return value == null ? "" : Numbers.plain((BigDecimal) value);
        }

        @Override
        public boolean same(Object stored, Object imported) {
            if (stored == null || imported == null) {
                return stored == imported;
            }
            return ((BigDecimal) stored).compareTo((BigDecimal) imported) == 0;
        }
    };

    ValueType INTEGER = (text, options) -> {
        BigDecimal value = Numbers.parseDecimal(text, options.decimalComma());
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new FieldProblem("must be a whole number, e.g. 12");
        }
    };

    ValueType DATE = new ValueType() {
        @Override
        public Object parse(String text, CsvOptions options) throws FieldProblem {
            return Dates.parse(text, options.dateOrder());
        }

        @Override
        public String format(Object value) {
            return value == null ? "" : ((LocalDate) value).toString();
        }
    };

    ValueType BOOLEAN = choice("yes or no", Map.ofEntries(
            Map.entry("true", true), Map.entry("yes", true), Map.entry("y", true), Map.entry("1", true), Map.entry("active", true),
            Map.entry("false", false), Map.entry("no", false), Map.entry("n", false), Map.entry("0", false),
            Map.entry("inactive", false), Map.entry("archived", false)),
            value -> Boolean.TRUE.equals(value) ? "true" : "false");

    /** A value from a fixed list, accepting the spellings in {@code aliases} (compared ignoring case and punctuation). */
    static ValueType choice(String validDescription, Map<String, ?> aliases, java.util.function.Function<Object, String> writer) {
        Map<String, Object> normalised = new LinkedHashMap<>();
        aliases.forEach((alias, value) -> normalised.put(Headers.normalise(alias), value));
        return new ValueType() {
            @Override
            public Object parse(String text, CsvOptions options) throws FieldProblem {
                Object value = normalised.get(Headers.normalise(text));
                if (value == null) {
                    throw new FieldProblem("is not one of: " + validDescription);
                }
                return value;
            }

            @Override
            public String format(Object value) {
                return value == null ? "" : writer.apply(value);
            }
        };
    }

    /** An enum by its constant names, plus extra spellings. */
    static <E extends Enum<E>> ValueType enumeration(Class<E> type, Map<String, E> extraSpellings) {
        Map<String, Object> aliases = new LinkedHashMap<>();
        StringBuilder valid = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            aliases.put(constant.name(), constant);
            valid.append(valid.isEmpty() ? "" : ", ").append(constant.name());
        }
        aliases.putAll(extraSpellings);
        return choice(valid.toString(), aliases, value -> ((Enum<?>) value).name());
    }
}
