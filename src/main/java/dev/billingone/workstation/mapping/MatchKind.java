package dev.billingone.workstation.mapping;

import dev.billingone.workstation.core.UsageException;
import java.util.Locale;

/** What is being mapped: external companies/contacts to our clients, or distributor products to catalog SKUs. */
public enum MatchKind {
    CLIENTS("client", NameNormalizer.forCompanies()),
    PRODUCTS("product", NameNormalizer.forProducts());

    private final String targetNoun;
    private final NameNormalizer normalizer;

    MatchKind(String targetNoun, NameNormalizer normalizer) {
        this.targetNoun = targetNoun;
        this.normalizer = normalizer;
    }

    public String targetNoun() {
        return targetNoun;
    }

    NameNormalizer normalizer() {
        return normalizer;
    }

    /** Parses "clients" or "products" as typed on the command line. */
    public static MatchKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Unknown kind '" + text + "': use clients or products.");
        }
    }
}
