package dev.billingone.workstation.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Real databases for tests: an H2 file in a temp dir, or a fresh schema on the PostgreSQL server named by
 * {@code BILLINGONE_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/billingone_test}, user and
 * password {@code postgres} unless {@code BILLINGONE_TEST_PG_USER}/{@code _PASSWORD} say otherwise).
 * Locally, PostgreSQL tests are skipped with a clear message when no server answers; CI starts one and sets
 * {@code BILLINGONE_REQUIRE_PG=true} so a missing server fails instead of skipping.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static DatabaseTarget h2(Path dir) {
        return DatabaseTarget.h2(dir);
    }

    /** A new H2 file database in a new temporary folder named after {@code name}. */
    public static DatabaseTarget freshH2(String name) {
        try {
            return DatabaseTarget.h2(java.nio.file.Files.createTempDirectory(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new, empty schema on the test PostgreSQL server (each call isolates one test class or test). */
    public static DatabaseTarget freshPostgres() {
        String url = env("BILLINGONE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/billingone_test");
        String user = env("BILLINGONE_TEST_PG_USER", "postgres");
        String password = env("BILLINGONE_TEST_PG_PASSWORD", "postgres");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            boolean required = Boolean.parseBoolean(env("BILLINGONE_REQUIRE_PG", "false"));
            if (required) {
                throw new IllegalStateException("PostgreSQL is required (BILLINGONE_REQUIRE_PG=true) but " + url
                        + " does not answer: " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL tests skipped: no server at " + url + " (" + e.getMessage()
                    + "). Start one, or set BILLINGONE_TEST_PG_URL.");
        }
        String separator = url.contains("?") ? "&" : "?";
        return DatabaseTarget.of(url + separator + "currentSchema=" + schema, user, password);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
