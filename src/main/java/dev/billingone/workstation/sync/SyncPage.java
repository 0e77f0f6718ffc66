package dev.billingone.workstation.sync;

import java.util.List;

/** One page of records and the cursor that follows it; {@code last} when nothing more is to be read. */
public record SyncPage<T>(List<T> records, SyncCursorValue next, boolean last) {
    public SyncPage {
        records = List.copyOf(records);
    }
}
