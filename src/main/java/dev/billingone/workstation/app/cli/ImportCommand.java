package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.imports.CsvOptions;
import dev.billingone.workstation.imports.ImportError;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.imports.ImportRequest;
import dev.billingone.workstation.imports.ImportResult;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.imports.Preset;
import dev.billingone.workstation.imports.RowOutcome;
import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import KIND FILE}: dry run or apply a CSV file (see docs/cli.md for the JSON result). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a CSV file: catalog, clients, contracts, subscriptions (Pax8 export) or devices. "
                + "Nothing is written when any row has an error, unless --valid-rows-only.")
public final class ImportCommand implements Callable<Integer> {
    private static final int LISTED_IN_TEXT = 25;
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KIND", description = "catalog, clients, contracts, subscriptions or devices")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--preset", paramLabel = "P", description = "Preset id (default: detected from the header row), e.g. xero-items, qbo-products, pax8-products, pax8-subscriptions, billingone, or a saved mapping.")
    String preset;

    @Option(names = "--encoding", paramLabel = "E", description = "File encoding (default: detected), e.g. UTF-8, windows-1252, UTF-16.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "Column delimiter: ',' ';' or 'tab' (default: detected).")
    String delimiter;

    @Option(names = "--decimal-comma", description = "Numbers are written 1.234,50 (decimal comma).")
    boolean decimalComma;

    @Option(names = "--date-format", paramLabel = "F", description = "dd/MM/yyyy or MM/dd/yyyy for slashed dates (default: only unambiguous ones).")
    String dateFormat;

    @Option(names = "--currency", paramLabel = "C", description = "Currency for rows without a Currency column (default: the organisation's).")
    String currency;

    @Option(names = "--map", paramLabel = "FIELD=HEADER", description = "Map a column yourself (repeatable), e.g. --map sku=\"Item code\".")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--save-preset", paramLabel = "NAME", description = "Save the --map mapping as a named preset for next time.")
    String savePreset;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--valid-rows-only", description = "Apply the rows without errors and record the skipped rows in the import log.")
    boolean validRowsOnly;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ImportService service = new ImportService(context.workstation().store());
        ImportRequest request = new ImportRequest(ImportKind.fromCli(kind), file, options(), preset, mapping,
                currency, dryRun, validRowsOnly);
        ImportResult result = service.run(request, (rows, fileFraction) -> {
            if (rows > 0 && rows % 10_000 == 0) {
                context.progress(String.format("%,d rows read", rows));
            }
        });
        if (savePreset != null && !result.hasErrors()) {
            Preset used = result.preset();
            service.presets().save(new Preset(savePreset, used.title(), used.kind(), used.columns(), used.system(), false));
        }
        context.result(json(result), text(result));
        return result.hasErrors() && !result.applied() ? 1 : 0;
    }

    private CsvOptions options() {
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding.trim());
            } catch (UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
                throw new UsageException("Unknown encoding '" + encoding + "': use UTF-8, windows-1252 or UTF-16.");
            }
        }
        Character separator = null;
        if (delimiter != null) {
            separator = switch (delimiter) {
                case ",", "comma" -> ',';
                case ";", "semicolon" -> ';';
                case "tab", "\\t", "\t" -> '\t';
                default -> throw new UsageException("Unknown delimiter '" + delimiter + "': use ',' ';' or 'tab'.");
            };
        }
        CsvOptions.DateOrder order = null;
        if (dateFormat != null) {
            try {
                order = CsvOptions.DateOrder.fromPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return new CsvOptions(charset, separator, decimalComma, order);
    }

    static Map<String, Object> json(ImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", result.kind().cliName());
        json.put("dryRun", result.dryRun());
        json.put("created", result.created());
        json.put("updated", result.updated());
        json.put("unchanged", result.unchanged());
        json.put("errors", result.errors().stream().map(ImportCommand::json).toList());
        json.put("errorCount", result.errorCount());
        json.put("applied", result.applied());
        json.put("preset", result.preset().id());
        json.put("file", result.fileName());
        if (result.dryRun()) {
            json.put("changes", result.rows().stream().filter(r -> r.action() != RowOutcome.Action.ERROR).map(ImportCommand::json).toList());
        }
        return json;
    }

    private static Map<String, Object> json(ImportError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("row", error.row());
        json.put("column", error.column());
        json.put("value", error.value());
        json.put("message", error.message());
        return json;
    }

    private static Map<String, Object> json(RowOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("row", outcome.row());
        json.put("action", outcome.action().name().toLowerCase(java.util.Locale.ROOT));
        json.put("key", outcome.key());
        json.put("fields", outcome.changes().stream()
                .map(c -> Map.of("column", c.column(), "before", c.before(), "after", c.after())).toList());
        return json;
    }

    private static String text(ImportResult result) {
        StringBuilder text = new StringBuilder(result.summary());
        text.append("\nPreset: ").append(result.preset().title()).append(" (").append(result.preset().id()).append(")");
        List<ImportError> errors = result.errors();
        errors.stream().limit(LISTED_IN_TEXT).forEach(e -> text.append("\n  error: ").append(e.describe()));
        if (result.errorCount() > LISTED_IN_TEXT) {
            text.append(String.format("%n  … and %,d more errors (use --json for the list).", result.errorCount() - LISTED_IN_TEXT));
        }
        if (result.dryRun()) {
            result.rows().stream().filter(r -> r.action() != RowOutcome.Action.ERROR).limit(LISTED_IN_TEXT)
                    .forEach(r -> text.append("\n  row ").append(r.row()).append(' ')
                            .append(r.action().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(r.key())
                            .append(r.changes().isEmpty() ? "" : ": " + r.summary()));
        }
        if (result.hasErrors() && !result.applied()) {
            text.append(result.dryRun() ? "\nFix the errors, or apply with --valid-rows-only to skip those rows."
                    : "\nNothing was written. Fix the errors, or run again with --valid-rows-only to skip those rows.");
        }
        return text.toString();
    }
}
