package dev.billingone.workstation.sync;

import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Files;

/**
 * One real H2 database per test class (opening and migrating one per test costs seconds on a busy machine);
 * {@link #clean()} empties the tables sync writes to, so every test starts from nothing.
 */
public final class SyncTestStore {
    private static final String[] TABLES = {"invoice_snapshot_line", "invoice_snapshot", "sync_cursor", "outbox_entry",
            "external_account", "subscription", "vendor_product", "audit_event", "tax_rate", "credit_note_snapshot",
            "vendor_invoice_item", "vendor_invoice"};

    private SyncTestStore() {
    }

    public static Store open() throws Exception {
        return Store.open(TestDatabases.h2(Files.createTempDirectory("sync-test")));
    }

    public static void clean(Store store) {
        store.write(session -> session.doWork(connection -> {
            try (var statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
        }));
    }

}
