package dev.billingone.workstation.subscriptions;

/** Pax8 subscription states. */
public enum SubscriptionStatus {
    Active,
    Cancelled,
    PendingManual,
    PendingAutomated,
    PendingCancel,
    WaitingForDetails,
    Trial,
    Converted,
    PendingActivation,
    Activated
}
