package dev.billingone.workstation.store;

import java.nio.file.Path;

/**
 * Where the data lives: the embedded H2 file in the data dir (default), or a team PostgreSQL server.
 * H2 runs with AUTO_SERVER so a month-end CLI job can work on the file while the GUI has it open.
 */
public record DatabaseTarget(String jdbcUrl, String user, String password, Path h2File) {

    public static final String H2_FILE_NAME = "billingone";

    public static DatabaseTarget h2(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(H2_FILE_NAME);
        return new DatabaseTarget("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "", file);
    }

    public static DatabaseTarget of(String jdbcUrl, String user, String password) {
        return new DatabaseTarget(jdbcUrl, user, password == null ? "" : password, null);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for messages and the status bar. */
    public String describe() {
        if (h2File != null) {
            return "H2 " + h2File + ".mv.db";
        }
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }

    @Override
    public String toString() {
        return describe();
    }
}
