package dev.billingone.workstation.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of the domain tables, for {@code db info} and the status of a data dir. */
public final class TableCounts {
    public static final List<String> TABLES = List.of("organization", "app_user", "client", "external_account",
            "product", "vendor_product", "subscription", "device_snapshot", "contract", "contract_line",
            "invoice_snapshot", "invoice_snapshot_line", "generated_invoice", "generated_invoice_line",
            "credit_note", "purchase_order", "missed_billing_item", "sync_cursor", "outbox_entry",
            "integration_connection", "import_log", "audit_event");

    private TableCounts() {
    }

    public static Map<String, Long> of(Store store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rows: " + e.getMessage(), e);
        }
        return counts;
    }
}
