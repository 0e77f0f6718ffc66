package dev.billingone.workstation.ui.shell;

/**
 * The sidebar's sections, in order, with the deep-link path that opens each
 * ({@code billingone://PATH} and {@code https://app.billingone.dev/PATH}).
 */
public enum Section {
    DASHBOARD("Dashboard", "dashboard"),
    CLIENTS("Clients", "clients"),
    SUBSCRIPTIONS("Subscriptions", "subscriptions"),
    INVOICES("Invoices", "invoices"),
    GENERATED_INVOICES("Generated invoices", "generated-invoices"),
    MISSED_BILLING("Missed billing", "missed-billing"),
    RECONCILIATION("Reconciliation", "reconciliation"),
    CONTRACTS("Contracts", "contracts"),
    CATALOG("Catalog", "catalog"),
    CREDIT_NOTES("Credit notes", "credit-notes"),
    PROCUREMENT("Procurement", "procurement"),
    MAPPING("Mapping", "mapping"),
    SYNC("Sync", "sync"),
    SETTINGS("Settings", "settings");

    private final String title;
    private final String path;

    Section(String title, String path) {
        this.title = title;
        this.path = path;
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }
}
