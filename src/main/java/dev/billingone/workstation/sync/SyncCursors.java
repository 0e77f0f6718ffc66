package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.Store;
import java.time.Instant;
import java.util.List;

/** The cursors as the Sync screen lists them. */
public final class SyncCursors {
    private SyncCursors() {
    }

    /** One (system, resource, tenant): last success, position, records so far, last error. */
    public record Row(ExternalSystem system, String resource, String tenant, Instant lastSuccessAt, String position,
                      long records, String lastError) {
    }

    public static List<Row> list(Store store) {
        return store.read(session -> session.createSelectionQuery("from SyncCursor order by system, resource", SyncCursor.class)
                .getResultList().stream()
                .map(c -> new Row(c.getSystem(), c.getResource(), c.getTenant(), c.getLastSuccessAt(),
                        SyncCursorValue.parse(c.getCursorValue()).describe(), c.getRecords(), c.getLastError()))
                .toList());
    }
}
