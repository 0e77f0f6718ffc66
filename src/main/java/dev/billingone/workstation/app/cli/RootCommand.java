package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.app.GlobalOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code billingone [global options] [command]}: with no command, the main window opens.
 * Global options are inherited, so they may stand before or after the command.
 */
@Command(name = "billingone", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "BillingOne Workstation: month-end billing for MSPs (Pax8, Xero, QuickBooks Online).",
        footer = {"", "Exit codes: 0 done, 1 invalid input (nothing applied), 2 usage error, 3 remote system failed,",
                "4 conflict, 70 internal error (see the log)."})
public final class RootCommand implements Runnable {
    private final GlobalOptions options;
    private final Consumer<GlobalOptions> openMainWindow;

    public RootCommand(GlobalOptions options, Consumer<GlobalOptions> openMainWindow) {
        this.options = options;
        this.openMainWindow = openMainWindow;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for the H2 database, settings, logs and token vault (default ~/.billingone or $BILLINGONE_HOME).")
    void dataDir(Path dir) {
        options.setDataDirFromCli(dir);
    }

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Another database, e.g. jdbc:postgresql://host/db (password from $BILLINGONE_DB_PASSWORD).")
    void db(String url) {
        options.setDbFromCli(url);
    }

    @Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT, description = "Database user for --db.")
    void dbUser(String user) {
        options.setDbUserFromCli(user);
    }

    @Option(names = "--set", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Override one configuration property (repeatable).")
    void set(Map<String, String> values) {
        values.forEach(options::setFromCli);
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print the result as one JSON object on stdout.")
    void json(boolean json) {
        options.setJsonFromCli(json);
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    void verbose(boolean verbose) {
        options.setVerboseFromCli(verbose);
    }

    @Override
    public void run() {
        openMainWindow.accept(options);
    }
}
