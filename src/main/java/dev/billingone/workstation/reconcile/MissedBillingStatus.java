package dev.billingone.workstation.reconcile;

/** Where a missed-billing item stands. */
public enum MissedBillingStatus {
    OPEN,
    APPLIED,
    SNOOZED,
    DISMISSED
}
