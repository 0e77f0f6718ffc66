package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.store.Migrations;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TableCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code db migrate} and {@code db info}. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database maintenance.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Info.class})
public final class DbCommand {
    private final CliContext context;

    public DbCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations.")
    static final class Migrate implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        DbCommand parent;

        @Override
        public Integer call() {
            Store store = parent.context.workstation().store();
            String version = Migrations.currentVersion(store);
            parent.context.result(Map.of("database", store.target().describe(), "schemaVersion", version),
                    "Database " + store.target().describe() + " is at schema version " + version + ".");
            return 0;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print schema version and row counts.")
    static final class Info implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        DbCommand parent;

        @Override
        public Integer call() {
            Store store = parent.context.workstation().store();
            Map<String, Long> counts = TableCounts.of(store);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("database", store.target().describe());
            json.put("schemaVersion", Migrations.currentVersion(store));
            json.put("rows", counts);
            StringBuilder human = new StringBuilder("Database " + store.target().describe() + "\nSchema version "
                    + json.get("schemaVersion") + "\n");
            counts.forEach((table, count) -> human.append(String.format("  %-24s %,d%n", table, count)));
            parent.context.result(json, human.toString().stripTrailing());
            return 0;
        }
    }
}
