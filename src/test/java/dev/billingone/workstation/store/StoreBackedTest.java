package dev.billingone.workstation.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of service tests that run the same assertions on every backend: a subclass per database says which
 * ({@link #h2} or {@link #postgres}). The database is migrated once per class (Hibernate's start-up is the slow
 * part) and emptied before each test, so every test still starts from nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreBackedTest {
    protected Store store;

    /** The database for this test class; called once. */
    protected abstract DatabaseTarget freshTarget();

    @BeforeAll
    void openStore() {
        store = Store.open(freshTarget());
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            if (store.target().isH2()) {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables) {
                    s.execute("TRUNCATE TABLE \"" + table + "\"");
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            } else {
                s.execute("TRUNCATE TABLE " + String.join(", ", tables) + " CASCADE");
            }
            c.commit();
        }
    }

    protected static DatabaseTarget h2(Path dir) {
        return TestDatabases.h2(dir);
    }

    protected static DatabaseTarget postgres() {
        return TestDatabases.freshPostgres();
    }
}
