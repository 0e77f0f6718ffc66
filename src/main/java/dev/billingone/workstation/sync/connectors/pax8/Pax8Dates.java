package dev.billingone.workstation.sync.connectors.pax8;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Pax8 sends ISO date-times ("2026-11-01T00:00:00Z", sometimes without zone) and plain dates. */
final class Pax8Dates {
    private Pax8Dates() {
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    static LocalDate date(String text) {
        Instant instant = instant(text);
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
