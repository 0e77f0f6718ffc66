package dev.billingone.workstation.subscriptions;

/** How often the distributor bills a subscription. */
public enum BillingTerm {
    Monthly,
    Annual,
    Trial,
    OneTime
}
