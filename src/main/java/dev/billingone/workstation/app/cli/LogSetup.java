package dev.billingone.workstation.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Logs go to a file (never the console, never secrets; see {@link FileLogConfigurator}); this chooses the folder
 * before logback starts: the data dir's logs/ when it is writable, else the temp dir.
 */
public final class LogSetup {
    public static final String PROPERTY = "billingone.logdir";

    private LogSetup() {
    }

    public static void chooseFolder(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
            System.setProperty(PROPERTY, logs.toString());
        } catch (Exception e) {
            System.setProperty(PROPERTY, System.getProperty("java.io.tmpdir"));
        }
    }

    public static Path logFile() {
        return Path.of(System.getProperty(PROPERTY, System.getProperty("java.io.tmpdir")), "billingone.log");
    }
}
