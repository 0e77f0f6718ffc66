package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.imports.ExportService;
import dev.billingone.workstation.imports.ImportKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export KIND FILE [--preset P]}: the same kinds and presets as import, round-trip safe. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export catalog, clients, contracts, subscriptions or devices to CSV (importing it back changes nothing).")
public final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KIND", description = "catalog, clients, contracts, subscriptions or devices")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path file;

    @Option(names = "--preset", paramLabel = "P", description = "Columns as in this preset (default: our own format), e.g. xero-items.")
    String preset;

    public ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ImportKind importKind = ImportKind.fromCli(kind);
        int rows = new ExportService(context.workstation().store()).export(importKind, file, preset);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", importKind.cliName());
        json.put("file", file.toAbsolutePath().toString());
        json.put("rows", rows);
        context.result(json, String.format("Exported %,d %s rows to %s.", rows, importKind.cliName(), file.toAbsolutePath()));
        return 0;
    }
}
