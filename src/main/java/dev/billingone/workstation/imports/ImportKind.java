package dev.billingone.workstation.imports;

import dev.billingone.workstation.core.UsageException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a file holds; the names are the CLI's {@code import KIND}. */
public enum ImportKind {
    CATALOG("Catalog products"),
    CLIENTS("Clients"),
    CONTRACTS("Contracts"),
    SUBSCRIPTIONS("Subscriptions"),
    DEVICES("Device counts");

    private final String title;

    ImportKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportKind fromCli(String text) {
        for (ImportKind kind : values()) {
            if (kind.cliName().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new UsageException("Unknown kind '" + text + "': use one of "
                + Arrays.stream(values()).map(ImportKind::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
