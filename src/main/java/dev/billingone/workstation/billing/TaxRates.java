package dev.billingone.workstation.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Rates of the common Xero tax types (AU GST, NZ GST, UK VAT, US sales-tax placeholders) used until the
 * organisation's own TaxRates are synced. Unknown types are treated as 0% and flagged by callers that care.
 */
public final class TaxRates {
    private static final Map<String, BigDecimal> KNOWN = Map.ofEntries(
            Map.entry("OUTPUT", new BigDecimal("10")),        // AU GST on Income
            Map.entry("OUTPUT2", new BigDecimal("15")),       // NZ GST on Income
            Map.entry("OUTPUTY24", new BigDecimal("20")),     // UK 20% (VAT on Income)
            Map.entry("EXEMPTOUTPUT", BigDecimal.ZERO),       // GST-free income
            Map.entry("BASEXCLUDED", BigDecimal.ZERO),
            Map.entry("ZERORATEDOUTPUT", BigDecimal.ZERO),
            Map.entry("NONE", BigDecimal.ZERO),
            Map.entry("TAX", BigDecimal.ZERO));               // US: sales tax computed by Xero's tax rate component

    /** The known types in the order a picker offers them (the most common first). */
    private static final List<String> TYPES = List.of("OUTPUT", "OUTPUT2", "OUTPUTY24", "EXEMPTOUTPUT", "ZERORATEDOUTPUT",
            "BASEXCLUDED", "NONE", "TAX");

    private TaxRates() {
    }

    public static List<String> types() {
        return TYPES;
    }

    /** Percentage rate for a tax type (10 for 10%); zero when unknown or blank. */
    public static BigDecimal percent(String taxType) {
        if (taxType == null || taxType.isBlank()) {
            return BigDecimal.ZERO;
        }
        return KNOWN.getOrDefault(taxType.trim().toUpperCase(), BigDecimal.ZERO);
    }

    public static boolean isKnown(String taxType) {
        return taxType != null && KNOWN.containsKey(taxType.trim().toUpperCase());
    }
}
