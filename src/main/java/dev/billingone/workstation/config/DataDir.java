package dev.billingone.workstation.config;

import dev.billingone.workstation.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The folder holding the H2 database, billingone.properties, logs and the token vault:
 * {@code --data-dir}, else {@code $BILLINGONE_HOME}, else {@code ~/.billingone}.
 */
public final class DataDir {
    public static final String PROPERTIES = "billingone.properties";

    private final Path path;

    private DataDir(Path path) {
        this.path = path;
    }

    public static Path resolve(Path explicit, Map<String, String> env) {
        if (explicit != null) {
            return explicit;
        }
        String home = env.get("BILLINGONE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".billingone");
    }

    /** Creates the folder if needed and proves it writable, so failures say so up front. */
    public static DataDir open(Path path) {
        Path dir = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("Cannot write to the data dir " + dir + ". Make it writable, "
                    + "or choose another with --data-dir (or $BILLINGONE_HOME).", e);
        }
        return new DataDir(dir);
    }

    public Path path() {
        return path;
    }

    public Path logs() {
        return path.resolve("logs");
    }

    public Settings settings(Map<String, String> overrides) {
        Properties properties = new Properties();
        Path file = path.resolve(PROPERTIES);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return Settings.of(properties, overrides);
    }

    /** Saves one user preference (window size, UI scale) into billingone.properties. */
    public void saveSetting(String key, String value) {
        Path file = path.resolve(PROPERTIES);
        Properties properties = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            properties.setProperty(key, value);
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "BillingOne Workstation settings");
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot save " + file + ": " + e.getMessage(), e);
        }
    }
}
