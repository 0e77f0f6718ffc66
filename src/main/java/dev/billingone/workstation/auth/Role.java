package dev.billingone.workstation.auth;

/** What a user may do: administer, do the accounting, or only look. */
public enum Role {
    ADMIN,
    ACCOUNTANT,
    VIEWER
}
