package dev.billingone.workstation.sync.connectors.qbo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** QBO dates: "2026-11-01" and "2026-11-01T10:15:30-07:00". */
final class QboDates {
    private QboDates() {
    }

    static Instant instant(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.substring(0, 10));
    }
}
