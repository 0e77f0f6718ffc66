package dev.billingone.workstation.sync.connectors.xero;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Xero's JSON dates: "/Date(1573755038314+0000)/" (x-is-msdate) or ISO strings ("2026-11-01T00:00:00"). */
final class XeroDates {
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final DateTimeFormatter IF_MODIFIED_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private XeroDates() {
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher ms = MS_DATE.matcher(text.trim());
        if (ms.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(ms.group(1)));
        }
        String iso = text.trim();
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return Instant.parse(iso.endsWith("Z") ? iso : java.time.OffsetDateTime.parse(iso).toInstant().toString());
        }
        return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC)
                : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    }

    static LocalDate date(String text) {
        Instant instant = instant(text);
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Xero wants UTC to the second, without zone. */
    static String ifModifiedSince(Instant since) {
        return IF_MODIFIED_SINCE.format(since.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }
}
