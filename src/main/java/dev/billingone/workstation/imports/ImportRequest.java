package dev.billingone.workstation.imports;

import java.nio.file.Path;
import java.util.Map;

/**
 * One import as the user asked for it. {@code presetId} null = detect from the header; {@code mapping}
 * (field → header) maps columns by hand and wins over the preset; {@code validRowsOnly} applies the good rows
 * and records the skipped ones in the import log instead of refusing the whole file.
 */
public record ImportRequest(ImportKind kind, Path file, CsvOptions options, String presetId, Map<String, String> mapping,
                            String currency, boolean dryRun, boolean validRowsOnly) {
    public static ImportRequest dryRun(ImportKind kind, Path file) {
        return new ImportRequest(kind, file, CsvOptions.DETECT, null, Map.of(), null, true, false);
    }

    public ImportRequest applying(boolean validOnly) {
        return new ImportRequest(kind, file, options, presetId, mapping, currency, false, validOnly);
    }

    public ImportRequest withOptions(CsvOptions value) {
        return new ImportRequest(kind, file, value, presetId, mapping, currency, dryRun, validRowsOnly);
    }

    public ImportRequest withPreset(String value) {
        return new ImportRequest(kind, file, options, value, mapping, currency, dryRun, validRowsOnly);
    }

    public ImportRequest withMapping(Map<String, String> value) {
        return new ImportRequest(kind, file, options, presetId, value, currency, dryRun, validRowsOnly);
    }
}
