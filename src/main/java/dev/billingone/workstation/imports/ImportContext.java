package dev.billingone.workstation.imports;

import dev.billingone.workstation.core.ExternalSystem;
import java.util.HashMap;
import java.util.Map;

/**
 * What an import or export run knows beyond one row: the file's options, the chosen preset's system, the
 * currency for rows that do not say, and lookups importers cache for the run (e.g. client ids by name).
 */
public final class ImportContext {
    private final CsvOptions options;
    private final String defaultCurrency;
    private ExternalSystem system;
    private final Map<String, Map<Object, Object>> caches = new HashMap<>();

    public ImportContext(CsvOptions options, String defaultCurrency) {
        this.options = options;
        this.defaultCurrency = defaultCurrency;
    }

    public CsvOptions options() {
        return options;
    }

    /** The organisation's currency (or the one chosen for this import); null when neither exists. */
    public String defaultCurrency() {
        return defaultCurrency;
    }

    /**
     * The currency for a new record when the row has no Currency column; records a problem on the row when
     * there is none to fall back on.
     */
    public String currencyFor(ParsedRow row) {
        if (!row.has("currency") && defaultCurrency == null) {
            row.problem("Currency", null, "the file has no Currency column and no organisation currency is set: "
                    + "add a Currency column or choose the currency for this import");
        }
        return defaultCurrency;
    }

    public ExternalSystem system() {
        return system;
    }

    void system(ExternalSystem value) {
        this.system = value;
    }

    /** A named lookup kept for the run (importers fill and read it). */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> cache(String name) {
        return (Map<K, V>) caches.computeIfAbsent(name, n -> new HashMap<>());
    }
}
