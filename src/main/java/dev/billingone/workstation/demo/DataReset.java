package dev.billingone.workstation.demo;

import dev.billingone.workstation.store.Store;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Empties every table of the organisation (for {@code demo --replace}), keeping the schema and its history. */
final class DataReset {
    private DataReset() {
    }

    static void eraseAll(Store store) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = tables(c);
            if (store.target().isPostgres()) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables) {
                    s.execute("TRUNCATE TABLE " + table);
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase the existing organisation: " + e.getMessage(), e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
