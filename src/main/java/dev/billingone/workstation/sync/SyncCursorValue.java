package dev.billingone.workstation.sync;

import java.time.Instant;

/**
 * The position of a sync: {@code since} = the watermark of the last completed run (changes after it are read),
 * {@code page} = the next page of the run in progress (null when no run is in progress), {@code high} = the
 * newest change seen so far in this run, which becomes {@code since} when the run completes. Stored as text in
 * {@link SyncCursor#getCursorValue()}: {@code since|page|high}.
 */
public record SyncCursorValue(Instant since, Integer page, Instant high) {
    public static final SyncCursorValue START = new SyncCursorValue(null, null, null);

    public static SyncCursorValue parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        String[] parts = text.split("\\|", -1);
        return new SyncCursorValue(instant(parts, 0), parts.length > 1 && !parts[1].isEmpty() ? Integer.valueOf(parts[1]) : null,
                instant(parts, 2));
    }

    private static Instant instant(String[] parts, int index) {
        return parts.length > index && !parts[index].isEmpty() ? Instant.parse(parts[index]) : null;
    }

    public String format() {
        return (since == null ? "" : since.toString()) + "|" + (page == null ? "" : page) + "|"
                + (high == null ? "" : high.toString());
    }

    /** The page to read now, given the first page number of the API (Xero 1, Pax8 0). */
    public int pageOr(int first) {
        return page == null ? first : page;
    }

    /** The next page of the same run, remembering the newest change seen. */
    public SyncCursorValue nextPage(int nextPage, Instant newestSeen) {
        return new SyncCursorValue(since, nextPage, max(high, newestSeen));
    }

    /** The run is complete: the newest change seen becomes the watermark for the next run. */
    public SyncCursorValue completed(Instant newestSeen) {
        Instant newest = max(high, newestSeen);
        return new SyncCursorValue(newest == null ? since : max(since, newest), null, null);
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** For people: "since 2026-11-01T10:00:00Z, page 4 in progress". */
    public String describe() {
        String text = since == null ? "full" : "since " + since;
        return page == null ? text : text + ", page " + page + " in progress";
    }
}
