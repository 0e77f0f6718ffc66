package dev.billingone.workstation.core;

/** The systems the workstation talks to. */
public enum ExternalSystem {
    PAX8("Pax8"),
    XERO("Xero"),
    QBO("QuickBooks Online"),
    SUPEROPS("SuperOps"),
    SYNERGY("Synergy Wholesale");

    private final String displayName;

    ExternalSystem(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
