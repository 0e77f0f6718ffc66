package dev.billingone.workstation.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options every command accepts (see docs/cli.md), gathered once from the command line. */
public final class GlobalOptions {
    private Path dataDir;
    private String db;
    private String dbUser;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private boolean json;
    private boolean verbose;

    public Path dataDir() {
        return dataDir;
    }

    public String db() {
        return db;
    }

    public String dbUser() {
        return dbUser;
    }

    public Map<String, String> overrides() {
        return overrides;
    }

    public boolean json() {
        return json;
    }

    public boolean verbose() {
        return verbose;
    }

    public void setDataDirFromCli(Path dataDir) {
        this.dataDir = dataDir;
    }

    public void setDbFromCli(String db) {
        this.db = db;
    }

    public void setDbUserFromCli(String dbUser) {
        this.dbUser = dbUser;
    }

    public void setFromCli(String key, String value) {
        overrides.put(key, value);
    }

    public void setJsonFromCli(boolean json) {
        this.json = json;
    }

    public void setVerboseFromCli(boolean verbose) {
        this.verbose = verbose;
    }
}
